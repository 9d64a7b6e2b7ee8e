import type { PairFraming } from '../compare';
import { FRAMING_CATEGORIES } from '../lexicon/lexicon';
import type { CompiledLexicon } from '../lexicon/matcher';
import type { CollectionFraming, CollectionUse, FramingEntry } from '../types';
import { compareEnglish } from '../text/englishOrder';

/** One pair's framing, with the articles it compares (`a` is side A). */
export interface FramedArticles {
  readonly a: number;
  readonly b: number;
  readonly framing: PairFraming;
}

/**
 * The variant matrix: one row per lexicon set some article uses, with every article's uses
 * and the variants it uses in its own voice. The pair rules decide (`framingEntries`): a set is
 * a contrast when any pair of articles contrasts on it, so "Kiev" in one outlet against
 * "Kyiv" in two others is one contrasting row, and a plain variant that only one outlet
 * uses, with no other outlet naming the place, is listed without being a contrast.
 */
export function variantMatrix(
  count: number,
  pairs: readonly FramedArticles[],
  lexicon: CompiledLexicon,
  which: 'framing' | 'spelling'
): CollectionFraming[] {
  const rows = new Map<string, Row>();
  for (const { a, b, framing } of pairs) {
    for (const entry of framing.terms[which]) {
      const row = rows.get(entry.setId) ?? newRow(entry, count);
      rows.set(entry.setId, row);
      row.contrast ||= entry.contrast;
      addUses(row, a, entry.a, entry.variantsA);
      addUses(row, b, entry.b, entry.variantsB);
    }
  }
  return [...rows.values()].map((row) => toFraming(row, lexicon)).sort(compareRows);
}

interface Row {
  readonly entry: FramingEntry;
  contrast: boolean;
  readonly uses: Map<number, CollectionUse>[];
  readonly variants: Set<string>[];
}

function newRow(entry: FramingEntry, count: number): Row {
  return {
    entry,
    contrast: false,
    uses: Array.from({ length: count }, () => new Map()),
    variants: Array.from({ length: count }, () => new Set()),
  };
}

/** An article's uses are the same in every pair it is in; the union keeps each once. */
function addUses(row: Row, article: number, uses: FramingEntry['a'], variants: readonly string[]): void {
  for (const use of uses) row.uses[article]!.set(use.start, { article, text: use.text, start: use.start, end: use.end, variantId: use.variantId });
  for (const variant of variants) row.variants[article]!.add(variant);
}

function toFraming(row: Row, lexicon: CompiledLexicon): CollectionFraming {
  const { entry } = row;
  const uses = row.uses.map((m) => [...m.values()].sort((x, y) => x.start - y.start));
  return {
    setId: entry.setId,
    category: entry.category,
    contrast: row.contrast,
    note: noteOf(entry, uses, lexicon),
    explanation: entry.explanation,
    source: entry.source,
    weight: entry.weight,
    uses,
    // In the set's order, so that every view lists an article's variants the same way.
    variants: row.variants.map((used) => variantOrder(entry.setId, lexicon).filter((id) => used.has(id))),
  };
}

function variantOrder(setId: string, lexicon: CompiledLexicon): string[] {
  return lexicon.sets.get(setId)?.variants.map((v) => v.id) ?? [];
}

/** The set's explanation, then the note of each variant some article uses. */
function noteOf(entry: FramingEntry, uses: readonly (readonly CollectionUse[])[], lexicon: CompiledLexicon): string {
  const set = lexicon.sets.get(entry.setId);
  if (!set) return entry.explanation;
  const used = new Set(uses.flat().map((u) => u.variantId));
  const notes = set.variants.filter((v) => used.has(v.id)).map((v) => `“${v.terms[0]}”: ${v.note}`);
  return [set.explanation, ...notes].join(' ');
}

function compareRows(x: CollectionFraming, y: CollectionFraming): number {
  return (
    Number(y.contrast) - Number(x.contrast) ||
    y.weight - x.weight ||
    articlesUsing(y) - articlesUsing(x) ||
    FRAMING_CATEGORIES.indexOf(x.category) - FRAMING_CATEGORIES.indexOf(y.category) ||
    compareEnglish(x.setId, y.setId)
  );
}

function articlesUsing(row: CollectionFraming): number {
  return row.uses.filter((u) => u.length > 0).length;
}
