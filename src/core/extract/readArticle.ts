/**
 * Reads an article file the way the engine needs it: the visible article text at the file's
 * offsets, and the runs left out of it (page furniture, navigation, an appended article, code)
 * with the reason for each, so the views can dim them and say why.
 */
import { maskMarkup, type ArticleFormat } from '../text/maskMarkup';
import type { LeftOutText } from '../types';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { readPlainText } from './plainText';
import type { ExcludedRun, ReadText } from './types';
import { visibleWords } from './visibleWords';

export interface ReadOptions {
  /** Keep everything the file says (markup still blanked): the user asked for left-out text back. */
  readonly includeLeftOut?: boolean;
}

/** The visible text and what was left out, each left-out run with the file's slice. */
export interface ReadArticle {
  readonly visible: string;
  readonly excluded: readonly LeftOutText[];
}

export function readArticle(text: string, format: ArticleFormat, options: ReadOptions = {}): ReadArticle {
  if (options.includeLeftOut) return { visible: maskMarkup(text, format), excluded: [] };
  const read = withScrapeFurniture(format === 'html' ? readHtml(text) : format === 'markdown' ? readMarkdown(text) : { visible: text, excluded: [] });
  if (read.excluded.length === 0) return { visible: read.visible, excluded: [] };
  // The file with only its markup blanked gives each left-out run's visible words; plain text is its own.
  const everything = format === 'text' ? text : maskMarkup(text, format);
  return { visible: read.visible, excluded: read.excluded.map((run) => leftOutText(text, everything, run)) };
}

/**
 * Page furniture and an appended article in the text a reader kept: a plain-text scrape has
 * them, and so may a page saved as HTML or Markdown. They are blanked in `visible` too.
 */
function withScrapeFurniture(read: ReadText): ReadText {
  const runs = readPlainText(read.visible);
  if (runs.length === 0) return read;
  const excluded = [...read.excluded, ...runs].sort((x, y) => x.start - y.start);
  return { visible: blankRuns(read.visible, runs), excluded };
}

/** `text` with every run blanked to spaces, line breaks kept so paragraphs and lines stay apart. */
function blankRuns(text: string, runs: readonly ExcludedRun[]): string {
  const parts: string[] = [];
  let done = 0;
  for (const run of runs) {
    parts.push(text.slice(done, run.start), text.slice(run.start, run.end).replace(/[^\r\n]/g, ' '));
    done = run.end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** The run with its slice of the file and, where that holds markup or entities, the words a reader sees. */
function leftOutText(text: string, everything: string, run: ExcludedRun): LeftOutText {
  const slice = text.slice(run.start, run.end);
  const shown = visibleWords(slice, everything.slice(run.start, run.end));
  return { text: slice, start: run.start, end: run.end, reason: run.reason, ...(shown === slice ? {} : { display: shown }) };
}
