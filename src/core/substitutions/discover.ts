import type { Alignment, SegmentedText, Substitution, SubstitutionCategory, TextSpan, Word } from '../types';
import { STOPWORDS, isCapitalised } from '../text/normalize';
import { isSpellingVariant } from './spelling';
import { isTransliteration, skeleton } from './transliteration';

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
 * variants last. Replacements made only of function words are dropped: they are not framing.
 */
export function discoverSubstitutions(inputs: SubstitutionInputs): Substitution[] {
  const found: Substitution[] = [];
  for (const pair of inputs.alignment.pairs) {
    for (const diff of pair.diffs) {
      if (diff.kind !== 'replaced') {
        continue;
      }
      const wordsA = wordsIn(inputs.a, diff.a);
      const wordsB = wordsIn(inputs.b, diff.b);
      if (wordsA.length === 0 || wordsB.length === 0) {
        continue;
      }
      if (wordsA.length > MAX_WORDS_PER_SIDE || wordsB.length > MAX_WORDS_PER_SIDE) {
        continue;
      }
      if (onlyFunctionWords(wordsA) && onlyFunctionWords(wordsB)) {
        continue;
      }
      const change = classify(inputs, pair.id, diff.a, diff.b, wordsA, wordsB);
      if (change.category !== 'unclassified' || isClearRewording(pair.similarity, wordsA, wordsB)) {
        found.push(change);
      }
    }
  }
  found.push(...nameVariantsAcrossArticles(inputs, found));
  return found.sort((x, y) => y.salience - x.salience || x.a.start - y.a.start);
}

function classify(
  inputs: SubstitutionInputs,
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
  if (wordsA.length === 1 && wordsB.length === 1) {
    if (isSpellingVariant(wordsA[0]!.norm, wordsB[0]!.norm)) {
      return { ...base, category: 'spelling-variant', salience: 0.5 };
    }
    if (isCapitalised(wordsA[0]!.text) && isCapitalised(wordsB[0]!.text) && isTransliteration(wordsA[0]!.norm, wordsB[0]!.norm)) {
      return { ...base, category: 'transliteration', salience: 6 };
    }
  }
  return { ...base, category: 'unclassified', salience: 1 + Math.abs(toneDelta) - lengthPenalty };
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
 * a capitalised word used only by A and one used only by B that look like two
 * transliterations of one name. Reported once, at each side's first use.
 */
function nameVariantsAcrossArticles(inputs: SubstitutionInputs, already: readonly Substitution[]): Substitution[] {
  const namesA = midSentenceNames(inputs.a);
  const namesB = midSentenceNames(inputs.b);
  const seen = new Set(already.map((s) => `${s.a.text.toLowerCase()}|${s.b.text.toLowerCase()}`));
  // Two spellings of one name share their consonant skeleton (see isTransliteration), so
  // candidates are bucketed by it: linear in the number of names, not quadratic.
  const bySkeleton = new Map<string, Word[]>();
  const normsA = allNorms(inputs.a);
  for (const [norm, word] of namesB) {
    if (!normsA.has(norm)) {
      const key = skeleton(norm);
      const bucket = bySkeleton.get(key);
      if (bucket) bucket.push(word);
      else bySkeleton.set(key, [word]);
    }
  }
  const found: Substitution[] = [];
  const normsB = allNorms(inputs.b);
  for (const [norm, wordA] of namesA) {
    if (normsB.has(norm)) {
      continue;
    }
    for (const wordB of bySkeleton.get(skeleton(norm)) ?? []) {
      const key = `${wordA.text.toLowerCase()}|${wordB.text.toLowerCase()}`;
      if (!seen.has(key) && isTransliteration(norm, wordB.norm)) {
        seen.add(key);
        const spanA = { text: wordA.text, start: wordA.start, end: wordA.end };
        const spanB = { text: wordB.text, start: wordB.start, end: wordB.end };
        const lexical = lexiconContrast(inputs.lookupVariant, [wordA], [wordB]);
        const sub = classify(inputs, undefined, spanA, spanB, [wordA], [wordB]);
        found.push(lexical ? sub : { ...sub, category: 'transliteration', salience: 6 });
      }
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

function onlyFunctionWords(words: readonly Word[]): boolean {
  return words.every((w) => STOPWORDS.has(w.norm));
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
