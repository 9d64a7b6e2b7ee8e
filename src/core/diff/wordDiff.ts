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
  const wordsA = groupWords(a, aSentences);
  const wordsB = groupWords(b, bSentences);
  const normsA = wordsA.map((w) => w.norm);
  const normsB = wordsB.map((w) => w.norm);
  if (sameNorms(normsA, normsB)) {
    return [];
  }
  const anchorA = groupStart(a, aSentences);
  const anchorB = groupStart(b, bSentences);
  const result: WordDiff[] = [];
  const emit = (fromA: number, countA: number, fromB: number, countB: number): void => {
    if (countA === 0 && countB === 0) {
      return;
    }
    const kind = countA === 0 ? 'inserted' : countB === 0 ? 'deleted' : 'replaced';
    result.push({
      kind,
      a: runSpan(a.text, wordsA, fromA, countA, anchorA),
      b: runSpan(b.text, wordsB, fromB, countB, anchorB),
    });
  };

  // Aligned sentences mostly differ in a word or two: trimming the common ends first settles
  // most pairs without running the diff at all, and shortens the rest.
  const [prefix, suffix] = commonEnds(normsA, normsB);
  const middleA = normsA.length - prefix - suffix;
  const middleB = normsB.length - prefix - suffix;
  if (middleA === 0 || middleB === 0 || (middleA === 1 && middleB === 1)) {
    emit(prefix, middleA, prefix, middleB);
    return result;
  }
  const changes = diffArrays(normsA.slice(prefix, prefix + middleA), normsB.slice(prefix, prefix + middleB), {
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

function groupWords(doc: SegmentedText, sentences: readonly number[]): Word[] {
  const words: Word[] = [];
  for (const index of sentences) {
    const sentence = doc.sentences[index];
    if (sentence) {
      for (let w = sentence.firstWord; w < sentence.firstWord + sentence.wordCount; w++) {
        words.push(doc.words[w]!);
      }
    }
  }
  return words;
}

function groupStart(doc: SegmentedText, sentences: readonly number[]): number {
  const first = sentences.length > 0 ? doc.sentences[sentences[0]!] : undefined;
  return first ? first.start : 0;
}

function sameNorms(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) {
    return false;
  }
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) {
      return false;
    }
  }
  return true;
}

function commonEnds(x: readonly string[], y: readonly string[]): [number, number] {
  const limit = Math.min(x.length, y.length);
  let prefix = 0;
  while (prefix < limit && x[prefix] === y[prefix]) {
    prefix++;
  }
  let suffix = 0;
  while (suffix < limit - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) {
    suffix++;
  }
  return [prefix, suffix];
}

/**
 * The span of `count` words from `from`; when empty, a zero-length span right after the
 * preceding word (or before the following one at the start of the group), which is where the
 * other side's words would go.
 */
function runSpan(text: string, words: readonly Word[], from: number, count: number, anchor: number): TextSpan {
  if (count > 0) {
    const start = words[from]!.start;
    const end = words[from + count - 1]!.end;
    return { start, end, text: text.slice(start, end) };
  }
  const position = from > 0 ? words[from - 1]!.end : from < words.length ? words[from]!.start : anchor;
  return { start: position, end: position, text: '' };
}
