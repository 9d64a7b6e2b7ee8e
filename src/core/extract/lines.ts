/**
 * The lines of a plain-text scrape, each by the extent of its visible characters. A scrape
 * keeps a page's structure only in its line breaks (one block of the page per line), so page
 * furniture and an appended article are recognised line by line; the extent, not the raw
 * line, is what is reported, so a left-out run never starts with the spaces that blanked
 * markup leaves.
 */

/** One line: `start`/`end` bound its first and last visible character (`start === end` when blank). */
export interface TextLine {
  readonly start: number;
  readonly end: number;
  /**
   * The line's text with every run of spaces made one space (blanked markup leaves long runs);
   * undefined for a line longer than `MAX_LINE_TEXT`, which is prose or data, never a label or
   * a headline.
   */
  readonly text: string | undefined;
}

/** Longer lines are never furniture or headlines; their text is not kept, which bounds the work on huge lines. */
export const MAX_LINE_TEXT = 300;

/**
 * Spaces, tabs, no-break and other Unicode spaces, and the invisible characters a page or an
 * editor leaves at a line's edges (zero-width space and joiners, the byte order mark).
 */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/;
const SPACE_RUN = /\s+/g;
const NOT_ONE_SPACE = /\s\s|[^\S ]/;

/** Every line of `text` in order; `\n`, `\r\n` and a lone `\r` each end a line. One pass. */
export function scanLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    lines.push(trimmed(text, lineStart, i));
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return lines;
}

function trimmed(text: string, from: number, to: number): TextLine {
  let start = from;
  let end = to;
  while (start < end && INVISIBLE.test(text[start]!)) start++;
  while (end > start && INVISIBLE.test(text[end - 1]!)) end--;
  if (start === end) return { start: from, end: from, text: '' };
  return { start, end, text: end - start > MAX_LINE_TEXT ? undefined : collapsed(text, start, end) };
}

/** The text from `start` to `end` with every run of spaces made one space. */
export function collapsed(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  return NOT_ONE_SPACE.test(slice) ? slice.replace(SPACE_RUN, ' ') : slice;
}

/** Closing quotes and brackets that may follow a sentence's final stop: `… she said.”` */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']']);
/** Stops that end a sentence, in Latin, CJK and other scripts. */
const FINAL_STOPS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।']);

/** True when the text ends as a sentence does, with a stop before any closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && FINAL_STOPS.has(text[i]!);
}

/** The number of space-separated words (a CJK line without spaces counts as one). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Prose: a sentence of twelve words or more that ends with a stop. Such a line is never page
 * furniture, whatever words it holds ("Officials will follow the plan and share the costs.");
 * furniture is a label ("Follow", "Share this article"), not a sentence. Twelve words: the
 * longest label the furniture lists know, a site's copyright notice ("Copyright © 2024 The
 * Harbour Gazette Ltd. All rights reserved."), has nine.
 */
export function isProse(text: string): boolean {
  return endsSentence(text) && wordCount(text) >= 12;
}

/** A headline, title or subheading: a short line of words with no final stop. */
export function isHeadlineLike(text: string): boolean {
  return text.length <= MAX_HEADLINE && !endsSentence(text) && !/[:;,]$/.test(text) && /\p{L}/u.test(text);
}

/** Headlines of news sites run to about 120 characters; 200 leaves room and bounds the work. */
export const MAX_HEADLINE = 200;

/** Lower-case particles inside a person's name: "Ana de la Cruz", "Pieter van Dijk". */
const NAME_PARTICLES: ReadonlySet<string> = new Set('de da das dos du del della der den di la le van von bin ibn al el'.split(' '));
/**
 * Words of headlines and sentences that no person's name holds: a line of capitalised words
 * with one of them ("Ferry Capsizes Off Kessa", "Where The Money Goes") is a title-case
 * heading, not a name.
 */
const NOT_IN_NAMES: ReadonlySet<string> = new Set(
  (
    'the a an of off in on at to for with from by after over under as into amid against and or but not no ' +
    'is are was were be has have had will can says say said how why what who when where here there'
  ).split(' ')
);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Longer than any name a byline or a credit prints. */
const MAX_NAME = 60;

/**
 * A name alone on its line, a person's or an agency's: `min` to `max` capitalised words
 * ("Nadia Rowe", "Ana de la Cruz", "Jane Doe"), with name particles between them and nothing
 * else (no figure, no final punctuation, none of the small words of a sentence or a heading).
 */
export function isNameShaped(text: string, min = 2, max = 4): boolean {
  if (text.length > MAX_NAME || /[.,;:!?]$/.test(text)) return false;
  const words = text.split(' ');
  let names = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (NAME_WORD.test(word)) {
      if (NOT_IN_NAMES.has(word.toLowerCase())) return false;
      names++;
    } else if (k === 0 || k === words.length - 1 || !NAME_PARTICLES.has(word)) return false;
  }
  return names >= min && names <= max;
}

/** A list item of a summary or a list: "• …", "- …", "* …", "– …". */
export function isBullet(text: string): boolean {
  return /^[•●▪◦‣·*–-]\s/u.test(text);
}
