import type { Lexicon, SegmentedText } from '../types';
import { MAX_POSTINGS } from './invertedIndex';
import { lexiconKeys } from './lexiconKeys';
import { nameVariants } from './nameVariants';
import { NOT_CONTENT, TokenKind, Vocabulary } from './vocabulary';
import { WordTable } from './wordTable';

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
   * 1 for the tokens that tell one fact from another: not too frequent (see
   * `informativeLimit`) and not reporting apparatus. All of them are indexed, so the inverted
   * index counts the informative tokens a pair shares exactly.
   */
  readonly informative: Uint8Array;
  /**
   * Names (1) and strong figures (2) found in exactly one sentence of each article: where two
   * outlets' sentences both carry one, they very likely tell one fact (see `matchAnchored`).
   */
  readonly anchor: Uint8Array;
  /** What each token is (see `TokenKind`). */
  readonly kinds: Uint8Array;
  readonly vocabularySize: number;
}

/**
 * A token found in more sentences than this is not informative: "Pakistan" in a report on
 * Pakistan's foreign policy, "said" in most news. Two sentences that share only such words are
 * not the same fact. The limit grows with the square root of the number of sentences: a
 * short article names its protagonist in every other sentence, and that name still tells
 * facts apart, while in a long one a word in every third sentence is the topic.
 */
export function informativeLimit(sentenceCount: number): number {
  return Math.min(MAX_POSTINGS, Math.max(4, 2 * Math.sqrt(sentenceCount)));
}

/**
 * Figures weigh more than their rarity alone gives them: a shared "2,400" or "37" says more
 * about two sentences telling one fact than a shared word of the same frequency.
 */
export const NUMBER_BOOST = 1.5;

interface RawSide {
  tokens: Int32Array;
  offsets: Int32Array;
}

/**
 * Each sentence's entries of the word table as the sorted set of their token ids, written
 * over the entries (a sentence never has more tokens than entries).
 */
function toTokens(collected: { entries: Int32Array; offsets: Int32Array }, ids: Int32Array): RawSide {
  const { entries, offsets } = collected;
  const tokens = entries;
  const result = new Int32Array(offsets.length);
  let length = 0;
  for (let s = 0; s + 1 < offsets.length; s++) {
    const begin = length;
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
      const id = ids[entries[k]!]!;
      if (id !== NOT_CONTENT) {
        tokens[length++] = id;
      }
    }
    // Sets, not bags: a sentence that repeats a word does not say more about the event.
    sortAscending(tokens, begin, length);
    let unique = begin;
    for (let k = begin; k < length; k++) {
      if (k === begin || tokens[k] !== tokens[unique - 1]) {
        tokens[unique++] = tokens[k]!;
      }
    }
    length = unique;
    result[s + 1] = length;
  }
  return { tokens: tokens.slice(0, length), offsets: result };
}

/** Per token, how much its occurrences count as a name of their own (see `WordTable.nameShare`). */
function nameSharesOf(table: WordTable, ids: Int32Array, vocabularySize: number): Float64Array {
  const shares = new Float64Array(vocabularySize);
  const counts = new Float64Array(vocabularySize);
  for (let entry = 0; entry < table.size; entry++) {
    const id = ids[entry]!;
    if (id !== NOT_CONTENT) {
      const count = table.count(entry);
      shares[id]! += table.nameShare(entry) * count;
      counts[id]! += count;
    }
  }
  for (let t = 0; t < vocabularySize; t++) {
    shares[t] = counts[t]! > 0 ? shares[t]! / counts[t]! : 1;
  }
  return shares;
}

/** Insertion sort of `values[from … to - 1]`: a sentence holds a few dozen tokens at most. */
function sortAscending(values: Int32Array, from: number, to: number): void {
  if (to - from > 64) {
    values.subarray(from, to).sort();
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const value = values[k]!;
    let m = k - 1;
    while (m >= from && values[m]! > value) {
      values[m + 1] = values[m]!;
      m--;
    }
    values[m + 1] = value;
  }
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
 * stop word, a title or a lone letter, and of every figure, weighted by inverse document
 * frequency over the sentences of both articles, so that a shared name or figure counts for
 * more than a shared "said" or "government".
 *
 * Keys fold together what two outlets write differently for one fact: a figure in digits or
 * words, with or without its hedge ("nearly 4,000" / "some 4,000"); one name transliterated
 * two ways, and a country's adjective with the country; the variants of a lexicon set
 * ("Kiev"/"Kyiv", "denied"/"rubbished"); US and UK spellings; inflections (by stem). Figures
 * weigh more than their rarity alone gives them, and the words of a multi-word name share one
 * name's weight.
 */
export function buildFeatures(a: SegmentedText, b: SegmentedText, lexicon?: Lexicon): PairFeatures {
  const table = new WordTable();
  const wordsA = table.collect(a, 0);
  const wordsB = table.collect(b, 1);
  const vocabulary = new Vocabulary(nameVariants(table.names(0), table.names(1)), lexiconKeys(lexicon));
  const ids = vocabulary.idsOf(table);
  const rawA = toTokens(wordsA, ids);
  const rawB = toTokens(wordsB, ids);
  const vocabularySize = vocabulary.size;
  const dfA = new Int32Array(vocabularySize);
  const dfB = new Int32Array(vocabularySize);
  countDocumentFrequency(rawA, dfA);
  countDocumentFrequency(rawB, dfB);
  const sentenceCount = a.sentences.length + b.sentences.length;
  const kinds = vocabulary.kinds();
  const limit = informativeLimit(sentenceCount);
  const nameShares = nameSharesOf(table, ids, vocabularySize);
  const idf = new Float64Array(vocabularySize);
  const informative = new Uint8Array(vocabularySize);
  const anchor = new Uint8Array(vocabularySize);
  for (let t = 0; t < vocabularySize; t++) {
    const df = dfA[t]! + dfB[t]!;
    const kind = kinds[t]!;
    const figure = kind === TokenKind.Figure || kind === TokenKind.StrongFigure;
    // A word in nearly every sentence weighs nearly nothing (but never zero, so that every
    // token keeps a place in the sums); a word in one sentence weighs most.
    idf[t] = Math.log((sentenceCount + 1) / df) * (figure ? NUMBER_BOOST : kind === TokenKind.Name ? nameShares[t]! : 1);
    informative[t] = df <= limit && kind !== TokenKind.Apparatus ? 1 : 0;
    if (dfA[t] === 1 && dfB[t] === 1) {
      anchor[t] = kind === TokenKind.Name ? 1 : kind === TokenKind.StrongFigure ? 2 : 0;
    }
  }
  return { a: weigh(rawA, idf), b: weigh(rawB, idf), idf, dfA, dfB, informative, anchor, kinds, vocabularySize };
}
