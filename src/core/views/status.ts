import * as l10n from '@vscode/l10n';
import type { CollectionReport, Report } from '../types';

/**
 * The status bar line of a live comparison: framing contrasts and the sentences with no
 * close match in the other article (A's count, then B's).
 */
export function statusSummary(report: Report): string {
  const contrasts = report.framing.filter((f) => f.contrast).length;
  const moved = report.alignment.moved;
  const unmatched = l10n.t({
    message: '{0}/{1} unmatched',
    args: [report.alignment.onlyInA, report.alignment.onlyInB],
    comment: ['Status bar: how many sentences of article A, and of article B, have no close match in the other'],
  });
  const parts = [contrastCount(contrasts), unmatched];
  if (moved > 0) parts.push(l10n.t({ message: '{0} moved', args: [moved], comment: ['Status bar: how many sentences both articles have, at different places'] }));
  return l10n.t('Framing: {0}', parts.join(' · '));
}

/** The status bar line of a collection: outlets, the framing sets they word differently, facts some leave out. */
export function collectionStatusSummary(collection: CollectionReport): string {
  const contrasts = collection.framing.filter((f) => f.contrast).length;
  const partial = collection.coverage.filter((g) => g.missing.length > 0).length;
  const focus = collection.articles[collection.focus]!;
  const parts = [
    l10n.t('{0} outlets', collection.articles.length),
    contrastCount(contrasts),
    partial === 1 ? l10n.t('1 fact not in all') : l10n.t('{0} facts not in all', partial),
    l10n.t({ message: 'focus {0}', args: [focus.label], comment: ['Status bar: the letter of the article the others are compared with'] }),
  ];
  return l10n.t('Framing: {0}', parts.join(' · '));
}

function contrastCount(count: number): string {
  return count === 1 ? l10n.t('1 contrast') : l10n.t('{0} contrasts', count);
}

/**
 * One line per contrasting set of a collection: each variant with the outlets that use it
 * ("Odessa: B · Odesa: A, C, D"), most telling first, at most `limit`.
 */
export function variantLines(collection: CollectionReport, limit = 5): string[] {
  return collection.framing
    .filter((row) => row.contrast)
    .slice(0, limit)
    .map((row) => {
      const byTerm = new Map<string, string[]>();
      row.uses.forEach((uses, k) => {
        const terms = new Set(uses.filter((u) => row.variants[k]!.includes(u.variantId)).map((u) => u.text.toLowerCase()));
        for (const term of terms) byTerm.set(term, [...(byTerm.get(term) ?? []), collection.articles[k]!.label]);
      });
      return [...byTerm].map(([term, labels]) => `${term}: ${labels.join(', ')}`).join(' · ');
    })
    .filter((line) => line.length > 0);
}
