import type { Alignment, SegmentedText, Substitution, SubstitutionCategory, TextSpan, Word } from '../types';
import { isCapitalised } from '../text/normalize';
import { differingWords, isNameSpan, multiWordNameVariants, nameSpan, nameTest, wholeName, type NameTest } from './nameVariants';
import { isSpellingVariant } from './spelling';
import { isTransliteration, soundKey } from './transliteration';
import { changesContent, fillsOneSlot, isContentWord, withinOneClause } from './wording';

/** What classification needs to know about the lexicon, without depending on its internals. */
export interface VariantLookup {
  (phrase: string): { setId: string; variantId: string; category: string; weight: number } | undefined;
}

export interface SubstitutionInputs {
  readonly a: SegmentedText;
  readonly b: SegmentedText;
  readonly alignment: Alignment;
  readonly lookupVariant: VariantLookup;
  /** AFINN weight of a normalised word, if it has one. */
  readonly weightOf: (norm: string) => number | undefined;
}

/** Longer replacements are rewrites, not word choices; they stay in the pair's diff only. */
const MAX_WORDS_PER_SIDE = 5;
/**
 * An unexplained replacement is worth listing only when it is short and sits in a pair that
 * clearly corresponds: in a loosely matched pair ("Moscow claimed the strike…" against "A
 * strike overnight hit…") the word diff pairs up unrelated fragments, which is noise.
 */
const MIN_PAIR_SIMILARITY_FOR_REWORDING = 0.45;
const MAX_WORDS_FOR_REWORDING = 3;

function isClearRewording(pairSimilarity: number, wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  return (
    pairSimilarity >= MIN_PAIR_SIMILARITY_FOR_REWORDING &&
    wordsA.length <= MAX_WORDS_FOR_REWORDING &&
    wordsB.length <= MAX_WORDS_FOR_REWORDING
  );
}

/** Sub-phrases tried against the lexicon ("has rubbished claims" contains "rubbished"). */
const MAX_LOOKUP_WORDS = 3;

/**
 * Short spans of A replaced by short spans of B inside aligned sentence pairs ("has rubbished
 * claims" ↔ "denied"), classified and ranked so the list leads with what matters:
 * lexicon-known contrasts and renamed places first, tone-shifting rewordings next, spelling
 * variants last. Only real substitutions are listed: content words on both sides, in one
 * clause and one slot (see `wording.ts`); a name spelled two ways covers the whole name; and
 * the same two wordings are listed once, where they first occur.
 */
export function discoverSubstitutions(inputs: SubstitutionInputs): Substitution[] {
  const test = nameTest(inputs.a, inputs.b, inputs.weightOf);
  const found: Substitution[] = [];
  const seen = new Set<string>();
  const namePairs = new Set<string>();
  const add = (change: Substitution, wordsA: readonly Word[], wordsB: readonly Word[]) => {
    const key = `${wordsA.map((w) => w.norm).join(' ')}|${wordsB.map((w) => w.norm).join(' ')}`;
    if (!seen.has(key)) {
      seen.add(key);
      found.push(change);
    }
  };
  for (const pair of inputs.alignment.pairs) {
    for (const diff of pair.diffs) {
      if (diff.kind !== 'replaced') {
        continue;
      }
      const wordsA = wordsIn(inputs.a, diff.a);
      const wordsB = wordsIn(inputs.b, diff.b);
      if (wordsA.length === 0 || wordsB.length === 0 || wordsA.length > MAX_WORDS_PER_SIDE || wordsB.length > MAX_WORDS_PER_SIDE) {
        continue;
      }
      const change = classify(inputs, test, pair.id, diff.a, diff.b, wordsA, wordsB);
      if (change.category === 'transliteration') {
        // The diff marks only the word that differs; the change names the whole name.
        const [nameA, nameB] = wholeName(inputs.a, inputs.b, wordsA, wordsB);
        const named = { ...change, a: nameSpan(inputs.a, nameA), b: nameSpan(inputs.b, nameB) };
        differingWords(wordsA.map((w) => w.norm), wordsB.map((w) => w.norm)).forEach((k) => namePairs.add(k));
        add(named, nameA, nameB);
        continue;
      }
      if (change.category !== 'unclassified') {
        add(change, wordsA, wordsB);
        continue;
      }
      const rewording = preciseRewording(inputs, test, pair.id, pair.similarity, wordsA, wordsB);
      if (rewording) {
        add(rewording.change, rewording.wordsA, rewording.wordsB);
      }
    }
  }
  for (const change of nameVariantsAcrossArticles(inputs, test, seen, namePairs)) {
    found.push(change);
  }
  return found.sort((x, y) => y.salience - x.salience || x.a.start - y.a.start);
}

