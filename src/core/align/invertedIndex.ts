import { lowerBound } from '../text/lowerBound';
import type { PairFeatures, SideFeatures } from './sentenceFeatures';
import { dice, sharedWeight } from './similarity';

/**
 * A token found in more B sentences than this is not used to find candidates (it still
 * counts in every score). Without the cap, a word like "government" in a long article would
 * pair every sentence with every other and make candidate generation quadratic; with it, each
 * A sentence visits at most (its tokens × the cap) postings, so the cost grows linearly with
 * the length of the texts. News sentences that truly correspond share rarer words too
 * (names, figures, the specific verb), so the cap costs no matches on real articles: it only
 * starts to bite beyond ~100 KB, where such words become that frequent.
 */
export const MAX_POSTINGS = 96;

/**
 * For each A sentence, the B sentences that share enough content with it to be worth scoring,
 * with the exact weight they share. Candidates of A sentence `i` are the entries
 * `start[i] … start[i + 1] - 1`, in ascending order of B sentence.
 */
export interface Candidates {
  readonly start: Int32Array;
  readonly b: Int32Array;
  readonly shared: Float64Array;
}

interface Postings {
  /** B sentences containing token `t` are `list[start[t]] … list[start[t + 1] - 1]`. */
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/** An inverted index from informative token to the B sentences containing it. */
function buildPostings(b: SideFeatures, dfB: Int32Array, vocabularySize: number): Postings {
  const start = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) {
    const df = dfB[t]!;
    start[t + 1] = start[t]! + (df <= MAX_POSTINGS ? df : 0);
  }
  const list = new Int32Array(start[vocabularySize]!);
  const fill = start.slice(0, vocabularySize);
  const sentenceCount = b.offsets.length - 1;
  for (let s = 0; s < sentenceCount; s++) {
    for (let k = b.offsets[s]!; k < b.offsets[s + 1]!; k++) {
      const t = b.tokens[k]!;
      if (dfB[t]! <= MAX_POSTINGS) {
        list[fill[t]!++] = s;
      }
    }
  }
  return { start, list };
}

/** Per sentence, the weight of its tokens too frequent in B to be indexed. */
function unindexedWeights(side: SideFeatures, dfB: Int32Array, idf: Float64Array): Float64Array {
  const count = side.offsets.length - 1;
  const result = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    let sum = 0;
    for (let k = side.offsets[s]!; k < side.offsets[s + 1]!; k++) {
      const t = side.tokens[k]!;
      if (dfB[t]! > MAX_POSTINGS) {
        sum += idf[t]!;
      }
    }
    result[s] = sum;
  }
  return result;
}

/**
 * The least two sentences must have in common to be candidates, unless they read nearly
 * alike: fragments ("Follow", "Short Url", a dateline, a three-word headline) otherwise pair
 * by chance with any sentence that repeats one of their words, because one shared word is
 * already a large share of a fragment.
 */
export interface ContentFloor {
  /** Least number of informative tokens (see `PairFeatures.informative`) a pair shares. */
  readonly minSharedInformative: number;
  /** Similarity from which a pair shares so much that it needs no informative token. */
  readonly clearSimilarity: number;
  /** Least number of content tokens on each side. */
  readonly minContentTokens: number;
  /** Similarity from which a pair is a near-copy and needs no floor at all. */
  readonly nearIdentical: number;
}

/** Whether a pair passes the content floor. */
export function passesFloor(
  floor: ContentFloor,
  similarity: number,
  sharedInformative: number,
  contentA: number,
  contentB: number
): boolean {
  if (similarity >= floor.nearIdentical) {
    return true;
  }
  if (contentA < floor.minContentTokens || contentB < floor.minContentTokens) {
    return false;
  }
  return sharedInformative >= floor.minSharedInformative || similarity >= floor.clearSimilarity;
}

/**
 * Finds candidate pairs through the inverted index and scores them exactly.
 *
 * A pair is kept when its weighted Dice similarity reaches `minSimilarity` and it passes the
 * content floor. The index only sees indexed tokens, so the shared weight it accumulates is a
 * lower bound; adding the smaller unindexed weight of the two sentences gives an upper bound,
 * and only pairs whose upper bound passes are merged token by token. Informative tokens are
 * all indexed, so the index counts them exactly.
 */
