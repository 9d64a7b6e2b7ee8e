import type { Alignment, SegmentedText, Substitution, SubstitutionCategory, TextSpan, Word } from '../types';
import { crossArticleNames, fullestNames, isNameSpan, nameSpan, nameTest, wholeName, type NameChange, type NameTest } from './nameVariants';
import { isSpellingVariant } from './spelling';
import { changesContent, clausePieces, fillsOneSlot, isContentWord, tighten } from './wording';

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

/** A replaced span longer than this is a rewrite; its clauses are not even looked at. */
const MAX_DIFF_WORDS = 10;
/** Longer replacements are rewrites, not word choices; they stay in the pair's diff only. */
const MAX_WORDS_PER_SIDE = 5;
/**
 * An unexplained replacement is worth listing only when it is short and sits in a pair that
 * clearly corresponds: in a loosely matched pair ("Moscow claimed the strike…" against "A
 * strike overnight hit…") the word diff pairs up unrelated fragments, which is noise.
 */
const MIN_PAIR_SIMILARITY_FOR_REWORDING = 0.45;
/**
 * One content word for one, with the words around them shared ("police" ↔ "authorities",
 * "oligarch" ↔ "businessman"), is a substitution even in a pair that shares less.
 */
const MIN_PAIR_SIMILARITY_FOR_ONE_WORD = 0.3;
const MAX_WORDS_FOR_REWORDING = 3;
/** Sub-phrases tried against the lexicon ("has rubbished claims" contains "rubbished"). */
const MAX_LOOKUP_WORDS = 3;

/**
 * Short spans of A replaced by short spans of B inside aligned sentence pairs ("has rubbished
 * claims" ↔ "denied"), classified and ranked so the list leads with what matters:
 * lexicon-known contrasts and renamed places first, tone-shifting rewordings next, spelling
 * variants last. Only real substitutions are listed: content words on both sides, one clause
 * against one clause, one slot (see `wording.ts`); a name spelled two ways is listed once,
 * as the whole name; and the same two wordings are listed once, where they first occur.
 */
export function discoverSubstitutions(inputs: SubstitutionInputs): Substitution[] {
  const test = nameTest(inputs.a, inputs.b, inputs.weightOf);
  const found: Substitution[] = [];
  const names: NameChange[] = [];
  const seen = new Set<string>();
  const add = (change: Substitution, wordsA: readonly Word[], wordsB: readonly Word[]) => {
    const key = `${normsOf(wordsA)}|${normsOf(wordsB)}`;
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
      const allA = wordsIn(inputs.a, diff.a);
      const allB = wordsIn(inputs.b, diff.b);
      if (allA.length === 0 || allB.length === 0 || allA.length > MAX_DIFF_WORDS || allB.length > MAX_DIFF_WORDS) {
        continue;
      }
      const { pairs, each, knownOnly } = clausePairs(inputs, allA, allB);
      for (const [wordsA, wordsB] of pairs) {
        if (wordsA.length > MAX_WORDS_PER_SIDE || wordsB.length > MAX_WORDS_PER_SIDE) {
          continue;
        }
        // Uncut, the change keeps the diff's own spans, so views can tie the two together.
        const whole = wordsA === allA && wordsB === allB;
        const change = classify(inputs, test, pair.id, whole ? diff.a : spanOf(inputs.a, wordsA), whole ? diff.b : spanOf(inputs.b, wordsB), wordsA, wordsB);
        if (knownOnly && change.setId === undefined) {
          continue;
        }
        if (change.category === 'transliteration' || (change.category === 'lexicon' && isNameSpan(wordsA, wordsB))) {
          // The diff marks only the words that differ; the change names the whole name.
          const [nameA, nameB] = wholeName(inputs.a, inputs.b, wordsA, wordsB);
          names.push({ change: { ...change, a: nameSpan(inputs.a, nameA), b: nameSpan(inputs.b, nameB) }, normsA: normsOf(nameA), normsB: normsOf(nameB) });
        } else if (change.category !== 'unclassified') {
          add(change, wordsA, wordsB);
        } else {
          // The slot is judged as the diff found it ("to demand" keeps its "to"), then shown without shared filler.
          if (!isPreciseRewording(inputs, pair.similarity, wordsA, wordsB)) {
            continue;
          }
          const [tightA, tightB] = tighten(wordsA, wordsB);
          const tight = tightA.length === wordsA.length && tightB.length === wordsB.length;
          add(tight ? change : classify(inputs, test, pair.id, spanOf(inputs.a, tightA), spanOf(inputs.b, tightB), tightA, tightB), tightA, tightB);
        }
        if (!each) break;
      }
    }
  }
  for (const candidate of crossArticleNames(inputs.a, inputs.b, test)) {
    const { wordsA, wordsB } = candidate;
    const change = classify(inputs, test, undefined, nameSpan(inputs.a, wordsA), nameSpan(inputs.b, wordsB), wordsA, wordsB);
    if (change.category === 'lexicon') {
      names.push({ change, normsA: normsOf(wordsA), normsB: normsOf(wordsB) });
    } else if (change.setId !== undefined) {
      add(change, wordsA, wordsB);
    } else if (candidate.isName) {
      names.push({ change: { ...change, category: 'transliteration', salience: 6 }, normsA: normsOf(wordsA), normsB: normsOf(wordsB) });
    }
  }
  for (const name of fullestNames(names)) {
    add(name.change, wordsIn(inputs.a, name.change.a), wordsIn(inputs.b, name.change.b));
  }
  return found.sort((x, y) => y.salience - x.salience || x.a.start - y.a.start);
}

