import type { FramingCategory, FramingEntry, FramingOccurrence, LexiconSet, TermMatch } from '../types';
import { FRAMING_CATEGORIES } from './lexicon';
import type { CompiledLexicon } from './matcher';

/** Weight of a set that does not give one (the middle of the 1–3 scale). */
export const DEFAULT_WEIGHT = 2;

/**
 * Categories whose variants are all marked choices: a hedge ("reportedly", "so-called") or a
 * loaded word ("unprovoked", "massacre") is framing by its presence, because the neutral
 * alternative is to write nothing at all.
 */
const PRESENCE_CATEGORIES: ReadonlySet<FramingCategory> = new Set(['hedge', 'emotive']);

/**
 * Turns the term matches of two articles into framing entries, one per lexicon set that either
 * article uses.
 *
 * When is it a contrast?
 * - Both articles use the set: when they use different variants (compared as sets of
 *   variant ids: A "rubbished" + "rejected" against B "denied" is a contrast; both saying
 *   "Kyiv" is not).
 * - Only one article uses it: a contrast only when the set is framing by presence — a
 *   one-variant loaded term, or a hedge or emotive set. For naming sets (place names, labels,
 *   reporting verbs) silence is not a choice: an article that never mentions the city made no
 *   choice between "Kiev" and "Kyiv", and saying it did would be indefensible. Those entries
 *   are still listed, with the other side empty and `contrast: false`.
 *
 * Spelling-variant sets go to `spelling` unless `includeSpelling` is set. Entries are sorted
 * contrasts first, then by weight (highest first), category, and first occurrence.
 */
export function framingEntries(
  a: readonly TermMatch[],
  b: readonly TermMatch[],
  lexicon: CompiledLexicon,
  options: { includeSpelling?: boolean } = {}
): { framing: FramingEntry[]; spelling: FramingEntry[] } {
  const bySetA = groupBySet(a);
  const bySetB = groupBySet(b);
  const framing: FramingEntry[] = [];
  const spelling: FramingEntry[] = [];
  for (const setId of new Set([...bySetA.keys(), ...bySetB.keys()])) {
    const set = lexicon.sets.get(setId);
    if (!set) {
      continue;
    }
    const entry = framingEntry(set, bySetA.get(setId) ?? [], bySetB.get(setId) ?? []);
    (set.category === 'spelling-variant' && !options.includeSpelling ? spelling : framing).push(entry);
  }
  return { framing: framing.sort(compareEntries), spelling: spelling.sort(compareEntries) };
}

/** Whether one article using a set, and the other not at all, is itself a contrast. */
export function isPresenceFraming(set: LexiconSet): boolean {
  return set.variants.length === 1 || PRESENCE_CATEGORIES.has(set.category);
}

function framingEntry(set: LexiconSet, a: readonly TermMatch[], b: readonly TermMatch[]): FramingEntry {
  const variantsA = distinctVariants(a);
  const variantsB = distinctVariants(b);
  const contrast =
    a.length > 0 && b.length > 0 ? !sameMembers(variantsA, variantsB) : isPresenceFraming(set);
  return {
    setId: set.id,
    category: set.category,
    contrast,
    a: a.map(occurrence),
    b: b.map(occurrence),
    note: noteFor(set, variantsA, variantsB),
    explanation: set.explanation,
    source: set.source,
    variantsA,
    variantsB,
    weight: set.weight ?? DEFAULT_WEIGHT,
  };
}

/**
 * The set's explanation followed by the note of each variant in use, marked with the side that
 * uses it: `… “rubbished” (A): tabloid-strength dismissal … “denied” (B): the plain rebuttal …`.
 */
function noteFor(set: LexiconSet, variantsA: readonly string[], variantsB: readonly string[]): string {
  const parts = [set.explanation];
  for (const variant of set.variants) {
    const inA = variantsA.includes(variant.id);
    const inB = variantsB.includes(variant.id);
    if (inA || inB) {
      const sides = inA && inB ? 'A and B' : inA ? 'A' : 'B';
      parts.push(`“${variant.terms[0]}” (${sides}): ${variant.note}`);
    }
  }
  return parts.join(' ');
}

function groupBySet(matches: readonly TermMatch[]): Map<string, TermMatch[]> {
  const groups = new Map<string, TermMatch[]>();
  for (const match of matches) {
    const group = groups.get(match.setId);
    if (group) {
      group.push(match);
    } else {
      groups.set(match.setId, [match]);
    }
  }
  return groups;
}

function distinctVariants(matches: readonly TermMatch[]): string[] {
  return [...new Set(matches.map((m) => m.variantId))];
}

function sameMembers(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((id) => y.includes(id));
}

function occurrence(match: TermMatch): FramingOccurrence {
  return { text: match.text, start: match.start, end: match.end, variantId: match.variantId };
}

function compareEntries(x: FramingEntry, y: FramingEntry): number {
  return (
    Number(y.contrast) - Number(x.contrast) ||
    y.weight - x.weight ||
    FRAMING_CATEGORIES.indexOf(x.category) - FRAMING_CATEGORIES.indexOf(y.category) ||
    firstStart(x.a) - firstStart(y.a) ||
    firstStart(x.b) - firstStart(y.b) ||
    x.setId.localeCompare(y.setId)
  );
}

/** Where a side first uses the set; a side that does not use it sorts last. */
function firstStart(occurrences: readonly FramingOccurrence[]): number {
  return occurrences.length > 0 ? occurrences[0]!.start : Number.MAX_SAFE_INTEGER;
}
