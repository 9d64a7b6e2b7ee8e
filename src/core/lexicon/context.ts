import type { Alignment, Quote, SegmentedText, Span } from '../types';
import type { FramingOptions } from './framing';

/** A quotation this long is someone's words even when no speaker is found next to it. */
const SPEECH_MIN_WORDS = 5;

/**
 * What `framingEntries` needs to know about where terms occur, from what the engine has
 * already computed: which sentences correspond (the alignment) and which spans are quoted
 * speech (the quotes). Pass the result as part of the options:
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
  return { counterparts, quoted: { a: speechSpans(quotesA ?? []), b: speechSpans(quotesB ?? []) } };
}

/**
 * The quotations that are someone's words: those with a speaker or a reporting verb, and long
 * ones. A short unattributed quote ("the ‘neutral’ stance") is the outlet's own scare quote,
 * which distances it from the word rather than handing the word to someone else, so it is
 * left out. Sorted by start, overlaps merged.
 */
export function speechSpans(quotes: readonly Quote[]): Span[] {
  const spans = quotes
    .filter((q) => q.speaker || q.verb || wordCount(q.quote.text) >= SPEECH_MIN_WORDS)
    .map((q) => ({ start: q.quote.start, end: q.quote.end }))
    .sort((x, y) => x.start - y.start);
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
  const sentences = doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