export function findCandidates(features: PairFeatures, minSimilarity: number, floor: ContentFloor): Candidates {
  const { a, b, idf, dfB, informative, vocabularySize } = features;
  const postings = buildPostings(b, dfB, vocabularySize);
  const hiddenA = unindexedWeights(a, dfB, idf);
  const hiddenB = unindexedWeights(b, dfB, idf);
  const countA = a.offsets.length - 1;
  const countB = b.offsets.length - 1;

  const accumulated = new Float64Array(countB);
  const sharedInformative = new Int32Array(countB);
  const touched = new Int32Array(countB);
  const start = new Int32Array(countA + 1);
  const out = new CandidateBuffer(countA * 4 + 16);

  for (let i = 0; i < countA; i++) {
    let touchedCount = 0;
    const contentA = a.offsets[i + 1]! - a.offsets[i]!;
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) {
      const t = a.tokens[k]!;
      const weight = idf[t]!;
      const counts = informative[t]!;
      for (let p = postings.start[t]!; p < postings.start[t + 1]!; p++) {
        const j = postings.list[p]!;
        if (accumulated[j] === 0) {
          touched[touchedCount++] = j;
        }
        accumulated[j]! += weight;
        sharedInformative[j]! += counts;
      }
    }
    // Ascending B order lets split detection look at neighbours j and j + 1 directly.
    sortAscending(touched, touchedCount);
    const weightA = a.weights[i]!;
    const hiddenOfA = hiddenA[i]!;
    for (let h = 0; h < touchedCount; h++) {
      const j = touched[h]!;
      const lower = accumulated[j]!;
      const informativeCount = sharedInformative[j]!;
      accumulated[j] = 0;
      sharedInformative[j] = 0;
      const hidden = Math.min(hiddenOfA, hiddenB[j]!);
      // Dice ≥ minSimilarity  ⇔  shared ≥ minSimilarity · (weightA + weightB) / 2.
      const needed = (minSimilarity * (weightA + b.weights[j]!)) / 2;
      if (lower + hidden < needed) {
        continue;
      }
      const shared = hidden > 0 ? sharedWeight(a, i, b, j, idf) : lower;
      if (shared < needed) {
        continue;
      }
      const similarity = dice(shared, weightA, b.weights[j]!);
      if (passesFloor(floor, similarity, informativeCount, contentA, b.offsets[j + 1]! - b.offsets[j]!)) {
        out.push(j, shared);
      }
    }
    start[i + 1] = out.length;
  }
  return { start, b: out.b.slice(0, out.length), shared: out.shared.slice(0, out.length) };
}

/**
 * Sorts the first `count` entries in place. Insertion sort: the lists are a few dozen long,
 * where it beats the built-in sort and its per-call overhead.
 */
function sortAscending(values: Int32Array, count: number): void {
  if (count > 64) {
    values.subarray(0, count).sort();
    return;
  }
  for (let k = 1; k < count; k++) {
    const value = values[k]!;
    let m = k - 1;
    while (m >= 0 && values[m]! > value) {
      values[m + 1] = values[m]!;
      m--;
    }
    values[m + 1] = value;
  }
}

/** Typed arrays that grow by doubling: long texts yield hundreds of thousands of candidates. */
class CandidateBuffer {
  b: Int32Array;
  shared: Float64Array;
  length = 0;

  constructor(capacity: number) {
    this.b = new Int32Array(capacity);
    this.shared = new Float64Array(capacity);
  }

  push(j: number, shared: number): void {
    if (this.length === this.b.length) {
      const b = new Int32Array(this.b.length * 2);
      b.set(this.b);
      this.b = b;
      const weights = new Float64Array(this.shared.length * 2);
      weights.set(this.shared);
      this.shared = weights;
    }
    this.b[this.length] = j;
    this.shared[this.length] = shared;
    this.length++;
  }
}

/**
 * Whether the inverted index can see sentence `s` at all: false when it has no content words,
 * or only words too frequent to be indexed.
 */
export function isIndexable(side: SideFeatures, s: number, dfB: Int32Array): boolean {
  for (let k = side.offsets[s]!; k < side.offsets[s + 1]!; k++) {
    if (dfB[side.tokens[k]!]! <= MAX_POSTINGS) {
      return true;
    }
  }
  return false;
}

/** Shared weight of A sentence `i` and B sentence `j` if they are candidates, else 0. */
export function candidateShared(candidates: Candidates, i: number, j: number): number {
  const end = candidates.start[i + 1]!;
  const k = lowerBound(candidates.b, (b) => b < j, candidates.start[i]!, end);
  return k < end && candidates.b[k] === j ? candidates.shared[k]! : 0;
}
