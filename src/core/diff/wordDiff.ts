import { diffArrays } from 'diff';
import type { SegmentedText, TextSpan, Word, WordDiff } from '../types';

/**
 * Beyond this many word edits inside one pair, the word diff gives up and reports the changed
 * middle as one replaced span. Myers' algorithm costs O((n + m) · d); aligned sentences differ by
 * a handful of words, so the cap only guards against a pathological pair of very long
 * "sentences" (text with no punctuation) that would otherwise stall the whole comparison.
 */
const MAX_EDIT_LENGTH = 200;

/**
 * The words of a group of sentences: `count` words of `list` from `base`. For consecutive
 * sentences (every group alignment produces) this is a window on the article's own word list,
 * so no copy is made; pairs run into the thousands on long texts.
 */
interface WordRange {
  readonly list: readonly Word[];
  readonly base: number;
  readonly count: number;
  /** Where the group starts in the text, for empty spans when the group has no words. */
  readonly anchor: number;
  /**
   * Indices in the list where the next word is not the text's next word (a group read out of
   * order): a span must not run across one, or its start would lie after its end.
   */
  readonly breaks: readonly number[];
}

/**
 * Word differences between a group of sentences of A and a group of sentences of B.
 *
 * Words are compared by `norm`, so case, curly versus straight apostrophes and punctuation
 * never show up as differences: the reader sees wording changes only. Each run of changed
 * words becomes one record: `replaced` when words were taken out and others put in at the
 * same place, `deleted` when they are only in A (the B span is empty, placed where the words
 * would have been in B), `inserted` when they are only in B (the A span is empty likewise).
 * Spans run from the first changed word's start to the last one's end, so they keep the
 * punctuation between the words, and `text` is always the exact slice of the article.
 *
 * @param aSentences sentence indices of A, in reading order (one, or two for a merge).
 * @param bSentences sentence indices of B, in reading order (one, or two for a split).
 */
export function wordDiffs(
  a: SegmentedText,
  aSentences: readonly number[],
  b: SegmentedText,
  bSentences: readonly number[]
): WordDiff[] {
  const wordsA = wordRange(a, aSentences);
  const wordsB = wordRange(b, bSentences);
  const result: WordDiff[] = [];
  const emit = (fromA: number, countA: number, fromB: number, countB: number): void => {
    if (countA === 0 && countB === 0) {
      return;
    }
    const breakA = wordsA.breaks.find((k) => fromA < k && k < fromA + countA);
    if (breakA !== undefined) {
      emit(fromA, breakA - fromA, fromB, countB);
      emit(breakA, fromA + countA - breakA, fromB + countB, 0);
      return;
    }
    const breakB = wordsB.breaks.find((k) => fromB < k && k < fromB + countB);
    if (breakB !== undefined) {
      emit(fromA, countA, fromB, breakB - fromB);
      emit(fromA + countA, 0, breakB, fromB + countB - breakB);
      return;
    }
    const kind = countA === 0 ? 'inserted' : countB === 0 ? 'deleted' : 'replaced';
    result.push({
      kind,
      a: runSpan(a.text, wordsA, fromA, countA),
      b: runSpan(b.text, wordsB, fromB, countB),
    });
  };

  // Aligned sentences mostly differ in a word or two: trimming the common ends first settles
  // identical pairs and most others without running the diff at all, and shortens the rest.
  const [prefix, suffix] = commonEnds(wordsA, wordsB);
  const middleA = wordsA.count - prefix - suffix;
  const middleB = wordsB.count - prefix - suffix;
  if (middleA === 0 || middleB === 0 || (middleA === 1 && middleB === 1)) {
    emit(prefix, middleA, prefix, middleB);
    return result;
  }
  const changes = diffArrays(norms(wordsA, prefix, middleA), norms(wordsB, prefix, middleB), {
    maxEditLength: MAX_EDIT_LENGTH,
  });
  if (!changes) {
    emit(prefix, middleA, prefix, middleB);
    return result;
  }
  let indexA = prefix;
  let indexB = prefix;
  // A run of changes between two common stretches: jsdiff reports a replacement as a removal
  // next to an addition (in either order), which together make one `replaced` record.
  let runA = 0;
  let runB = 0;
  for (const change of changes) {
    if (change.removed) {
      runA += change.count;
    } else if (change.added) {
      runB += change.count;
    } else {
      emit(indexA, runA, indexB, runB);
      indexA += runA + change.count;
      indexB += runB + change.count;
      runA = 0;
      runB = 0;
    }
  }
  emit(indexA, runA, indexB, runB);
  return result;
}

function wordRange(doc: SegmentedText, sentences: readonly number[]): WordRange {
  const present = sentences.map((index) => doc.sentences[index]).filter((s) => s !== undefined);
  const anchor = present.length > 0 ? present[0]!.start : 0;
  const contiguous = present.every(
    (s, k) => k === 0 || s.firstWord === present[k - 1]!.firstWord + present[k - 1]!.wordCount
  );
  if (contiguous) {
    const base = present.length > 0 ? present[0]!.firstWord : 0;
    const count = present.reduce((sum, s) => sum + s.wordCount, 0);
    return { list: doc.words, base, count, anchor, breaks: [] };
  }
  const list = present.flatMap((s) => doc.words.slice(s.firstWord, s.firstWord + s.wordCount));
  const breaks: number[] = [];
  present.reduce((sum, s, k) => {
    if (k > 0) breaks.push(sum);
    return sum + s.wordCount;
  }, 0);
  return { list, base: 0, count: list.length, anchor, breaks };
}

function norms(range: WordRange, from: number, count: number): string[] {
  const result = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    result[k] = range.list[range.base + from + k]!.norm;
  }
  return result;
}

function commonEnds(x: WordRange, y: WordRange): [number, number] {
  const limit = Math.min(x.count, y.count);
  const normAt = (range: WordRange, k: number): string => range.list[range.base + k]!.norm;
  let prefix = 0;
  while (prefix < limit && normAt(x, prefix) === normAt(y, prefix)) {
    prefix++;
  }
  let suffix = 0;
  while (suffix < limit - prefix && normAt(x, x.count - 1 - suffix) === normAt(y, y.count - 1 - suffix)) {
    suffix++;
  }
  return [prefix, suffix];
}

/**
 * The span of `count` words from `from` (indices within the range); when empty, a zero-length
 * span right after the preceding word (or before the following one at the start of the
 * group), which is where the other side's words would go.
 */
function runSpan(text: string, range: WordRange, from: number, count: number): TextSpan {
  const at = (k: number): Word => range.list[range.base + k]!;
  if (count > 0) {
    const start = at(from).start;
    const end = at(from + count - 1).end;
    return { start, end, text: text.slice(start, end) };
  }
  const position = from > 0 ? at(from - 1).end : from < range.count ? at(from).start : range.anchor;
  return { start: position, end: position, text: '' };
}
