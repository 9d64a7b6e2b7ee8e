import { lastIndexWhere } from '../text/lowerBound';
import type { Alignment, Quote, SegmentedText, Span } from '../types';
import type { FramingOptions } from './framing';

/**
 * What `framingEntries` needs to know about where terms occur, from what the engine has
 * already computed: which sentences correspond (the alignment) and which spans are quoted
 * (the quotes). Pass the result as part of the options:
 * `framingEntries(termsA, termsB, lexicon, { includeSpelling, ...framingContext(docA, alignment, quotesA, quotesB) })`.
 */
export function framingContext(
  docA: SegmentedText,
  alignment: Alignment,
  quotesA?: readonly Quote[],
  quotesB?: readonly Quote[]
): Pick<FramingOptions, 'counterparts' | 'quoted'> {
  const bySentence = new Map<number, Span[]>();
  for (const pair of alignment.pairs) {
    for (const sentence of pair.a) {
      const spans = bySentence.get(sentence) ?? [];
      spans.push(pair.bSpan);
      bySentence.set(sentence, spans);
    }
  }
  const none: readonly Span[] = [];
  const counterparts = (startA: number) => bySentence.get(sentenceAt(docA, startA)) ?? none;
  if (!quotesA && !quotesB) {
    return { counterparts };
  }
  return { counterparts, quoted: { a: quotedSpans(quotesA ?? []), b: quotedSpans(quotesB ?? []) } };
}

/**
 * The spans inside quotation marks, sorted by start, overlaps merged. All of them: a quoted
 * statement is the speaker's words, and a short quote with no speaker ("the ‘neutral’
 * stance") is a scare quote, a word the outlet distances itself from. Neither is the
 * outlet's own choice of label.
 */
export function quotedSpans(quotes: readonly Quote[]): Span[] {
  const spans = quotes.map((q) => ({ start: q.quote.start, end: q.quote.end })).sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/** Index of the sentence containing an offset (the last one starting at or before it). */
function sentenceAt(doc: SegmentedText, offset: number): number {
  return Math.max(0, lastIndexWhere(doc.sentences, (sentence) => sentence.start <= offset));
}

