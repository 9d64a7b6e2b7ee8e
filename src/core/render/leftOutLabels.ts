import type { ExclusionReason } from '../extract/types';

/** How each reason for leaving text out is named in the views, and what it means to a reader. */
export const LEFT_OUT_LABELS: Readonly<Record<ExclusionReason, { readonly label: string; readonly why: string }>> = {
  'page-title': { label: 'Page title', why: 'the page’s title, or the headline the page repeats' },
  navigation: { label: 'Navigation', why: 'the site’s menus and links' },
  banner: { label: 'Banner', why: 'a cookie, consent or subscription banner' },
  'share-bar': { label: 'Share bar', why: 'share and follow buttons' },
  'related-links': { label: 'Related links', why: 'a “most read” or “related” box' },
  caption: { label: 'Caption', why: 'a picture’s caption or credit' },
  footer: { label: 'Footer', why: 'the page footer' },
  'page-furniture': { label: 'Page furniture', why: 'page labels such as “Updated 8 sec ago” or “Follow”' },
  'not-main-content': { label: 'Outside the article', why: 'page text outside the main article' },
  'appended-article': { label: 'Another article', why: 'a second, unrelated article appended after this one' },
  code: { label: 'Code', why: 'a code block' },
  'front-matter': { label: 'Front matter', why: 'the file’s metadata block' },
  'link-definition': { label: 'Link definitions', why: 'Markdown link references' },
};

/**
 * What was left out of one article, in a few words, most telling first: "another article
 * appended, page furniture (3), caption (1)".
 */
export function leftOutSummary(runs: readonly { readonly reason: ExclusionReason }[]): string {
  const counts = new Map<ExclusionReason, number>();
  for (const run of runs) counts.set(run.reason, (counts.get(run.reason) ?? 0) + 1);
  const order = Object.keys(LEFT_OUT_LABELS) as ExclusionReason[];
  // An appended article changes most what the comparison would have said: it comes first.
  const reasons = [...counts.keys()].sort((x, y) => (x === 'appended-article' ? -1 : y === 'appended-article' ? 1 : order.indexOf(x) - order.indexOf(y)));
  return reasons
    .map((reason) => {
      const n = counts.get(reason)!;
      const label = LEFT_OUT_LABELS[reason].label.toLowerCase();
      return reason === 'appended-article' && n === 1 ? 'another article appended' : `${label} (${n})`;
    })
    .join(', ');
}

/** "B: another article appended, page furniture (3)" for each article something was left out of. */
export function leftOutLines(labels: readonly string[], excluded: readonly (readonly { readonly reason: ExclusionReason }[])[]): string[] {
  return excluded.flatMap((runs, k) => (runs.length > 0 ? [`${labels[k]}: ${leftOutSummary(runs)}`] : []));
}
