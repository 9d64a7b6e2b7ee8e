import type { CollectionReport, Report } from '../types';

/**
 * The status bar line of a live comparison: framing contrasts and the sentences with no
 * close match in the other article (A's count, then B's).
 */
export function statusSummary(report: Report): string {
  const contrasts = report.framing.filter((f) => f.contrast).length;
  const moved = report.alignment.moved;
  const parts = [
    `${contrasts} contrast${contrasts === 1 ? '' : 's'}`,
    `${report.alignment.onlyInA}/${report.alignment.onlyInB} unmatched`,
  ];
  if (moved > 0) parts.push(`${moved} moved`);
  return `Framing: ${parts.join(' · ')}`;
}

/** The status bar line of a collection: outlets, the framing sets they word differently, facts some leave out. */
export function collectionStatusSummary(collection: CollectionReport): string {
  const contrasts = collection.framing.filter((f) => f.contrast).length;
  const partial = collection.coverage.filter((g) => g.missing.length > 0).length;
  const focus = collection.articles[collection.focus]!;
  return `Framing: ${collection.articles.length} outlets · ${contrasts} contrast${contrasts === 1 ? '' : 's'} · ${partial} fact${partial === 1 ? '' : 's'} not in all · focus ${focus.label}`;
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