/**
 * The replaced span as one clause against one clause. Whole when it holds no clause
 * punctuation. Otherwise clause by clause when both sides have as many (`each`: "republic's
 * militia, said" ↔ "occupation authorities in Donetsk, claimed"), or the one clause that
 * holds content words against a side of one clause ("destroyed" ↔ "lost, and" gives
 * "destroyed" ↔ "lost"). Any other cut is a clause rewritten: only a lexicon set can still
 * name a change in it (`knownOnly`).
 */
function clausePairs(
  inputs: SubstitutionInputs,
  allA: readonly Word[],
  allB: readonly Word[]
): { pairs: Array<[readonly Word[], readonly Word[]]>; each: boolean; knownOnly: boolean } {
  const piecesA = clausePieces(inputs.a.text, allA);
  const piecesB = clausePieces(inputs.b.text, allB);
  if (piecesA.length === 1 && piecesB.length === 1) {
    return { pairs: [[allA, allB]], each: false, knownOnly: false };
  }
  if (piecesA.length === piecesB.length) {
    const pairs = piecesA.map((piece, i): [Word[], Word[]] => [piece, piecesB[i]!]).filter(([x, y]) => x.length > 0 && y.length > 0);
    return { pairs, each: true, knownOnly: false };
  }
  const contentA = piecesA.filter((piece) => piece.length > 0);
  const contentB = piecesB.filter((piece) => piece.length > 0);
  if (contentA.length === 1 && contentB.length === 1) {
    return { pairs: [[contentA[0]!, contentB[0]!]], each: false, knownOnly: false };
  }
  return { pairs: [[allA, allB]], each: false, knownOnly: true };
}

/**
 * An unexplained replacement, kept only as a real substitution: content words on both sides
 * and not the same ones, short, in one slot, in a pair that clearly corresponds.
 */
function isPreciseRewording(inputs: SubstitutionInputs, pairSimilarity: number, wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  const oneWord = wordsA.length === 1 && wordsB.length === 1;
  return (
    pairSimilarity >= (oneWord ? MIN_PAIR_SIMILARITY_FOR_ONE_WORD : MIN_PAIR_SIMILARITY_FOR_REWORDING) &&
    wordsA.length <= MAX_WORDS_FOR_REWORDING &&
    wordsB.length <= MAX_WORDS_FOR_REWORDING &&
    changesContent(wordsA, wordsB) &&
    fillsOneSlot(inputs.a.text, wordsA, inputs.b.text, wordsB)
  );
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
  if (isNameSpan(wordsA, wordsB, test)) {
    return { ...base, category: 'transliteration', salience: 6 };
  }
  return { ...base, category: 'unclassified', salience: 1 + Math.abs(toneDelta) - lengthPenalty };
}

/**
 * One word spelled two ways: US/UK spelling ("defense"/"defence"), or the same letters
 * written as one word, hyphenated or apart ("ceasefire"/"cease-fire", "e-mail"/"email").
 */
function isSpelledApart(wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  if (wordsA.length === 1 && wordsB.length === 1) {
    return isSpellingVariant(wordsA[0]!.norm, wordsB[0]!.norm);
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

function tone(inputs: SubstitutionInputs, words: readonly Word[]): number {
  let total = 0;
  for (const word of words) {
    total += inputs.weightOf(word.norm) ?? 0;
  }
  return total;
}

function normsOf(words: readonly Word[]): string {
  return words.map((w) => w.norm).join(' ');
}

function spanOf(doc: SegmentedText, words: readonly Word[]): TextSpan {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { text: doc.text.slice(start, end), start, end };
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
