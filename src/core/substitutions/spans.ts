import { lowerBound } from '../text/lowerBound';
import type { SegmentedText, TextSpan, Word } from '../types';

/** The words of a document that lie inside a span, found by binary search. */
export function wordsInSpan(doc: SegmentedText, span: { start: number; end: number }): Word[] {
  const result: Word[] = [];
  someWordIn(doc, span, (w) => void result.push(w));
  return result;
}

/** Whether a word inside the span passes the test, without collecting the words. */
export function someWordIn(doc: SegmentedText, span: { start: number; end: number }, test: (word: Word) => boolean | void): boolean {
  const words = doc.words;
  for (let i = lowerBound(words, (word) => word.end <= span.start); i < words.length && words[i]!.start < span.end; i++) {
    if (words[i]!.start >= span.start && test(words[i]!)) {
      return true;
    }
  }
  return false;
}

/** The span of a document from the first of some words to the last. */
export function spanOfWords(doc: SegmentedText, words: readonly Word[]): TextSpan {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { text: doc.text.slice(start, end), start, end };
}
