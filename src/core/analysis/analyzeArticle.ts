/**
 * What the engine learns from one article alone, whatever it is compared with: its sentences
 * and words, quotes, tone, actor mentions, tagged clauses, lexicon terms and loaded words.
 * A comparison of N articles analyses each once and compares pairs from the analyses, so an
 * edit to one article recomputes only its analysis and the pairs it is in.
 */
import { SentenceClauses } from '../agency';
import { compileLexicon, findTerms, type CompiledLexicon } from '../lexicon/matcher';
import { loadedTerms } from '../loaded/loaded';
import { findQuotes } from '../quotes/quotes';
import { articleSentiment, seedMentions, type ToneOfArticle } from '../sentiment';
import { readArticle } from '../extract/readArticle';
import { detectFormat, type ArticleFormat } from '../text/maskMarkup';
import { segment } from '../text/segment';
import type { LeftOutText, Lexicon, LoadedTerm, Quote, SegmentedText, TermMatch } from '../types';

/** One article as the engine receives it. */
export interface ArticleInput {
  /** Full text (UTF-16 string); offsets in the report refer to it as given. */
  readonly text: string;
  /** File path or URI shown in reports; empty for untitled documents. */
  readonly path?: string;
  /** Human title (defaults to the file name). */
  readonly title?: string;
  /** How to read the text; guessed from the path and the text when absent. */
  readonly format?: ArticleFormat;
}

export interface AnalysisOptions {
  /** Locale for sentence and word segmentation. Default `en`. */
  readonly locale?: string;
  /** Analyse what reading the file would leave out (page furniture, an appended article). Default false. */
  readonly includeLeftOut?: boolean;
}

/**
 * One article's analysis. Parts that depend on nothing but the text are computed at once;
 * the lexicon's terms are computed per lexicon on first use, and sentences are tagged for
 * agency only when a comparison asks (see `SentenceClauses`).
 */
export class ArticleAnalysis {
  readonly doc: SegmentedText;
  /** What reading the file left out of `doc` (blanked there), in file order. */
  readonly excluded: readonly LeftOutText[];
  readonly quotes: readonly Quote[];
  /** Loaded words before any comparison says which of them another finding explains. */
  readonly loaded: readonly LoadedTerm[];
  readonly clauses: SentenceClauses;
  private toneCache: ToneOfArticle | undefined;
  private readonly terms = new WeakMap<CompiledLexicon, readonly TermMatch[]>();

  constructor(
    readonly input: ArticleInput,
    readonly options: AnalysisOptions = {}
  ) {
    const read = readArticle(input.text, input.format ?? detectFormat(input.path, input.text), { includeLeftOut: options.includeLeftOut });
    this.doc = segment(read.visible, options.locale);
    this.excluded = read.excluded;
    this.quotes = findQuotes(this.doc);
    this.loaded = loadedTerms(this.doc);
    this.clauses = new SentenceClauses(this.doc);
  }

  /** Tone of the article and the sentences that mention each seed actor; computed once, when first asked. */
  get tone(): ToneOfArticle {
    this.toneCache ??= { tone: articleSentiment(this.doc), seeds: seedMentions(this.doc) };
    return this.toneCache;
  }

  /** The lexicon's terms in the article, in reading order; memoised per lexicon. */
  termsOf(lexicon: Lexicon | CompiledLexicon): readonly TermMatch[] {
    const compiled = 'index' in lexicon ? lexicon : compileLexicon(lexicon);
    let terms = this.terms.get(compiled);
    if (!terms) {
      terms = findTerms(this.doc, compiled);
      this.terms.set(compiled, terms);
    }
    return terms;
  }
}

/** Analyses one article (see `ArticleAnalysis`). */
export function analyzeArticle(input: ArticleInput, options: AnalysisOptions = {}): ArticleAnalysis {
  return new ArticleAnalysis(input, options);
}
