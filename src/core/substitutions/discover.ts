import type { AlignedPair, Alignment, SegmentedText, Substitution, SubstitutionCategory, TextSpan, Word, WordDiff } from '../types';
import { crossArticleNames, fullestNames, isNameSpan, nameSpan, nameTest, wholeName, type NameChange, type NameTest } from './nameVariants';
import { isSpellingVariant } from './spelling';
import { isEnclosed, isFramed } from './anchors';
import { namesAnotherSource } from './sources';
import { someWordIn, spanOfWords, wordsInSpan } from './spans';
import { finalVerbStart, isLightVerbOnly, isVerbGroup, reports } from './verbGroups';
import { changesContent, clausePieces, fillsOneSlot, isContentWord, sameWord, tighten } from './wording';

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
/**
 * One word for one inside a phrase both articles write ("a Russian oligarch, in the port" ↔
 * "a Russian businessman, in the port") is a word choice even in a pair rewritten around it.
 */
const MIN_PAIR_SIMILARITY_FOR_ENCLOSED_WORD = 0.2;
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
  const breaks = (diff: WordDiff) => changesContent(wordsInSpan(inputs.a, diff.a), wordsInSpan(inputs.b, diff.b));
  for (const pair of inputs.alignment.pairs) {
    pair.diffs.forEach((diff, index) => {
      if (diff.kind !== 'replaced') {
        return;
      }
      const allA = wordsInSpan(inputs.a, diff.a);
      const allB = wordsInSpan(inputs.b, diff.b);
      if (allA.length === 0 || allB.length === 0 || allA.length > MAX_DIFF_WORDS || allB.length > MAX_DIFF_WORDS) {
        return;
      }
      const { pairs, each, knownOnly } = clausePairs(inputs, allA, allB);
      for (const { wordsA, wordsB, first, last } of pairs) {
        if (wordsA.length > MAX_WORDS_PER_SIDE || wordsB.length > MAX_WORDS_PER_SIDE) {
          continue;
        }
        // Uncut, the change keeps the diff's own spans, so views can tie the two together.
        const whole = wordsA === allA && wordsB === allB;
        const change = classify(inputs, test, pair.id, whole ? diff.a : spanOfWords(inputs.a, wordsA), whole ? diff.b : spanOfWords(inputs.b, wordsB), wordsA, wordsB);
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
          // A piece inside the diff is framed by the cut that made it (clause punctuation, subject and verb).
          const framed = () => (!first || isFramed(inputs.a, inputs.b, pair, index, -1, breaks)) && (!last || isFramed(inputs.a, inputs.b, pair, index, 1, breaks));
          const enclosed = () => first && last && isEnclosed(inputs.a, pair, index);
          if (!isPreciseRewording(inputs, pair.similarity, wordsA, wordsB, enclosed) || !framed() || !isTelling(inputs, pair, wordsA, wordsB)) {
            continue;
          }
          const [tightA, tightB] = tighten(wordsA, wordsB);
          const tight = tightA.length === wordsA.length && tightB.length === wordsB.length;
          add(tight ? change : classify(inputs, test, pair.id, spanOfWords(inputs.a, tightA), spanOfWords(inputs.b, tightB), tightA, tightB), tightA, tightB);
        }
        if (!each) break;
      }
    });
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
    add(name.change, wordsInSpan(inputs.a, name.change.a), wordsInSpan(inputs.b, name.change.b));
  }
  return found.sort((x, y) => y.salience - x.salience || x.a.start - y.a.start);
}

/** One side's words against the other's, and whether they reach the diff's first and last word. */
interface SlotPair {
  readonly wordsA: readonly Word[];
  readonly wordsB: readonly Word[];
  readonly first: boolean;
  readonly last: boolean;
}

/**
 * The replaced span as one clause against one clause. Whole when it holds no clause
 * punctuation, or cut into subject and verb when both sides close with a verb ("A mob of
 * agitators stormed" ↔ "Student protesters occupied"). Otherwise clause by clause when both
 * sides have as many (`each`: "republic's militia, said" ↔ "occupation authorities in
 * Donetsk, claimed"), or the one clause that holds content words against a side of one clause
 * ("destroyed" ↔ "lost, and" gives "destroyed" ↔ "lost"). Any other cut is a clause
 * rewritten: only a lexicon set can still name a change in it (`knownOnly`).
 */
