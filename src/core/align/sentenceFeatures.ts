import { americanise } from '../substitutions/spelling';
import type { SegmentedText } from '../types';
import { STOPWORDS, stem } from '../text/normalize';

/**
 * The content words of every sentence of one article, as sorted sets of token ids.
 *
 * Stored flat (one typed array for all sentences, with offsets) rather than as one array
 * per sentence: a 1 MB article has thousands of sentences, and the flat layout keeps
 * building and scanning them cheap for the garbage collector and the CPU cache.
 */
export interface SideFeatures {
  /** Token ids of sentence `s` are `tokens[offsets[s]] … tokens[offsets[s + 1] - 1]`, ascending. */
  readonly tokens: Int32Array;
  readonly offsets: Int32Array;
  /** Sum of the IDF weights of each sentence's tokens. */
  readonly weights: Float64Array;
  /** Sum of `weights`: the content-word weight of the whole article. */
  readonly total: number;
}

/** Content-word sets of both articles, weighted by one IDF computed over both. */
export interface PairFeatures {
  readonly a: SideFeatures;
  readonly b: SideFeatures;
  /** IDF weight per token id. */
  readonly idf: Float64Array;
  /** Number of B sentences containing each token id (sizes the inverted index). */
  readonly dfB: Int32Array;
  readonly vocabularySize: number;
}

/** Marks a word that carries no content (stop word, single letter) in the token cache. */
const NOT_CONTENT = -1;

const HAS_DIGIT = /\d/;
/** A single ideograph is a whole word in Chinese and Japanese, unlike a single Latin letter. */
const IDEOGRAPH = /^\p{Script=Han}$/u;

/**
 * Interns content words as integer ids. Each distinct `norm` is stemmed once: articles repeat
 * their words, so the cache turns most of the per-word work into one map lookup.
 */
class Vocabulary {
  private readonly byNorm = new Map<string, number>();
  private readonly byStem = new Map<string, number>();

  get size(): number {
    return this.byStem.size;
  }

  idOf(norm: string): number {
    const cached = this.byNorm.get(norm);
    if (cached !== undefined) {
      return cached;
    }
    const id = this.intern(norm);
    this.byNorm.set(norm, id);
    return id;
  }

  private intern(norm: string): number {
    const isNumber = HAS_DIGIT.test(norm);
    if (!isNumber && (STOPWORDS.has(norm) || (norm.length < 2 && !IDEOGRAPH.test(norm)))) {
      return NOT_CONTENT;
    }
    // Numbers are kept as written: "2023" and "2022" must stay different facts.
    // US and UK spellings ("defense"/"defence") are one word for finding counterparts.
    const key = isNumber ? norm : stem(americanise(norm));
    let id = this.byStem.get(key);
    if (id === undefined) {
      id = this.byStem.size;
      this.byStem.set(key, id);
    }
    return id;
  }
}

interface RawSide {
  tokens: Int32Array;
  offsets: Int32Array;
}

function collectTokens(doc: SegmentedText, vocabulary: Vocabulary): RawSide {
  const offsets = new Int32Array(doc.sentences.length + 1);
  // A sentence has no more content tokens than words, so one buffer of that size suffices.
  const tokens = new Int32Array(doc.words.length);
  let length = 0;
  for (const sentence of doc.sentences) {
    const begin = length;
    const end = sentence.firstWord + sentence.wordCount;
    for (let w = sentence.firstWord; w < end; w++) {
      const id = vocabulary.idOf(doc.words[w]!.norm);
      if (id !== NOT_CONTENT) {
        tokens[length++] = id;
      }
    }
    // Sets, not bags: a sentence that repeats a word does not say more about the event.
    tokens.subarray(begin, length).sort();
    let unique = begin;
    for (let k = begin; k < length; k++) {
      if (k === begin || tokens[k] !== tokens[unique - 1]) {
        tokens[unique++] = tokens[k]!;
      }
    }
    length = unique;
    offsets[sentence.index + 1] = length;
  }
  return { tokens: tokens.slice(0, length), offsets };
}

function countDocumentFrequency(side: RawSide, df: Int32Array): void {
  for (let i = 0; i < side.tokens.length; i++) {
    df[side.tokens[i]!]!++;
  }
}

function weigh(side: RawSide, idf: Float64Array): SideFeatures {
  const count = side.offsets.length - 1;
  const weights = new Float64Array(count);
  let total = 0;
  for (let s = 0; s < count; s++) {
    let sum = 0;
    for (let k = side.offsets[s]!; k < side.offsets[s + 1]!; k++) {
      sum += idf[side.tokens[k]!]!;
    }
    weights[s] = sum;
    total += sum;
  }
  return { tokens: side.tokens, offsets: side.offsets, weights, total };
}

/**
 * Content-word sets of the sentences of both articles: `stem(norm)` of every word that is not
 * a stop word or a lone letter (numbers are kept), weighted by inverse document frequency over
 * the sentences of both articles, so that a shared name or figure counts for more than a
 * shared "said" or "government".
 */
export function buildFeatures(a: SegmentedText, b: SegmentedText): PairFeatures {
  const vocabulary = new Vocabulary();
  const rawA = collectTokens(a, vocabulary);
  const rawB = collectTokens(b, vocabulary);
  const vocabularySize = vocabulary.size;
  const dfA = new Int32Array(vocabularySize);
  const dfB = new Int32Array(vocabularySize);
  countDocumentFrequency(rawA, dfA);
  countDocumentFrequency(rawB, dfB);
  const sentenceCount = a.sentences.length + b.sentences.length;
  const idf = new Float64Array(vocabularySize);
  for (let t = 0; t < vocabularySize; t++) {
    // A word in nearly every sentence weighs nearly nothing (but never zero, so that every
    // token keeps a place in the sums); a word in one sentence weighs most.
    idf[t] = Math.log((sentenceCount + 1) / (dfA[t]! + dfB[t]!));
  }
  return { a: weigh(rawA, idf), b: weigh(rawB, idf), idf, dfB, vocabularySize };
}
