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
  private readonly reports = new PairMap<Report>();
  /** How much work the cache did, for tests and the benchmark. */
  readonly counts = { alignments: 0, reports: 0 };

  constructor(readonly options: CompareOptions = {}) {}

  /** Alignment and lexicon framing of `x` against `y` (order matters: `x` is side A). */
  framingOf(x: ArticleAnalysis, y: ArticleAnalysis): PairFraming {
    return this.framings.get(x, y, () => {
      this.counts.alignments++;
      const alignment = alignPair(x, y, this.options.lexicon ?? defaultLexicon());
      return pairFraming(x, y, alignment, this.options);
    });
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
