import { STOPWORDS } from '../text/normalize';
import type { Lexicon, LexiconSet, LexiconVariant, SegmentedText, TermMatch } from '../types';
import { FormIndex, type Entry } from './forms';
import { NameGuard } from './names';
import { caseMatches, joinsWords, phraseWords } from './terms';

/** A lexicon prepared for matching. Build it with `compileLexicon`; treat it as opaque. */
export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** Sets by id. */
  readonly sets: ReadonlyMap<string, LexiconSet>;
  /** @internal Every form of every term and exception, keyed by its first word's `norm`. */
  readonly index: FormIndex;
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

/**
 * Prepares a lexicon for matching: every term and exception, with its inflected forms, is
 * indexed by its first word's `norm` (see `FormIndex`), so matching costs one map lookup per
 * article word and a short comparison where a word starts some term. Results are memoised
 * per lexicon object (the default lexicon is compiled once).
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) {
    return cached;
  }
  const index = new FormIndex(lexicon);
  const result: CompiledLexicon = { lexicon, sets: new Map(lexicon.sets.map((s) => [s.id, s])), index };
  compiled.set(lexicon, result);
  return result;
}

/**
 * Finds every lexicon term in an article: whole words compared on `norm`, case-insensitive
 * for lower-case terms (names need their capital, acronyms their capitals), inflected forms
 * included, multi-word terms within one sentence, exceptions honoured, and a common word that
 * is part of a proper name ("Rebel Wilson", "Liberation Tigers") left out. Where matches overlap
 * the longest wins, so "so-called Islamic State" is one match, not "so-called" and a name.
 * Matches are sorted by start and never overlap; `text` is the exact slice of the article
 * (a trailing possessive "'s" is left out of the span).
 */
export function findTerms(doc: SegmentedText, lexicon: CompiledLexicon): TermMatch[] {
  const index = lexicon.index;
  const words = doc.words;
  const candidates: Candidate[] = [];
  const excepted = new Map<number, Set<LexiconSet>>();
  for (let i = 0; i < words.length; i++) {
    const entries = index.get(words[i]!.norm);
    if (entries) {
      collect(doc, entries, i, candidates, excepted);
    }
  }
  const names = new NameGuard(doc);
  const kept = candidates.filter((c) => !overlapsException(c, excepted) && !(isCommonWord(c.entry) && names.isInName(c.start, c.end)));
  kept.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || rank(x.entry, y.entry));
  const taken = new Uint8Array(words.length);
  const matches: TermMatch[] = [];
  for (const candidate of kept) {
    if (isFree(taken, candidate)) {
      taken.fill(1, candidate.start, candidate.end);
      matches.push(toMatch(doc, candidate));
    }
  }
  return matches.sort((x, y) => x.start - y.start);
}

/**
 * The set and variant a phrase belongs to ("rubbished" → rebuttal verbs, "rubbish" variant),
 * normalised and inflected the way `findTerms` matches. The whole phrase must be one form;
 * function words at its edges are ignored ("has rubbished" finds "rubbished"), and a reporting
 * verb that only ever starts one variant's phrases belongs to it ("rejected", from "rejected
 * the claims"). An exception phrase ("chicken Kiev") belongs to no variant.
 */
export function lookupVariant(lexicon: CompiledLexicon, phrase: string): { set: LexiconSet; variant: LexiconVariant } | undefined {
  const all = phraseWords(phrase);
  let from = 0;
  let to = all.length;
  const exact = lookupWords(lexicon, all);
  if (exact) {
    return exact;
  }
  while (from < to && STOPWORDS.has(all[from]!.norm)) from++;
  while (to > from && STOPWORDS.has(all[to - 1]!.norm)) to--;
  const trimmed = from > 0 || to < all.length ? lookupWords(lexicon, all.slice(from, to)) : undefined;
  return trimmed ?? (to - from === 1 ? lookupHead(lexicon, all[from]!) : undefined);
}

/**
 * A reporting verb that only ever begins the phrases of one variant: "rejected" is a rebuttal
 * only in "rejected the claims" and the like, so where two aligned sentences differ by
 * "rejected" against "denied", the verb still belongs to the rebuttal verbs. Other
 * categories' phrases are names and fixed expressions: "special" is not "special military
 * operation".
 */
