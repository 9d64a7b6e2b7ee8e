/**
 * Left-out text gathered into runs. Pieces come in file order; consecutive left-out pieces of
 * one reason, with no kept text between them, make one run from the first left-out character
 * to the last, so markup between them (the tags around twelve navigation links) does not
 * split it. A run with no letter or digit (a lone "|" between links) is not listed: there is
 * nothing in it to read.
 */
import type { ExcludedRun, ExclusionReason } from './types';

const WORD = /[\p{L}\p{N}]/u;

export class ExcludedRuns {
  private readonly runs: ExcludedRun[] = [];
  private run: { start: number; end: number; reason: ExclusionReason; words: boolean } | undefined;

  /** A piece of kept text (not white space only): it ends the current run. */
  kept(): void {
    this.flush();
  }

  /** Left-out text at `[start, end)` (trimmed of white space by the caller); `text` is what it reads as. */
  leftOut(start: number, end: number, reason: ExclusionReason, text: string): void {
    const words = WORD.test(text);
    if (this.run && this.run.reason === reason) {
      this.run.end = end;
      this.run.words ||= words;
      return;
    }
    this.flush();
    this.run = { start, end, reason, words };
  }

  result(): ExcludedRun[] {
    this.flush();
    return this.runs;
  }

  private flush(): void {
    if (this.run?.words) this.runs.push({ start: this.run.start, end: this.run.end, reason: this.run.reason });
    this.run = undefined;
  }
}

/** Whether a UTF-16 code is white space (as `\s` means it). */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `[start, end)` without leading and trailing white space; undefined when it is all white space. */
export function trimmed(source: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && isSpace(source.charCodeAt(start))) start++;
  while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}