/**
 * An unexplained replacement, kept only as a real substitution: content words on both sides
 * and not the same ones, within one clause (cut to it: "lost, and" → "lost"), short, in one
 * slot, in a pair that clearly corresponds.
 */
function preciseRewording(
  inputs: SubstitutionInputs,
  test: NameTest,
  pairId: string,
  pairSimilarity: number,
  allA: readonly Word[],
  allB: readonly Word[]
): { change: Substitution; wordsA: readonly Word[]; wordsB: readonly Word[] } | undefined {
  if (!changesContent(allA, allB)) {
    return undefined;
  }
  const wordsA = withinOneClause(inputs.a.text, allA);
  const wordsB = withinOneClause(inputs.b.text, allB);
  if (!wordsA || !wordsB || wordsA.length === 0 || wordsB.length === 0 || !changesContent(wordsA, wordsB)) {
    return undefined;
  }
  const spanA = spanOf(inputs.a, wordsA);
  const spanB = spanOf(inputs.b, wordsB);
  const change = classify(inputs, test, pairId, spanA, spanB, wordsA, wordsB);
  if (change.category === 'unclassified' && !(isClearRewording(pairSimilarity, wordsA, wordsB) && fillsOneSlot(inputs.a.text, wordsA, inputs.b.text, wordsB))) {
    return undefined;
  }
  return { change, wordsA, wordsB };
}

function spanOf(doc: SegmentedText, words: readonly Word[]): TextSpan {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { text: doc.text.slice(start, end), start, end };
}

function classify(
  inputs: SubstitutionInputs,
  test: NameTest,
  pairId: string | undefined,
  a: TextSpan,
  b: TextSpan,
  wordsA: readonly Word[],
  wordsB: readonly Word[]
): Substitution {
  const toneDelta = tone(inputs, wordsB) - tone(inputs, wordsA);
  const lengthPenalty = 0.2 * (wordsA.length + wordsB.length - 2);
  const base = { kind: 'substitution' as const, ...(pairId ? { pairId } : {}), a, b, toneDelta };
  const known = lexiconContrast(inputs.lookupVariant, wordsA, wordsB);
  if (known) {
    const spelling = known.category === 'spelling-variant';
    const category: SubstitutionCategory = spelling ? 'spelling-variant' : 'lexicon';
    const salience = spelling ? 0.5 : 3 + 2 * known.weight + Math.abs(toneDelta) - lengthPenalty;
    return { ...base, category, setId: known.setId, salience };
  }
  if (isSpelledApart(wordsA, wordsB)) {
    return { ...base, category: 'spelling-variant', salience: 0.5 };
  }
  if (isNameSpan(test, wordsA, wordsB)) {
    return { ...base, category: 'transliteration', salience: 6 };
  }
  return { ...base, category: 'unclassified', salience: 1 + Math.abs(toneDelta) - lengthPenalty };
}

/**
 * One word spelled two ways: US/UK spelling ("defense"/"defence"), or the same letters
 * written as one word, hyphenated or apart ("ceasefire"/"cease-fire", "e-mail"/"email").
 */
function isSpelledApart(wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  if (wordsA.length === 1 && wordsB.length === 1 && isSpellingVariant(wordsA[0]!.norm, wordsB[0]!.norm)) {
    return true;
  }
  if (wordsA.length === 1 && wordsB.length === 1) {
    return false;
  }
  // "in to"/"into" are function words, not a spelling of a content word.
  const letters = (words: readonly Word[]) => words.map((w) => w.norm).join('').replace(/[^\p{L}\p{N}]/gu, '');
  const joinedA = letters(wordsA);
  return joinedA.length >= 4 && joinedA === letters(wordsB) && [...wordsA, ...wordsB].some(isContentWord);
}

/** A lexicon set that both sides use with different variants, looked up on sub-phrases. */
function lexiconContrast(lookup: VariantLookup, wordsA: readonly Word[], wordsB: readonly Word[]) {
  const inB = new Map<string, string>();
  for (const hit of phraseHits(lookup, wordsB)) {
    inB.set(hit.setId, hit.variantId);
  }
  for (const hit of phraseHits(lookup, wordsA)) {
    const other = inB.get(hit.setId);
    if (other !== undefined && other !== hit.variantId) {
      return hit;
    }
  }
  return undefined;
}

function phraseHits(lookup: VariantLookup, words: readonly Word[]) {
  const hits = [];
  for (let length = Math.min(MAX_LOOKUP_WORDS, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const phrase = words.slice(start, start + length).map((w) => w.text).join(' ');
      const hit = lookup(phrase);
      if (hit) {
        hits.push(hit);
      }
    }
  }
  return hits;
}

