import type { Quote, SegmentedText, SharedQuote } from '../types';
import { lowerBound } from '../text/lowerBound';
import { memoizeWord } from '../text/memo';
import { STOPWORDS, stem } from '../text/normalize';

/** Share of the shorter quote's content words the other quote has too, for a pair to count. */
export const SHARED_QUOTE_THRESHOLD = 0.6;
/** Quotes this short (in content words) must appear word for word inside the other one. */
const SHORT_QUOTE = 3;
/** Negation changes what was said, so it counts as content here. */
const KEPT = new Set(['not', 'no', 'never', 'nor']);

interface QuoteWords {
  /** Stemmed words in order, for the word-for-word test of short quotes. */
  readonly sequence: readonly string[];
  readonly content: ReadonlySet<string>;
  /** The content words as numbers (one per distinct word of both articles' quotes), in no order. */
  readonly ids: readonly number[];
}

/**
 * Quotes both articles carry: pairs whose content words overlap by at least
 * `SHARED_QUOTE_THRESHOLD` of the shorter quote (outlets trim and cut quotes, so the measure
 * is containment, not symmetric overlap), with at least two words in common; a quote of three
 * content words or fewer ("not accurate") must appear word for word in the other. Each quote
 * is used at most once, best pairs first. Similarity is that containment share, in [0, 1].
 */
export function sharedQuotes(a: SegmentedText, qa: readonly Quote[], b: SegmentedText, qb: readonly Quote[]): SharedQuote[] {
  // Identical quotes (a headline repeating the body, a quote cited twice) are compared once.
  const numbers = new Map<string, number>();
  const groupsA = groupIdentical(qa.map((q) => quoteWords(a, q, numbers)), qa);
  const groupsB = groupIdentical(qb.map((q) => quoteWords(b, q, numbers)), qb);
  const candidates: { a: Group; b: Group; similarity: number; shared: number; attributed: number }[] = [];
  forEachCandidate(groupsA.map((g) => g.words), groupsB.map((g) => g.words), numbers, (i, j, shared) => {
    const ga = groupsA[i]!;
    const gb = groupsB[j]!;
    const smallSize = Math.min(ga.words.content.size, gb.words.content.size);
    const similarity = smallSize > 0 ? shared / smallSize : 0;
    if (shared < 2 || similarity < SHARED_QUOTE_THRESHOLD) {
      return;
    }
    if (smallSize <= SHORT_QUOTE && !containsRun(ga.words, gb.words)) {
      return;
    }
    // Between equally good pairs, prefer quotes both articles attribute to someone.
    const attributed = (ga.attributed ? 1 : 0) + (gb.attributed ? 1 : 0);
    candidates.push({ a: ga, b: gb, similarity, shared, attributed });
  });

  candidates.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      y.shared - x.shared ||
      y.attributed - x.attributed ||
      x.a.members[0]! - y.a.members[0]! ||
      x.b.members[0]! - y.b.members[0]!
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: SharedQuote[] = [];
  for (const c of candidates) {
    const freeA = c.a.members.filter((i) => !usedA.has(i));
    const freeB = c.b.members.filter((j) => !usedB.has(j));
    for (let n = 0; n < freeA.length && n < freeB.length; n++) {
      usedA.add(freeA[n]!);
      usedB.add(freeB[n]!);
      pairs.push({ a: freeA[n]!, b: freeB[n]!, similarity: Math.round(c.similarity * 1000) / 1000 });
    }
  }
  return pairs.sort((x, y) => x.a - y.a);
}

interface Group {
  readonly words: QuoteWords;
  /** Indices of the quotes with exactly these words, in reading order. */
  readonly members: number[];
  attributed: boolean;
}

function groupIdentical(words: readonly QuoteWords[], quotes: readonly Quote[]): Group[] {
  const byKey = new Map<string, Group>();
  words.forEach((w, i) => {
    const key = w.sequence.join(' ');
    const group = byKey.get(key);
    if (group) {
      group.members.push(i);
      group.attributed ||= quotes[i]!.speaker !== undefined;
    } else {
      byKey.set(key, { words: w, members: [i], attributed: quotes[i]!.speaker !== undefined });
    }
  });
  return [...byKey.values()];
}

/**
 * Pairs that may reach the threshold, without comparing every quote with every other: the
 * smaller quote of a qualifying pair shares at least one of its rarest words (as many as it
 * can afford to miss, plus one) with the larger — the prefix filter of similarity joins. So
 * each quote looks up only its rarest words in the other article's index. Each pair is
 * visited once, with the number of content words the two share, counted on marks: the
 * quote a pass starts from marks its words, and the other quote's words are looked up there.
 * Words are their numbers throughout (see `quoteWords`).
 */
