/**
 * micromark parses Markdown in time linear in the length of a paragraph of prose, but its cost
 * per line, per block and per token is high, and some constructs grow faster than their
 * size: measured (CPU time on a shared machine three times slower than a desktop), 1,000 lines
 * of list markers nested 16 deep took 4.2 s, 32 KB of `**a` in one paragraph 1.9 s, of `[`
 * then `]` 1.3 s, and 1 MB of `[a ` 10 s. A file is therefore parsed only within a budget,
 * checked first in one pass: its length, its lines, the quote and list markers that open
 * lines (in all, and on any one line), and the marks that open inline constructs (in the file,
 * and in any one block of lines with no blank line between). An ordinary article is well
 * inside it: 38 KB of sections, lists, quotes and links reads in a quarter of a second on that
 * machine, and the worst file within the budget in about half a second. Beyond it the file is
 * read as the linear scanners of maskMarkup read Markdown, with fenced code blocks and front
 * matter still found line by line and left out.
 */
import { maskMarkup } from '../text/maskMarkup';
import { ExcludedRuns, trimmed } from './runs';
import type { ReadText } from './types';

/** Bounds of the budget (see the file comment). */
export const MARKDOWN_BUDGET = {
  length: 300_000,
  lines: 2_000,
  /** Quote and list markers at line starts, in the whole file. */
  containers: 1_500,
  /** Quote and list markers at the start of one line. */
  nesting: 8,
  marks: 6_000,
  marksPerBlock: 800,
} as const;

/** Whether micromark can read `text` within the budget. */
export function withinMarkdownBudget(text: string): boolean {
  if (text.length > MARKDOWN_BUDGET.length) return false;
  let lines = 1;
  let containers = 0;
  let marks = 0;
  let blockMarks = 0;
  let lineStart = true;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (++lines > MARKDOWN_BUDGET.lines) return false;
      if (blank) blockMarks = 0;
      lineStart = true;
      blank = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const markers = markersAt(text, i);
      containers += markers;
      if (markers > MARKDOWN_BUDGET.nesting || containers > MARKDOWN_BUDGET.containers) return false;
    }
    if (code !== 32 && code !== 9 && code !== 13) blank = false;
    if (isMark(code)) {
      marks++;
      blockMarks++;
      if (marks > MARKDOWN_BUDGET.marks || blockMarks > MARKDOWN_BUDGET.marksPerBlock) return false;
    }
  }
  return true;
}

/** `* _ \` [ ] ( ) < > & \ !`: the characters that open or close inline constructs. */
function isMark(code: number): boolean {
  return code === 42 || code === 95 || code === 96 || code === 91 || code === 93 || code === 40 || code === 41 || code === 60 || code === 62 || code === 38 || code === 92 || code === 33;
}

/** How many quote (`>`) and list (`-`, `*`, `+`, `1.`) markers open the line at `at`. */
function markersAt(text: string, at: number): number {
  let count = 0;
  let i = at;
  // Past the bound the exact count does not matter.
  while (count <= MARKDOWN_BUDGET.nesting) {
    let spaces = 0;
    while (spaces < 4 && (text[i] === ' ' || text[i] === '\t')) {
      i++;
      spaces++;
    }
    const c = text[i];
    if (c === '>') {
      i++;
      count++;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      i += 2;
      count++;
      continue;
    }
    let digits = 0;
    while (digits < 10 && text.charCodeAt(i + digits) >= 48 && text.charCodeAt(i + digits) <= 57) digits++;
    if (digits > 0 && digits < 10 && (text[i + digits] === '.' || text[i + digits] === ')') && (text[i + digits + 1] === ' ' || text[i + digits + 1] === '\t')) {
      i += digits + 2;
      count++;
      continue;
    }
    return count;
  }
  return count;
}

/**
 * A file beyond the budget, read in linear time: maskMarkup's Markdown reading, with front
 * matter at the top and fenced code blocks (at the left margin) blanked, fences and all, and
 * their content listed.
 */
export function markdownFallback(text: string): ReadText {
  let visible = maskMarkup(text, 'markdown');
  const runs = new ExcludedRuns();
  const blanks: [number, number][] = [];
  const lines = /[^\n]*\n?/g;
  let fence: { char: string; length: number; start: number; contentStart: number } | undefined;
  let frontMatter: string | undefined;
  for (let match = lines.exec(text); match && match[0].length > 0; match = lines.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const line = match[0].replace(/\r?\n$/, '');
    if (start === 0 && (line === '---' || line === '+++')) {
      frontMatter = line;
      fence = { char: line, length: 3, start, contentStart: end };
      continue;
    }
    if (fence) {
      const closes = frontMatter ? line.trimEnd() === frontMatter : new RegExp(`^ {0,3}\\${fence.char}{${fence.length},}[ \\t]*$`).test(line);
      if (closes) {
        blanks.push([fence.start, end]);
        const span = trimmed(text, fence.contentStart, start);
        if (span) runs.leftOut(span.start, span.end, frontMatter ? 'front-matter' : 'code', text.slice(span.start, span.end));
        fence = undefined;
        frontMatter = undefined;
      }
      continue;
    }
    const opens = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opens && !(opens[1]![0] === '`' && line.slice(opens[0].length).includes('`'))) {
      fence = { char: opens[1]![0]!, length: opens[1]!.length, start, contentStart: end };
    } else if (/\S/.test(line)) {
      runs.kept();
    }
  }
  // A code fence left open runs to the end of the file; front matter left open is not front matter.
  if (fence && !frontMatter) {
    blanks.push([fence.start, text.length]);
    const span = trimmed(text, fence.contentStart, text.length);
    if (span) runs.leftOut(span.start, span.end, 'code', text.slice(span.start, span.end));
  }
  if (blanks.length > 0) {
    const parts: string[] = [];
    let done = 0;
    for (const [start, end] of blanks) {
      parts.push(visible.slice(done, start), visible.slice(start, end).replace(/[^\r\n]/g, ' '));
      done = end;
    }
    visible = parts.join('') + visible.slice(done);
  }
  return { visible, excluded: runs.result() };
}
