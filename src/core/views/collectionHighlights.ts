import type { CollectionReport } from '../types';
import type { Highlight, HighlightOptions } from './highlights';

/**
 * An article of a collection drawn against the whole set, not only against the focus: its
 * uses of every framing set on which some outlets differ, that its pair highlights do not
 * already mark. In "Kiev" ×2 (B) against "Kyiv" (A, C, D), C's "Kyiv" agrees with the focus
 * and gets no pair mark, but it is a choice among the outlets, so it is marked here; its
 * hover lists how every outlet words it. Sorted by start, like `highlights`.
 */
export function collectionHighlights(collection: CollectionReport, article: number, pair: readonly Highlight[], options: HighlightOptions): Highlight[] {
  const marked = new Set(pair.filter((h) => h.kind.startsWith('framing:')).map((h) => `${h.start}:${h.end}`));
  const added: Highlight[] = [];
  for (const row of collection.framing) {
    if (!row.contrast || row.category === 'spelling-variant' || !options.categories.has(row.category)) continue;
    const outlets = row.variants.filter((v) => v.length > 0).length;
    // A contrast needs two outlets that use the set; one outlet's loaded word is the pair's to mark.
    if (outlets < 2) continue;
    for (const use of row.uses[article] ?? []) {
      if (marked.has(`${use.start}:${use.end}`)) continue;
      added.push({ kind: `framing:${row.category}`, start: use.start, end: use.end, source: { type: 'outlets', row, use } });
    }
  }
  return [...pair, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
}
