import type { Quote, SegmentedText, SharedQuote } from '../types';
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
}

/**
 * Quotes both articles carry: pairs whose content words overlap by at least
 * `SHARED_QUOTE_THRESHOLD` of the shorter quote (outlets trim and cut quotes, so the measure
 * is containment, not symmetric overlap), with at least two words in common; a quote of three
 * content words or fewer ("not accurate") must appear word for word in the other. Each quote
 * is used at most once, best pairs first. Similarity is that containment share, in [0, 1].
 */
export function sharedQuotes(a: SegmentedText, qa: readonly Quote[], b: SegmentedText, qb: readonly Quote[]): SharedQuote[] {
  const wordsA = qa.map((q) => quoteWords(a, q));
  const wordsB = qb.map((q) => quoteWords(b, q));
  const index = new Map<string, number[]>();
  wordsB.forEach((w, j) => {
    for (const token of w.content) {
      const list = index.get(token) ?? [];
      list.push(j);
      index.set(token, list);
    }
  });

  const candidates: { a: number; b: number; similarity: number; shared: number; attributed: number }[] = [];
  wordsA.forEach((wa, i) => {
    const counts = new Map<number, number>();
    for (const token of wa.content) {
      for (const j of index.get(token) ?? []) {
        counts.set(j, (counts.get(j) ?? 0) + 1);
      }
    }
    for (const [j, shared] of counts) {
      const wb = wordsB[j]!;
      const smaller = Math.min(wa.content.size, wb.content.size);
      const similarity = shared / smaller;
      if (shared < 2 || similarity < SHARED_QUOTE_THRESHOLD) {
        continue;
      }
      if (smaller <= SHORT_QUOTE && !containsRun(wa, wb)) {
        continue;
      }
      // Between equally good pairs, prefer quotes both articles attribute to someone.
      const attributed = (qa[i]!.speaker ? 1 : 0) + (qb[j]!.speaker ? 1 : 0);
      candidates.push({ a: i, b: j, similarity, shared, attributed });
    }
  });

  candidates.sort(
    (x, y) => y.similarity - x.similarity || y.shared - x.shared || y.attributed - x.attributed || x.a - y.a || x.b - y.b
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: SharedQuote[] = [];
  for (const c of candidates) {
    if (!usedA.has(c.a) && !usedB.has(c.b)) {
      usedA.add(c.a);
      usedB.add(c.b);
      pairs.push({ a: c.a, b: c.b, similarity: Math.round(c.similarity * 1000) / 1000 });
    }
  }
  return pairs.sort((x, y) => x.a - y.a);
}

function quoteWords(doc: SegmentedText, quote: Quote): QuoteWords {
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
  return { sequence, content };
}

/** Stem, and meet across US and UK spelling (defense/defence, -ize/-ise). */
function fold(norm: string): string {
  return stem(norm).replace(/nc$/, 'ns').replace(/is$/, 'iz');
}

/** Whether the shorter quote's words appear, in order and unbroken, in the longer one. */
function containsRun(x: QuoteWords, y: QuoteWords): boolean {
  const [short, long] = x.sequence.length <= y.sequence.length ? [x.sequence, y.sequence] : [y.sequence, x.sequence];
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) {
      if (long[i + k] !== short[k]) {
        continue outer;
      }
    }
    return true;
  }
  return false;
}

function firstWordAt(doc: SegmentedText, offset: number): number {
  let lo = 0;
  let hi = doc.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.words[mid]!.start < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
