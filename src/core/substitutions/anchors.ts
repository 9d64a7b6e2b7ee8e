import type { AlignedPair, SegmentedText, WordDiff } from '../types';
import { someWordIn } from './spans';
import { isFrameWord } from './wording';

/**
 * Whether a replaced span sits in a frame both sentences keep. A word choice is one word
 * swapped between shared words ("will slash 4,000 jobs" ↔ "will cut 4,000 jobs"). When only
 * function words separate a replacement from the next one ("pocketed a £9.6 million bonus
 * pot" ↔ "reported a tripling of annual profit"; "bringing the total" ↔ "taking the number of
 * arrivals"), the frame itself changed: the two spans say different things, and the diff
 * merely lined them up.
 */

/** Clause or sentence punctuation: a boundary that frames a slot as well as a shared word does. */
const BOUNDARY = /[,;:.!?()[\]"“”‘’—–]|\s-\s/;

/** Tells a replacement that changes content (and so breaks a frame) from one that does not. */
export type ChangesContent = (diff: WordDiff) => boolean;

/**
 * Shared content or a boundary between diff `index` of the pair and the nearest replacement
 * that changes content on the side `step` points to (-1 before, +1 after), or the sentence's
 * edge. Insertions, deletions and replacements without content ("its" ↔ "the", "31" ↔
 * "thirty-one") do not break a frame. Each walk stops at the first replacement that changes
 * content, so the walks from all replacements of a pair cover its diffs about once: linear.
 */
export function isFramed(a: SegmentedText, b: SegmentedText, pair: AlignedPair, index: number, step: -1 | 1, breaks: ChangesContent): boolean {
  const diffs = pair.diffs;
  for (let i = index; ; i += step) {
    const here = diffs[i]!;
    const next = diffs[i + step];
    const framed =
      step < 0
        ? frames(a, b, next ? next.a.end : pair.aSpan.start, here.a.start, next ? next.b.end : pair.bSpan.start, here.b.start)
        : frames(a, b, here.a.end, next ? next.a.start : pair.aSpan.end, here.b.end, next ? next.b.start : pair.bSpan.end);
    if (framed || next === undefined) return true;
    if (next.kind === 'replaced' && breaks(next)) return false;
  }
}

/**
 * Shared content words right before and right after diff `index`, with no other difference
 * in between ("a Russian oligarch, in the port" ↔ "a Russian businessman, in the port"): the
 * one word is swapped inside a phrase both articles write, whatever the rest of the pair does.
 */
export function isEnclosed(a: SegmentedText, pair: AlignedPair, index: number): boolean {
  const diffs = pair.diffs;
  const here = diffs[index]!;
  const before = diffs[index - 1];
  const after = diffs[index + 1];
  const start = before ? before.a.end : pair.aSpan.start;
  const end = after ? after.a.start : pair.aSpan.end;
  return someWordIn(a, { start, end: here.a.start }, isFrameWord) && someWordIn(a, { start: here.a.end, end }, isFrameWord);
}

/** A shared stretch frames a slot when it holds a content word (not "at least") or a boundary mark. */
function frames(a: SegmentedText, b: SegmentedText, startA: number, endA: number, startB: number, endB: number): boolean {
  if (endA <= startA && endB <= startB) return false;
  if (BOUNDARY.test(a.text.slice(startA, endA)) || BOUNDARY.test(b.text.slice(startB, endB))) return true;
  return someWordIn(a, { start: startA, end: endA }, isFrameWord);
}
