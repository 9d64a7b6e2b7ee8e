import type { Lexicon, Report } from './types';

/** One article as the engine receives it. */
export interface ArticleInput {
  /** Full text (UTF-16 string); offsets in the report refer to it as given. */
  readonly text: string;
  /** File path or URI shown in reports; empty for untitled documents. */
  readonly path?: string;
  /** Human title (defaults to the file name). */
  readonly title?: string;
}

export interface CompareOptions {
  /** Lexicon to match; defaults to the bundled one. */
  readonly lexicon?: Lexicon;
  /** Count spelling variants (US/UK) as framing. Default false: they are listed apart. */
  readonly includeSpelling?: boolean;
  /** Compute tone. Default true. */
  readonly sentiment?: boolean;
  /** Locale for sentence and word segmentation. Default `en`. */
  readonly locale?: string;
}

/** Compares two articles and returns the report every view is built from. */
export function compareArticles(_a: ArticleInput, _b: ArticleInput, _options: CompareOptions = {}): Report {
  throw new Error('compareArticles: being assembled');
}