function lookupHead(lexicon: CompiledLexicon, word: { text: string; norm: string }) {
  const entries = (lexicon.index.get(word.norm) ?? []).filter(
    (e) => e.variant && e.words.length > 1 && caseMatches(e.cases[0]!, word.text)
  );
  if (entries.some((e) => e.set.category !== 'reporting-verb')) {
    return undefined;
  }
  const first = entries[0];
  if (!first || entries.some((e) => e.set !== first.set || e.variant !== first.variant)) {
    return undefined;
  }
  return { set: first.set, variant: first.variant! };
}

interface Candidate {
  readonly start: number;
  /** Exclusive word index. */
  readonly end: number;
  readonly entry: Entry;
}

/**
 * Tries every form that starts with word `start`: the following words must match in order,
 * lie in the same sentence and be joined by spaces or hyphens only.
 */
function collect(doc: SegmentedText, entries: readonly Entry[], start: number, out: Candidate[], excepted: Map<number, Set<LexiconSet>>): void {
  for (const entry of entries) {
    if (!formMatches(doc, entry, start)) {
      continue;
    }
    const end = start + entry.words.length;
    if (entry.variant) {
      out.push({ start, end, entry });
      continue;
    }
    for (let i = start; i < end; i++) {
      const sets = excepted.get(i) ?? new Set();
      sets.add(entry.set);
      excepted.set(i, sets);
    }
  }
}

function formMatches(doc: SegmentedText, entry: Entry, start: number): boolean {
  const words = doc.words;
  const first = words[start]!;
  for (let k = 1; k < entry.words.length; k++) {
    const word = words[start + k];
    const previous = words[start + k - 1]!;
    if (!word || word.sentence !== first.sentence || !joinsWords(doc.text, previous.end, word.start)) {
      return false;
    }
    if (entry.words[k] !== '*' && entry.words[k] !== word.norm) {
      return false;
    }
  }
  return casesMatch(doc, entry, start);
}

function casesMatch(doc: SegmentedText, entry: Entry, start: number): boolean {
  for (let k = 0; k < entry.cases.length; k++) {
    if (!caseMatches(entry.cases[k]!, doc.words[start + k]!.text)) {
      return false;
    }
  }
  return true;
}

/**
 * An exception suppresses the matches of its own set that share a word with it: "Dynamo Kiev"
 * hides "Kiev", and "on strike" hides "strike on" in "went on strike on Monday". Other sets'
 * matches inside an exception still count.
 */
function overlapsException(candidate: Candidate, excepted: ReadonlyMap<number, ReadonlySet<LexiconSet>>): boolean {
  for (let i = candidate.start; i < candidate.end; i++) {
    if (excepted.get(i)?.has(candidate.entry.set)) {
      return true;
    }
  }
  return false;
}

/** A term written in lower case: a common word that a name may contain ("Rebel Wilson"). */
function isCommonWord(entry: Entry): boolean {
  return entry.cases.every((rule) => rule === 'any');
}

/** Forms written in the lexicon beat forms produced by inflection; then the earlier set wins. */
function rank(x: Entry, y: Entry): number {
  return x.generated - y.generated || x.order - y.order;
}

function isFree(taken: Uint8Array, candidate: Candidate): boolean {
  for (let i = candidate.start; i < candidate.end; i++) {
    if (taken[i]) {
      return false;
    }
  }
  return true;
}

const POSSESSIVE = /['’ʼ]s?$/;

function toMatch(doc: SegmentedText, candidate: Candidate): TermMatch {
  const start = doc.words[candidate.start]!.start;
  const lastWord = doc.words[candidate.end - 1]!;
  let end = lastWord.end;
  // The segmenter keeps "Kyiv's" as one word; the name is what the highlight should cover.
  const possessive = POSSESSIVE.exec(lastWord.text);
  if (possessive && possessive[0].length < lastWord.text.length) {
    end -= possessive[0].length;
  }
  const { set, variant } = candidate.entry;
  return { text: doc.text.slice(start, end), start, end, setId: set.id, variantId: variant!.id, category: set.category };
}

function lookupWords(lexicon: CompiledLexicon, words: readonly { text: string; norm: string }[]) {
  if (words.length === 0) {
    return undefined;
  }
  const entries = (lexicon.index.get(words[0]!.norm) ?? []).filter(
    (e) =>
      e.words.length === words.length &&
      e.words.every((w, k) => w === '*' || w === words[k]!.norm) &&
      e.cases.every((rule, k) => caseMatches(rule, words[k]!.text))
  );
  const excepted = new Set(entries.filter((e) => !e.variant).map((e) => e.set));
  const hit = [...entries].sort(rank).find((e) => e.variant && !excepted.has(e.set));
  return hit && { set: hit.set, variant: hit.variant! };
}