/**
 * The same name spelled two ways anywhere in the two articles, also outside aligned pairs:
 * multi-word names first ("Mykola Hrytsenko" / "Nikolai Gritsenko"), then single capitalised
 * words used only by A and only by B that look like two transliterations of one name, unless
 * a multi-word variant or an aligned pair already reported that word. Ordinary English is
 * never a name ("Ministry"/"Minister", "Police"/"Policy"). Reported once, at each side's first use.
 */
function nameVariantsAcrossArticles(
  inputs: SubstitutionInputs,
  test: NameTest,
  seen: Set<string>,
  namePairs: Set<string>
): Substitution[] {
  const found: Substitution[] = [];
  const report = (spanA: TextSpan, spanB: TextSpan, wordsA: readonly Word[], wordsB: readonly Word[], lexicalOnly: boolean) => {
    const key = `${wordsA.map((w) => w.norm).join(' ')}|${wordsB.map((w) => w.norm).join(' ')}`;
    if (seen.has(key)) return;
    const lexical = lexiconContrast(inputs.lookupVariant, wordsA, wordsB);
    if (lexicalOnly && !lexical) return;
    seen.add(key);
    const sub = classify(inputs, test, undefined, spanA, spanB, wordsA, wordsB);
    found.push(lexical ? sub : { ...sub, category: 'transliteration', salience: 6 });
  };
  for (const [spanA, spanB, differing] of multiWordNameVariants(inputs.a, inputs.b, test)) {
    if (differing.some((k) => namePairs.has(k))) continue;
    differing.forEach((k) => namePairs.add(k));
    report(spanA, spanB, wordsIn(inputs.a, spanA), wordsIn(inputs.b, spanB), false);
  }

  const namesA = midSentenceNames(inputs.a);
  const namesB = midSentenceNames(inputs.b);
  // Two spellings of one name share their sound key (see isTransliteration), so candidates
  // are bucketed by it: linear in the number of names, not quadratic.
  const bySound = new Map<string, Word[]>();
  const normsA = allNorms(inputs.a);
  for (const [norm, word] of namesB) {
    if (!normsA.has(norm)) {
      const key = soundKey(norm);
      const bucket = bySound.get(key);
      if (bucket) bucket.push(word);
      else bySound.set(key, [word]);
    }
  }
  const normsB = allNorms(inputs.b);
  for (const [norm, wordA] of namesA) {
    if (normsB.has(norm)) {
      continue;
    }
    for (const wordB of bySound.get(soundKey(norm)) ?? []) {
      if (namePairs.has(`${norm}|${wordB.norm}`) || !isTransliteration(norm, wordB.norm)) continue;
      const spanA = { text: wordA.text, start: wordA.start, end: wordA.end };
      const spanB = { text: wordB.text, start: wordB.start, end: wordB.end };
      // A lexicon set may pair words that look like English ("Burma"?); otherwise no ordinary word is a name.
      report(spanA, spanB, [wordA], [wordB], !test.mayBeOneName(norm, wordB.norm));
    }
  }
  return found;
}

const normCache = new WeakMap<SegmentedText, Set<string>>();

function allNorms(doc: SegmentedText): Set<string> {
  let norms = normCache.get(doc);
  if (!norms) {
    norms = new Set(doc.words.map((w) => w.norm));
    normCache.set(doc, norms);
  }
  return norms;
}

/** Capitalised words not at a sentence start (so "The" or "When" are not taken for names). */
function midSentenceNames(doc: SegmentedText): Map<string, Word> {
  const names = new Map<string, Word>();
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstWord + 1; i < sentence.firstWord + sentence.wordCount; i++) {
      const word = doc.words[i]!;
      if (word.norm.length >= 4 && isCapitalised(word.text) && !/\d/.test(word.text) && !names.has(word.norm)) {
        names.set(word.norm, word);
      }
    }
  }
  return names;
}

function tone(inputs: SubstitutionInputs, words: readonly Word[]): number {
  let total = 0;
  for (const word of words) {
    total += inputs.weightOf(word.norm) ?? 0;
  }
  return total;
}

/** The words of a document that lie inside a span, found by binary search. */
export function wordsIn(doc: SegmentedText, span: { start: number; end: number }): Word[] {
  const words = doc.words;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.end <= span.start) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  const result: Word[] = [];
  for (let i = low; i < words.length && words[i]!.start < span.end; i++) {
    if (words[i]!.start >= span.start) {
      result.push(words[i]!);
    }
  }
  return result;
}
