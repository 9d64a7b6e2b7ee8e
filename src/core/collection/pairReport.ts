import type { CollectionArticle, CollectionReport, PairComparison, Report } from '../types';

/**
 * The pair report (`schemaVersion: 1`) of one of a collection's comparisons, for the views
 * that show a pair in detail: side A is the focus, side B the other article. The articles
 * keep their collection names, with the pair's labels A and B.
 */
export function pairReportOf(collection: CollectionReport, comparison: PairComparison): Report {
  const { a, b, ...fields } = comparison;
  const side = (article: CollectionArticle, label: 'A' | 'B') => {
    const { headline: _headline, ...summary } = article;
    return { ...summary, label };
  };
  const { sentences, warnings, ...rest } = fields;
  return {
    schemaVersion: 1,
    articles: [side(collection.articles[a]!, 'A'), side(collection.articles[b]!, 'B')],
    ...rest,
    sentences,
    excluded: { a: collection.excluded[a]!, b: collection.excluded[b]! },
    warnings,
  };
}
