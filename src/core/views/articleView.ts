import { pairReportOf } from '../collection/pairReport';
import type { CollectionReport, Report, Side } from '../types';

/**
 * How one compared article is drawn and explained: the pair report it is read against and
 * its side in it. The focus is side A of its pair with the partner; every other article is
 * side B of its comparison with the focus, so each editor is decorated against the focus and
 * the framing of the whole collection.
 */
export interface ArticleView {
  readonly article: number;
  readonly report: Report;
  readonly side: Side;
  readonly collection?: CollectionReport;
}

/** What a view needs of a live comparison to find an article's view. */
export interface ComparedArticles {
  readonly focus: number;
  readonly partner: number;
  readonly report: Report;
  readonly collection?: CollectionReport;
}

const cache = new WeakMap<ComparedArticles, Map<number, ArticleView>>();

/** The view of article `article` (memoised per comparison), or undefined when it is not compared. */
export function articleView(compared: ComparedArticles, article: number): ArticleView | undefined {
  let views = cache.get(compared);
  if (!views) {
    views = new Map();
    cache.set(compared, views);
  }
  const known = views.get(article);
  if (known) return known;
  const { collection } = compared;
  let view: ArticleView | undefined;
  if (article === compared.focus) view = { article, report: compared.report, side: 'a', collection };
  else if (article === compared.partner) view = { article, report: compared.report, side: 'b', collection };
  else if (collection) {
    const comparison = collection.comparisons.find((c) => c.b === article);
    if (comparison) view = { article, report: pairReportOf(collection, comparison), side: 'b', collection };
  }
  if (view) views.set(article, view);
  return view;
}
