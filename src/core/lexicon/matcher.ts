import { STOPWORDS } from '../text/normalize';
import type { Lexicon, LexiconSet, LexiconVariant, SegmentedText, TermMatch } from '../types';
import { inflections } from './inflect';
import { NameGuard } from './names';
import { caseMatches, joinsWords, phraseWords, termTokens, type CaseRule, type TermToken } from './terms';

/** One form of a term (or of an exception), indexed under its first word. */
interface Entry {
  readonly set: LexiconSet;
  /** Absent for exception phrases. */
  readonly variant?: LexiconVariant;
  /** Normalised words of the form; `*` stands for any one word. */
  readonly words: readonly string[];
  readonly cases: readonly CaseRule[];
  /** 0 for a form written in the lexicon, 1 for one produced by inflection. */
  readonly generated: 0 | 1;
  /** Position of the set in the lexicon: the earlier set wins a tie. */
  readonly order: number;
}

/** A lexicon prepared for matching. Build it with `compileLexicon`; treat it as opaque. */
export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** Sets by id. */
  readonly sets: ReadonlyMap<string, LexiconSet>;
  /** @internal Every form of every term and exception, keyed by its first word's `norm`. */
  readonly index: ReadonlyMap<string, readonly unknown[]>;
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

/**
 * Prepares a lexicon for matching: every term and exception, with its inflected forms, is
 * indexed by its first word's `norm`, so matching costs one map lookup per article word and a
 * short comparison where a word starts some term. Results are memoised per lexicon object
 * (the default lexicon is compiled once).
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) {
    return cached;
  }
  const index = new Map<string, Entry[]>();
  lexicon.sets.forEach((set, order) => {
    for (const variant of set.variants) {
      // Forms repeat only within one variant (or one set's exceptions), so that is where they are told apart.
      const seen = new Set<string>();
      for (const term of variant.terms) {
        addForms(index, seen, termTokens(term), variant.inflect !== false, { set, variant, order });
      }
    }
    const seen = new Set<string>();
    for (const phrase of set.exceptions ?? []) {
      addForms(index, seen, termTokens(phrase), true, { set, order });
    }
  });
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
  const index = lexicon.index as ReadonlyMap<string, readonly Entry[]>;
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
  const entries = ((lexicon.index as ReadonlyMap<string, readonly Entry[]>).get(word.norm) ?? []).filter(
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

/** Whose form it is: the set and variant (none for an exception). */
interface Owner {
  readonly set: LexiconSet;
  readonly variant?: LexiconVariant;
  readonly order: number;
}

/** Indexes the forms of one term; `seen` holds the forms its variant (or its set's exceptions) already has. */
function addForms(index: Map<string, Entry[]>, seen: Set<string>, tokens: readonly TermToken[], inflect: boolean, owner: Owner): void {
  if (tokens.length === 0) {
    return;
  }
  const cases = tokens.map((t) => t.caseRule);
  const casesKey = cases.join();
  const base = tokens.map((t) => t.norm);
  const { set, variant, order } = owner;
  const add = (words: readonly string[], generated: 0 | 1) => {
    // The same form may come from two terms of one variant ("Mt. McKinley", "Mt McKinley").
    const key = `${words.join(' ')}|${casesKey}`;
    if (seen.has(key)) {
      return;
    }
    seen.add(key);
    const entry: Entry = variant ? { set, variant, words, cases, generated, order } : { set, words, cases, generated, order };
    const entries = index.get(words[0]!);
    if (entries) {
      entries.push(entry);
    } else {
      index.set(words[0]!, [entry]);
    }
  };
  if (!inflect) {
    add(base, 0);
    return;
  }
  // Inflect the head of the phrase: its first word for verb phrases ("lash out" → "lashed
  // out"), its last for noun phrases ("asylum seeker" → "asylum seekers"), and both together
  // so an exception such as "reject * claims" also covers "rejected the claims". Names,
  // function words and wildcards stay as written.
  const choices = tokens.map((token, at) =>
    (at === 0 || at === tokens.length - 1) && !token.wildcard && token.caseRule === 'any' && !STOPWORDS.has(token.norm)
      ? [token.norm, ...inflections(token.norm).filter((form) => form !== token.norm)]
      : [token.norm]
  );
  const first = choices[0]!;
  const last = tokens.length > 1 ? choices[tokens.length - 1]! : [''];
  first.forEach((head, i) => {
    last.forEach((tail, j) => {
      const words = [...base];
      words[0] = head;
      if (tokens.length > 1) {
        words[tokens.length - 1] = tail;
      }
      add(words, i === 0 && j === 0 ? 0 : 1);
    });
  });
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
  const entries = ((lexicon.index as ReadonlyMap<string, readonly Entry[]>).get(words[0]!.norm) ?? []).filter(
    (e) =>
      e.words.length === words.length &&
      e.words.every((w, k) => w === '*' || w === words[k]!.norm) &&
      e.cases.every((rule, k) => caseMatches(rule, words[k]!.text))
  );
  const excepted = new Set(entries.filter((e) => !e.variant).map((e) => e.set));
  const hit = [...entries].sort(rank).find((e) => e.variant && !excepted.has(e.set));
  return hit && { set: hit.set, variant: hit.variant! };
}
