import * as l10n from '@vscode/l10n';
import type { ExclusionReason } from '../extract/types';

/** A reason's name and meaning, each looked up when read, so that it is in the UI language once the strings are configured. */
function described(label: () => string, why: () => string): { readonly label: string; readonly why: string } {
  return {
    get label() {
      return label();
    },
    get why() {
      return why();
    },
  };
}

/** How each reason for leaving text out is named in the views, and what it means to a reader. */
export const LEFT_OUT_LABELS: Readonly<Record<ExclusionReason, { readonly label: string; readonly why: string }>> = {
  'page-title': described(() => l10n.t('Page title'), () => l10n.t('the page’s title, or the headline the page repeats')),
  navigation: described(() => l10n.t('Navigation'), () => l10n.t('the site’s menus and links')),
  banner: described(() => l10n.t('Banner'), () => l10n.t('a cookie, consent or subscription banner')),
  'share-bar': described(() => l10n.t('Share bar'), () => l10n.t('share and follow buttons')),
  'related-links': described(() => l10n.t('Related links'), () => l10n.t('a “most read” or “related” box')),
  caption: described(() => l10n.t('Caption'), () => l10n.t('a picture’s caption or credit')),
  footer: described(() => l10n.t('Footer'), () => l10n.t('the page footer')),
  'page-furniture': described(() => l10n.t('Page furniture'), () => l10n.t('page labels such as “Updated 8 sec ago” or “Follow”')),
  'not-main-content': described(() => l10n.t('Outside the article'), () => l10n.t('page text outside the main article')),
  'appended-article': described(() => l10n.t('Another article'), () => l10n.t('a second, unrelated article appended after this one')),
  code: described(() => l10n.t({ message: 'Code', args: [], comment: ['What text was left out: program code shown in the page'] }), () => l10n.t('a code block')),
  'front-matter': described(() => l10n.t('Front matter'), () => l10n.t('the file’s metadata block')),
  'link-definition': described(() => l10n.t('Link definitions'), () => l10n.t('Markdown link references')),
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
      return reason === 'appended-article' && n === 1 ? l10n.t('another article appended') : `${label} (${n})`;
    })
    .join(', ');
}

/** "B: another article appended, page furniture (3)" for each article something was left out of. */
export function leftOutLines(labels: readonly string[], excluded: readonly (readonly { readonly reason: ExclusionReason }[])[]): string[] {
  return excluded.flatMap((runs, k) => (runs.length > 0 ? [`${labels[k]}: ${leftOutSummary(runs)}`] : []));
}
