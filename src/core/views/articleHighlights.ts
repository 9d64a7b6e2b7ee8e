import { articleView, type ComparedArticles } from './articleView';
import { collectionHighlights } from './collectionHighlights';
import { highlights, type Highlight, type HighlightOptions, type SideHighlights } from './highlights';

/**
 * The highlights of one compared article, drawn from its view (see `articleView`): the focus
 * against its partner, every other article against the focus, and with three or more articles,
 * the framing sets on which the outlets differ. `pairs` keeps the pair highlights per report,
 * so the two sides of one report are computed once. Undefined when the article is not compared.
 */
export function highlightsOfArticle(
  compared: ComparedArticles,
  article: number,
  options: HighlightOptions,
  pairs: WeakMap<object, SideHighlights> = new WeakMap()
): readonly Highlight[] | undefined {
  const view = articleView(compared, article);
  if (!view) return undefined;
  let pair = pairs.get(view.report);
  if (!pair) {
    pair = highlights(view.report, options);
    pairs.set(view.report, pair);
  }
  return view.collection ? collectionHighlights(view.collection, article, pair[view.side], options) : pair[view.side];
}

/** Every article's highlights, by article index (`count` articles), as `highlightsOfArticle` gives them. */
export function articleHighlights(compared: ComparedArticles, count: number, options: HighlightOptions): (readonly Highlight[])[] {
  const pairs = new WeakMap<object, SideHighlights>();
  return Array.from({ length: count }, (_, article) => highlightsOfArticle(compared, article, options, pairs) ?? []);
}

/** Whether two option sets are the same, field by field (a set by its members), whatever fields they have. */
export function sameHighlightOptions(x: HighlightOptions, y: HighlightOptions): boolean {
  const a = x as unknown as Record<string, unknown>;
  const b = y as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const u = a[key];
    const v = b[key];
    if (u instanceof Set && v instanceof Set) {
      if (u.size !== v.size || [...u].some((member) => !v.has(member))) return false;
    } else if (u !== v) return false;
  }
  return true;
}
