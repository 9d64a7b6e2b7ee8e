import type { ArticleAnalysis } from '../analysis/analyzeArticle';
import { alignPair, comparePair, pairFraming, type CompareOptions, type PairFraming } from '../compare';
import { defaultLexicon } from '../lexicon/defaultLexicon';
import type { Report } from '../types';

/**
 * The pair work of a collection, kept per pair of analyses: an analysis is replaced when its
 * article changes, so the pairs of the other articles stay cached and an edit to one article
 * recomputes only its own pairs. One cache serves one set of options (lexicon, spelling,
 * tone); make a new one when they change. Entries go with their analyses (weak maps).
 */
export class PairCache {
  private readonly framings = new PairMap<PairFraming>();
  /** Pairs aligned without word differences (see `alignSentences`), for the pairs a collection does not detail. */
  private readonly outlines = new PairMap<PairFraming>();
  private readonly reports = new PairMap<Report>();
  /** How much work the cache did, for tests and the benchmark. */
  readonly counts = { alignments: 0, reports: 0 };

  constructor(readonly options: CompareOptions = {}) {}

  /**
   * Alignment and lexicon framing of `x` against `y` (order matters: `x` is side A). With
   * `withDiffs` false, the pairs may lack their word differences: enough for coverage,
   * similarity and the variant matrix, and a good deal cheaper.
   */
  framingOf(x: ArticleAnalysis, y: ArticleAnalysis, withDiffs = true): PairFraming {
    const full = this.framings.peek(x, y);
    if (full || withDiffs) {
      return full ?? this.framings.get(x, y, () => this.align(x, y, true));
    }
    return this.outlines.get(x, y, () => this.align(x, y, false));
  }

  private align(x: ArticleAnalysis, y: ArticleAnalysis, withDiffs: boolean): PairFraming {
    this.counts.alignments++;
    const alignment = alignPair(x, y, this.options.lexicon ?? defaultLexicon(), withDiffs);
    return pairFraming(x, y, alignment, this.options);
  }

  /** The full pair report of `x` (side A) against `y`. */
  reportOf(x: ArticleAnalysis, y: ArticleAnalysis): Report {
    return this.reports.get(x, y, () => {
      this.counts.reports++;
      return comparePair(x, y, this.options, this.framingOf(x, y));
    });
  }
}

class PairMap<T> {
  private readonly byFirst = new WeakMap<ArticleAnalysis, WeakMap<ArticleAnalysis, T>>();

  peek(x: ArticleAnalysis, y: ArticleAnalysis): T | undefined {
    return this.byFirst.get(x)?.get(y);
  }

  get(x: ArticleAnalysis, y: ArticleAnalysis, compute: () => T): T {
    let inner = this.byFirst.get(x);
    if (!inner) {
      inner = new WeakMap();
      this.byFirst.set(x, inner);
    }
    let value = inner.get(y);
    if (value === undefined) {
      value = compute();
      inner.set(y, value);
    }
    return value;
  }
}
