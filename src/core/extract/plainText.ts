/**
 * What a plain-text scrape leaves out of the article: its page furniture and a second article
 * appended after the first, as one list of runs for the reader of article files.
 */
import { appendedOfLines } from './appended';
import { furnitureOfLines } from './furniture';
import { scanLines } from './lines';
import type { ExcludedRun } from './types';

/**
 * The runs of `visible` that are not the article: furniture lines and the appended article,
 * in file order and not overlapping. Furniture inside the appended article is part of that
 * one run (the whole second article is left out, its "Follow" with it).
 */
export function readPlainText(visible: string): ExcludedRun[] {
  const lines = scanLines(visible);
  const furniture = furnitureOfLines(visible, lines);
  const appended = appendedOfLines(visible, lines, furniture);
  if (!appended) return furniture;
  return [...furniture.filter((run) => run.end <= appended.start), appended];
}