function clausePairs(inputs: SubstitutionInputs, allA: readonly Word[], allB: readonly Word[]): { pairs: SlotPair[]; each: boolean; knownOnly: boolean } {
  const piecesA = clausePieces(inputs.a.text, allA);
  const piecesB = clausePieces(inputs.b.text, allB);
  if (piecesA.length === 1 && piecesB.length === 1) {
    const [verbA, verbB] = [finalVerbStart(allA), finalVerbStart(allB)];
    const subjects = verbA > 0 && verbB > 0 && allA.slice(0, verbA).some(isContentWord) && allB.slice(0, verbB).some(isContentWord);
    if (subjects) {
      return {
        pairs: [
          { wordsA: allA.slice(0, verbA), wordsB: allB.slice(0, verbB), first: true, last: false },
          { wordsA: allA.slice(verbA), wordsB: allB.slice(verbB), first: false, last: true },
        ],
        each: true,
        knownOnly: false,
      };
    }
    return { pairs: [{ wordsA: allA, wordsB: allB, first: true, last: true }], each: false, knownOnly: false };
  }
  if (piecesA.length === piecesB.length) {
    const n = piecesA.length;
    const pairs = piecesA
      .map((piece, i): SlotPair => ({ wordsA: piece, wordsB: piecesB[i]!, first: i === 0, last: i === n - 1 }))
      .filter((p) => p.wordsA.length > 0 && p.wordsB.length > 0);
    return { pairs, each: true, knownOnly: false };
  }
  const contentA = piecesA.findIndex((piece) => piece.length > 0);
  const contentB = piecesB.findIndex((piece) => piece.length > 0);
  if (piecesA.filter((piece) => piece.length > 0).length === 1 && piecesB.filter((piece) => piece.length > 0).length === 1) {
    const first = contentA === 0 || contentB === 0;
    const last = contentA === piecesA.length - 1 || contentB === piecesB.length - 1;
    return { pairs: [{ wordsA: piecesA[contentA]!, wordsB: piecesB[contentB]!, first, last }], each: false, knownOnly: false };
  }
  return { pairs: [{ wordsA: allA, wordsB: allB, first: true, last: true }], each: false, knownOnly: true };
}

/**
 * An unexplained replacement, kept only as a real substitution: content words on both sides
 * and not the same ones, short, in one slot, in a pair that clearly corresponds (one word for
 * one: a pair that shares less, or less still inside a phrase both write), or a verb
 * group against a verb group ("was forced to resign" ↔ "stepped down"), which names one event
 * two ways even where the rest of the pair was rewritten.
 */
function isPreciseRewording(
  inputs: SubstitutionInputs,
  pairSimilarity: number,
  wordsA: readonly Word[],
  wordsB: readonly Word[],
  enclosed: () => boolean
): boolean {
  const oneWord = wordsA.length === 1 && wordsB.length === 1;
  const verbs = isVerbGroup(wordsA) && isVerbGroup(wordsB);
  const floor = oneWord && pairSimilarity < MIN_PAIR_SIMILARITY_FOR_ONE_WORD && enclosed() ? MIN_PAIR_SIMILARITY_FOR_ENCLOSED_WORD : MIN_PAIR_SIMILARITY_FOR_ONE_WORD;
  return (
    pairSimilarity >= (oneWord || verbs ? floor : MIN_PAIR_SIMILARITY_FOR_REWORDING) &&
    wordsA.length <= (verbs ? MAX_WORDS_PER_SIDE : MAX_WORDS_FOR_REWORDING) &&
    wordsB.length <= (verbs ? MAX_WORDS_PER_SIDE : MAX_WORDS_FOR_REWORDING) &&
    changesContent(wordsA, wordsB) &&
    fillsOneSlot(inputs.a.text, wordsA, inputs.b.text, wordsB)
  );
}

/**
 * A rewording an analyst would point out, not a difference of fact or of construction: not a
 * different source or set of people in the slot ("police" ↔ "aid groups"), not a light verb
 * on either side ("bringing" ↔ "taking", "killing" ↔ "leaving [27 people dead]": a light
 * verb's meaning lies in the words after it, outside the span), not a reporting verb against
 * an act ("arrested" ↔ "said"), and not a word the other sentence has elsewhere ("rising" ↔
 * "is forecast" beside A's "forecasts": moved, not replaced).
 */
function isTelling(inputs: SubstitutionInputs, pair: AlignedPair, wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  if (namesAnotherSource(wordsA, wordsB) || isLightVerbOnly(wordsA) || isLightVerbOnly(wordsB) || reports(wordsA) !== reports(wordsB)) {
    return false;
  }
  return !usedElsewhere(wordsA, inputs.b, pair.bSpan, wordsB) && !usedElsewhere(wordsB, inputs.a, pair.aSpan, wordsA);
}

/** A content word of one side that the other side's sentence has outside its own span. */
function usedElsewhere(words: readonly Word[], other: SegmentedText, sentence: { start: number; end: number }, otherWords: readonly Word[]): boolean {
  const content = words.filter(isContentWord).map((w) => w.norm);
  const start = otherWords[0]!.start;
  const end = otherWords[otherWords.length - 1]!.end;
  // Suffixes are all the stemmer takes off, so a different first letter rules a word out cheaply.
  return someWordIn(other, sentence, (w) => (w.end <= start || w.start >= end) && content.some((c) => c[0] === w.norm[0] && sameWord(c, w.norm)));
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
  // Most replacements hold no lexicon term on B's side; A's sub-phrases need no look-up then.
  if (inB.size === 0) {
    return undefined;
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
