import type { CollectionArticle, CollectionReport, LeftOutText, PairComparison, Report } from '../types';

/**
 * The pair report (`schemaVersion: 1`) of one of a collection's comparisons, for the views
 * that show a pair in detail: side A is the focus, side B the other article. The articles
 * keep their collection names, with the pair's labels A and B.
 */
export function pairReportOf(collection: CollectionReport, comparison: PairComparison): Report {
  const { a, b, ...fields } = comparison;
  const side = (article: CollectionArticle, label: 'A' | 'B') => ({ ...article, label });
  const { sentences, notices, warnings, ...rest } = fields;
  return {
    schemaVersion: 1,
    articles: [side(collection.articles[a]!, 'A'), side(collection.articles[b]!, 'B')],
    ...rest,
    sentences,
    excluded: { a: withoutArticle(collection.excluded[a]!), b: withoutArticle(collection.excluded[b]!) },
    notices,
    warnings,
  };
}

/** A collection's left-out runs of one article as the pair report lists them (its side says the article). */
function withoutArticle(runs: CollectionReport['excluded'][number]): LeftOutText[] {
  return runs.map(({ article: _article, ...run }) => run);
}
