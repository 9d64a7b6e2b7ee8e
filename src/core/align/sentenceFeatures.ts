import { americanise } from '../substitutions/spelling';
import type { SegmentedText } from '../types';
import { STOPWORDS, stem } from '../text/normalize';
import { MAX_POSTINGS } from './invertedIndex';
import { type LexiconKeys, lexiconKeys } from './lexiconKeys';
import { nameAliases } from './nameVariants';
import { isApproximator, mayStartNumber, readNumber } from './numbers';

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
  /** Number of A sentences containing each token id. */
  readonly dfA: Int32Array;
  /** Number of B sentences containing each token id (sizes the inverted index). */
  readonly dfB: Int32Array;
  /**
   * 1 for the tokens rare enough to tell one fact from another (see `INFORMATIVE_SHARE`);
   * all of them are indexed, so the inverted index can count the informative tokens a pair
   * shares exactly.
   */
  readonly informative: Uint8Array;
  readonly vocabularySize: number;
}

/**
 * A token found in more than this share of all sentences (and in more than
 * `MIN_INFORMATIVE_LIMIT`) is not informative: "Pakistan" in a report on Pakistan's foreign
 * policy, "said" in most news. Two sentences that share only such words are not the same fact.
 */
export const INFORMATIVE_SHARE = 0.25;
const MIN_INFORMATIVE_LIMIT = 3;

/**
 * Figures weigh more than their rarity alone gives them: a shared "2,400" or "37" says more
 * about two sentences telling one fact than a shared word of the same frequency.
 */
export const NUMBER_BOOST = 1.5;

/** Marks a word that carries no content (stop word, single letter) in the token cache. */
const NOT_CONTENT = -1;

const HAS_DIGIT = /\d/;
/** A single ideograph is a whole word in Chinese and Japanese, unlike a single Latin letter. */
const IDEOGRAPH = /^\p{Script=Han}$/u;

/**
 * Interns content words as integer ids. Each distinct `norm` is keyed once: articles repeat
 * their words, so the cache turns most of the per-word work into one map lookup.
 *
 * The key of a word is the name it aliases (a transliterated spelling, see `nameAliases`),
 * else its lexicon set (see `lexiconKeys`), else its stem with US spelling; figures have keys
 * of their own (see `readNumber`).
 */
class Vocabulary {
  private readonly byNorm = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private readonly numberIds: number[] = [];
  private readonly apparatusIds: number[] = [];

  constructor(
    private readonly aliases: ReadonlyMap<string, string>,
    private readonly lexicon: LexiconKeys
  ) {}

  get size(): number {
    return this.byKey.size;
  }

  /** 1 for the ids of figures. */
  numbers(): Uint8Array {
    return flags(this.size, this.numberIds);
  }

  /** 1 for the ids of words that frame the telling rather than the fact (see `LexiconKeys`). */
  apparatus(): Uint8Array {
    return flags(this.size, this.apparatusIds);
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

  /** The id of a figure's key (`#…`, never a word's key). */
  idOfNumber(key: string): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.byKey.size;
      this.byKey.set(key, id);
      this.numberIds.push(id);
    }
    return id;
  }

  private intern(norm: string): number {
    const hasDigit = HAS_DIGIT.test(norm);
    if (!hasDigit && (STOPWORDS.has(norm) || (norm.length < 2 && !IDEOGRAPH.test(norm)))) {
      return NOT_CONTENT;
    }
    // Words mixing letters and digits ("k4", "g7") are not figures; they stay as written.
    const name = this.aliases.get(norm) ?? norm;
    const key = hasDigit ? norm : (this.lexicon.byNorm.get(name) ?? stem(americanise(name)));
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.byKey.size;
      this.byKey.set(key, id);
      if (this.lexicon.apparatus.has(key)) {
        this.apparatusIds.push(id);
      }
    }
    return id;
  }
}

function flags(size: number, ids: readonly number[]): Uint8Array {
  const result = new Uint8Array(size);
  for (const id of ids) {
    result[id] = 1;
  }
  return result;
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
      const norm = doc.words[w]!.norm;
      if (mayStartNumber(norm)) {
        const figure = readNumber(doc, w, end);
        if (figure) {
          tokens[length++] = vocabulary.idOfNumber(figure.key);
          w = figure.next - 1;
          continue;
        }
      } else if (isApproximator(doc, w, end)) {
        continue;
      }
      const id = vocabulary.idOf(norm);
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
 * Content-word sets of the sentences of both articles: the key of every word that is not a
 * stop word or a lone letter, and of every figure, weighted by inverse document frequency over
 * the sentences of both articles, so that a shared name or figure counts for more than a
 * shared "said" or "government".
 */
export function buildFeatures(a: SegmentedText, b: SegmentedText): PairFeatures {
  const vocabulary = new Vocabulary(nameAliases(a, b), lexiconKeys());
  const rawA = collectTokens(a, vocabulary);
  const rawB = collectTokens(b, vocabulary);
  const vocabularySize = vocabulary.size;
  const dfA = new Int32Array(vocabularySize);
  const dfB = new Int32Array(vocabularySize);
  countDocumentFrequency(rawA, dfA);
  countDocumentFrequency(rawB, dfB);
  const sentenceCount = a.sentences.length + b.sentences.length;
  const numbers = vocabulary.numbers();
  const apparatus = vocabulary.apparatus();
  const informativeLimit = Math.min(MAX_POSTINGS, Math.max(MIN_INFORMATIVE_LIMIT, INFORMATIVE_SHARE * sentenceCount));
  const idf = new Float64Array(vocabularySize);
  const informative = new Uint8Array(vocabularySize);
  for (let t = 0; t < vocabularySize; t++) {
    const df = dfA[t]! + dfB[t]!;
    // A word in nearly every sentence weighs nearly nothing (but never zero, so that every
    // token keeps a place in the sums); a word in one sentence weighs most.
    idf[t] = Math.log((sentenceCount + 1) / df) * (numbers[t] ? NUMBER_BOOST : 1);
    informative[t] = df <= informativeLimit && !apparatus[t] ? 1 : 0;
  }
  return { a: weigh(rawA, idf), b: weigh(rawB, idf), idf, dfA, dfB, informative, vocabularySize };
}