function forEachCandidate(
  wordsA: readonly QuoteWords[],
  wordsB: readonly QuoteWords[],
  numbers: ReadonlyMap<string, number>,
  visit: (i: number, j: number, shared: number) => void
): void {
  const tokens: string[] = new Array(numbers.size);
  for (const [token, id] of numbers) tokens[id] = token;
  const frequency = new Int32Array(numbers.size);
  for (const side of [wordsA, wordsB]) {
    for (const w of side) {
      for (const id of w.ids) frequency[id]!++;
    }
  }
  // Rarest first; between words as frequent, in the order of the words themselves.
  const rarer = (x: number, y: number) => frequency[x]! - frequency[y]! || (tokens[x]! < tokens[y]! ? -1 : tokens[x]! > tokens[y]! ? 1 : 0);
  const rarest = (w: QuoteWords) => {
    const needed = Math.max(2, Math.ceil(SHARED_QUOTE_THRESHOLD * w.ids.length));
    return [...w.ids].sort(rarer).slice(0, Math.max(0, w.ids.length - needed + 1));
  };
  const prefixA = wordsA.map(rarest);
  const prefixB = wordsB.map(rarest);
  const indexA = postings(wordsA, numbers.size);
  const indexB = postings(wordsB, numbers.size);
  // marks[n] is the quote (of the side a pass starts from) that last marked word number n.
  const marks = new Int32Array(numbers.size).fill(-1);
  const sharedWith = (w: QuoteWords, stamp: number) => {
    let shared = 0;
    for (let k = 0; k < w.ids.length; k++) {
      if (marks[w.ids[k]!] === stamp) shared++;
    }
    return shared;
  };

  // Stamps instead of a set of pairs: the last quote that reached each quote of the other side.
  const stampB = new Int32Array(wordsB.length).fill(-1);
  for (let i = 0; i < wordsA.length; i++) {
    for (const id of wordsA[i]!.ids) marks[id] = i;
    for (const id of prefixA[i]!) {
      for (let p = indexB.start[id]!; p < indexB.start[id + 1]!; p++) {
        const j = indexB.quotes[p]!;
        if (stampB[j] !== i) {
          stampB[j] = i;
          visit(i, j, sharedWith(wordsB[j]!, i));
        }
      }
    }
  }
  marks.fill(-1);
  const stampA = new Int32Array(wordsA.length).fill(-1);
  for (let j = 0; j < wordsB.length; j++) {
    for (const id of wordsB[j]!.ids) marks[id] = j;
    for (const id of prefixB[j]!) {
      for (let p = indexA.start[id]!; p < indexA.start[id + 1]!; p++) {
        const i = indexA.quotes[p]!;
        // Skip pairs the first pass already visited (A's prefix meets B's words).
        if (stampA[i] !== j) {
          stampA[i] = j;
          if (!meetsMarks(prefixA[i]!, marks, j)) {
            visit(i, j, sharedWith(wordsA[i]!, j));
          }
        }
      }
    }
  }
}

function meetsMarks(ids: readonly number[], marks: Int32Array, stamp: number): boolean {
  for (const id of ids) {
    if (marks[id] === stamp) return true;
  }
  return false;
}

/** The quotes of one side that hold each word number, in reading order: `quotes[start[n] … start[n + 1] - 1]`. */
function postings(side: readonly QuoteWords[], numberCount: number): { start: Int32Array; quotes: Int32Array } {
  const start = new Int32Array(numberCount + 1);
  for (const w of side) {
    for (const id of w.ids) start[id + 1]!++;
  }
  for (let n = 0; n < numberCount; n++) start[n + 1]! += start[n]!;
  const quotes = new Int32Array(start[numberCount]!);
  const next = start.slice(0, numberCount);
  side.forEach((w, q) => {
    for (const id of w.ids) quotes[next[id]!++] = q;
  });
  return { start, quotes };
}

function quoteWords(doc: SegmentedText, quote: Quote, numbers: Map<string, number>): QuoteWords {
  const sequence: string[] = [];
  const content = new Set<string>();
  const { start, end } = quote.quote;
  for (let i = firstWordAt(doc, start); i < doc.words.length && doc.words[i]!.end <= end; i++) {
    const token = fold(doc.words[i]!.norm);
    sequence.push(token);
    if (!STOPWORDS.has(doc.words[i]!.norm) || KEPT.has(doc.words[i]!.norm)) {
      content.add(token);
    }
  }
  const ids: number[] = [];
  for (const token of content) {
    let id = numbers.get(token);
    if (id === undefined) {
      id = numbers.size;
      numbers.set(token, id);
    }
    ids.push(id);
  }
  return { sequence, content, ids };
}

/** Stem, and meet across US and UK spelling (defense/defence, -ize/-ise). */
const fold = memoizeWord((norm: string) => stem(norm).replace(/nc$/, 'ns').replace(/is$/, 'iz'));

/** Whether the shorter quote's words appear, in order and unbroken, in the longer one. */
function containsRun(x: QuoteWords, y: QuoteWords): boolean {
  const short = x.sequence.length <= y.sequence.length ? x.sequence : y.sequence;
  const long = short === x.sequence ? y.sequence : x.sequence;
  if (short.length === 0) {
    return true;
  }
  // Only where the short quote's first word stands can its run start.
  for (let i = long.indexOf(short[0]!); i >= 0 && i + short.length <= long.length; i = long.indexOf(short[0]!, i + 1)) {
    let k = 1;
    while (k < short.length && long[i + k] === short[k]) k++;
    if (k === short.length) {
      return true;
    }
  }
  return false;
}

function firstWordAt(doc: SegmentedText, offset: number): number {
  return lowerBound(doc.words, (word) => word.start < offset);
}
