import * as l10n from '@vscode/l10n';
import { lowerBound } from '../text/lowerBound';
import type { FramingCategory, FramingEntry, FramingOccurrence, LexiconSet, LexiconVariant, Span, TermMatch } from '../types';
import { FRAMING_CATEGORIES } from './lexicon';
import type { CompiledLexicon } from './matcher';
import { compareEnglish } from '../text/englishOrder';

/** Weight of a set that does not give one (the middle of the 1–3 scale). */
export const DEFAULT_WEIGHT = 2;

/**
 * Categories whose variants are marked choices unless the data says otherwise: a hedge
 * ("reportedly", "so-called") or a loaded word ("unprovoked", "massacre") is framing by its
 * presence, because the neutral alternative is to write nothing at all.
 */
const PRESENCE_CATEGORIES: ReadonlySet<FramingCategory> = new Set(['hedge', 'emotive']);

/**
 * Categories that name one referent the two articles share (a city, a country): any
 * difference in the spelling they use is worth showing, wherever in the article it falls.
 */
const SAME_REFERENT_CATEGORIES: ReadonlySet<FramingCategory> = new Set(['place-name', 'spelling-variant']);

/**
 * Categories where one article naming the thing several times and never the way the other
 * does is a choice even without a sentence-by-sentence match: an article that says "conflict"
 * six times and never "invasion" has avoided the word. Actor labels and reporting verbs are
 * left out: two articles usually label different people and report different statements.
 */
const AVOIDANCE_CATEGORIES: ReadonlySet<FramingCategory> = new Set(['event-label', 'territory']);

/** Uses a side needs, of the set and of the variant the other avoids, for avoidance to count. */
const AVOIDANCE_MIN_USES = 2;

/** How the caller can tell the matcher's results apart by where they occur. */
export interface FramingOptions {
  /** Count spelling variants (US/UK) as framing. Default false: they go to `spelling`. */
  readonly includeSpelling?: boolean;
  /**
   * The spans of B that tell the same content as the sentence of A at an offset (its aligned
   * sentences), empty when that sentence has no counterpart. With it, two plain labels are a
   * contrast only when they occur in corresponding content: "refugees from Sudan" in one
   * article and "migrants from Tunisia" in an unrelated sentence of the other are not two
   * names for one group. Without it, two plain labels are a contrast when the articles share
   * no variant of the set. `framingContext` builds it from an alignment.
   */
  readonly counterparts?: (startA: number) => readonly Span[];
  /**
   * Quoted spans in each article, sorted by start. A loaded word inside a quotation is the
   * speaker's, not the outlet's, and one in scare quotes is a word the outlet distances
   * itself from: either way it does not decide whether the outlet chose it (place names and
   * spellings are the outlet's own even inside quotes). Occurrences stay listed.
   */
  readonly quoted?: { readonly a: readonly Span[]; readonly b: readonly Span[] };
}

/**
 * Turns the term matches of two articles into framing entries, one per lexicon set that either
 * article uses. Only uses in the outlet's own voice decide: not those inside quotation marks
 * (see `quoted`), nor a term right after "so-called", which the outlet names only to reject.
 *
 * When is it a contrast?
 * - One article uses a marked variant (`isMarked`: "regime", "terrorists", "rubbished",
 *   "so-called") that the other does not: a loaded term only one article uses, whether or
 *   not the other names the referent at all.
 * - Both use the set, with plain variants only, and differently:
 *   - place names and spellings: whenever the sets of variants differ ("Kiev" / "Kyiv");
 *   - event and territory labels: when one article uses a variant at least twice that the
 *     other, naming the same thing at least twice, never uses ("invasion" / "conflict"), or
 *     when the two share no variant at all;
 *   - any set: when, in corresponding content (`counterparts`), each side uses a variant the
 *     other never does ("refugees" for the people the other calls "migrants"); without
 *     correspondence, when the two share no variant at all.
 * - A plain variant used by one article only is not a contrast: an article that never
 *   mentions the city made no choice between "Kiev" and "Kyiv". Nor is one article adding a
 *   plain variant the other does not use while both share the rest ("war" beside "invasion"
 *   and "conflict" in both). Those entries are listed with `contrast: false`.
 *
 * `variantsA` and `variantsB` are the variants each side uses in its own voice; `a` and `b`
 * list every use, quoted ones included. Spelling-variant sets go to `spelling` unless
 * `includeSpelling` is set. Entries are sorted by
 * salience: contrasts first, then weight, then two-sided before one-sided, then category and
 * first occurrence.
 */
export function framingEntries(
  a: readonly TermMatch[],
  b: readonly TermMatch[],
  lexicon: CompiledLexicon,
  options: FramingOptions = {}
): { framing: FramingEntry[]; spelling: FramingEntry[] } {
  const bySetA = groupBySet(a);
  const bySetB = groupBySet(b);
  const distanced = { a: distancedUses(a), b: distancedUses(b) };
  const framing: FramingEntry[] = [];
  const spelling: FramingEntry[] = [];
  for (const setId of new Set([...bySetA.keys(), ...bySetB.keys()])) {
    const set = lexicon.sets.get(setId);
    if (!set) {
      continue;
    }
    const entry = framingEntry(set, bySetA.get(setId) ?? [], bySetB.get(setId) ?? [], options, distanced);
    (set.category === 'spelling-variant' && !options.includeSpelling ? spelling : framing).push(entry);
  }
  return { framing: framing.sort(compareEntries), spelling: spelling.sort(compareEntries) };
}

/**
 * Whether using this variant is a finding by itself, without the other article using another
 * variant: what the data says, or by default every variant of a hedge or emotive set and the
 * only variant of a one-variant set. Spelling variants never are.
 */
export function isMarked(set: LexiconSet, variant: LexiconVariant): boolean {
  if (set.category === 'spelling-variant') {
    return false;
  }
  return variant.marked ?? (set.variants.length === 1 || PRESENCE_CATEGORIES.has(set.category));
}

/** One side's uses of a set, and the ones in its own voice that decide. */
interface SideUses {
  readonly all: readonly TermMatch[];
  readonly own: readonly TermMatch[];
  readonly variants: ReadonlySet<string>;
}

function framingEntry(
  set: LexiconSet,
  a: readonly TermMatch[],
  b: readonly TermMatch[],
  options: FramingOptions,
  distanced: { readonly a: ReadonlySet<TermMatch>; readonly b: ReadonlySet<TermMatch> }
): FramingEntry {
  const quotesCount = !SAME_REFERENT_CATEGORIES.has(set.category);
  const sideA = sideUses(a, quotesCount ? options.quoted?.a : undefined, distanced.a);
  const sideB = sideUses(b, quotesCount ? options.quoted?.b : undefined, distanced.b);
  const reason = contrastReason(set, sideA, sideB, options.counterparts);
  // The variants each outlet chose in its own voice: what views compare and mark.
  const variantsA = distinctVariants(sideA.own);
  const variantsB = distinctVariants(sideB.own);
  return {
    setId: set.id,
    category: set.category,
    contrast: reason !== undefined,
    a: a.map(occurrence),
    b: b.map(occurrence),
    note: noteFor(set, sideA, sideB, reason),
    explanation: set.explanation,
    source: set.source,
    variantsA,
    variantsB,
    weight: set.weight ?? DEFAULT_WEIGHT,
  };
}

function sideUses(all: readonly TermMatch[], quoted: readonly Span[] | undefined, distanced: ReadonlySet<TermMatch>): SideUses {
  const own = all.filter((m) => !distanced.has(m) && !(quoted && insideAny(quoted, m)));
  return { all, own, variants: new Set(own.map((m) => m.variantId)) };
}

/** Set of the hedge that marks the name after it as not the writer's ("so-called", "self-styled"). */
const SO_CALLED_SET = 'so-called-hedge';
/** Characters between "so-called" and the term it qualifies (a space, perhaps a quote mark). */
const SO_CALLED_GAP = 2;

/**
 * Uses that directly follow "so-called": the outlet names the term to reject it ("the
 * so-called efficiency savings"), so it is not the outlet's own choice of words. The hedge
 * itself is. Matches are sorted by start, so this is one pass.
 */
function distancedUses(matches: readonly TermMatch[]): Set<TermMatch> {
  const distanced = new Set<TermMatch>();
  for (let k = 0; k + 1 < matches.length; k++) {
    const hedge = matches[k]!;
    const next = matches[k + 1]!;
    if (hedge.setId === SO_CALLED_SET && next.start - hedge.end <= SO_CALLED_GAP) {
      distanced.add(next);
    }
  }
  return distanced;
}

/** Why the entry is a contrast (a sentence for the note, possibly empty), or undefined. */
type Reason = { readonly says: string };

function contrastReason(
  set: LexiconSet,
  a: SideUses,
  b: SideUses,
  counterparts: FramingOptions['counterparts']
): Reason | undefined {
  const onlyA = [...a.variants].filter((v) => !b.variants.has(v));
  const onlyB = [...b.variants].filter((v) => !a.variants.has(v));
  const marked = (id: string) => {
    const variant = set.variants.find((v) => v.id === id);
    return variant !== undefined && isMarked(set, variant);
  };
  if (onlyA.some(marked) || onlyB.some(marked)) {
    return { says: '' };
  }
  if (a.own.length === 0 || b.own.length === 0 || (onlyA.length === 0 && onlyB.length === 0)) {
    return undefined;
  }
  if (SAME_REFERENT_CATEGORIES.has(set.category)) {
    return { says: '' };
  }
  if (AVOIDANCE_CATEGORIES.has(set.category)) {
    const avoided = avoidance(set, a, b, onlyA, 'A', 'B') ?? avoidance(set, b, a, onlyB, 'B', 'A');
    if (avoided) {
      return avoided;
    }
    // Each article names the event only its own way ("invasion" in one, "conflict" in the
    // other, neither word in both): a choice even when the two uses fall in different sentences.
    if (onlyA.length === a.variants.size && onlyB.length === b.variants.size) {
      return { says: l10n.t('Each article names it only its own way.') };
    }
  }
  if (counterparts) {
    return correspondingChoice(a, b, counterparts) ? { says: l10n.t('The two use these words in corresponding sentences.') } : undefined;
  }
  return onlyA.length === a.variants.size && onlyB.length === b.variants.size ? { says: '' } : undefined;
}

/** A variant `user` uses repeatedly and `other`, naming the thing repeatedly too, never does. */
function avoidance(set: LexiconSet, user: SideUses, other: SideUses, only: readonly string[], userLabel: string, otherLabel: string): Reason | undefined {
  if (other.own.length < AVOIDANCE_MIN_USES) {
    return undefined;
  }
  for (const id of only) {
    const uses = user.own.filter((m) => m.variantId === id).length;
    if (uses >= AVOIDANCE_MIN_USES) {
      const term = set.variants.find((v) => v.id === id)?.terms[0] ?? id;
      return { says: l10n.t('{0} uses “{1}” {2} times; {3} names it {4} times and never so.', userLabel, term, uses, otherLabel, other.own.length) };
    }
  }
  return undefined;
}

/**
 * Whether some use in A, of a variant B never uses, has in B's corresponding content a use of
 * a variant A never uses. Linear in the uses: B's are sorted by start, so each of A's
 * counterpart spans is found by binary search.
 */
function correspondingChoice(a: SideUses, b: SideUses, counterparts: (startA: number) => readonly Span[]): boolean {
  for (const use of a.own) {
    if (b.variants.has(use.variantId)) {
      continue;
    }
    for (const span of counterparts(use.start)) {
      for (let k = firstAtOrAfter(b.own, span.start); k < b.own.length && b.own[k]!.start < span.end; k++) {
        if (!a.variants.has(b.own[k]!.variantId)) {
          return true;
        }
      }
    }
  }
  return false;
}

/**
 * The set's explanation, the note of each variant in use marked with the side that uses it
 * (`… “rubbished” (A): tabloid-strength dismissal … “denied” (B): the plain rebuttal …`), why
 * it is a contrast when that is not plain from the variants, and which uses were left to the
 * speakers quoted.
 */
function noteFor(
  set: LexiconSet,
  a: SideUses,
  b: SideUses,
  reason: Reason | undefined
): string {
  const parts = [set.explanation];
  const usedA = new Set(a.all.map((m) => m.variantId));
  const usedB = new Set(b.all.map((m) => m.variantId));
  for (const variant of set.variants) {
    const inA = usedA.has(variant.id);
    const inB = usedB.has(variant.id);
    if (inA || inB) {
      const sides = inA && inB ? l10n.t('A and B') : inA ? 'A' : 'B';
      parts.push(`“${variant.terms[0]}” (${sides}): ${variant.note}`);
    }
  }
  if (reason?.says) {
    parts.push(reason.says);
  }
  const quotedA = a.all.length - a.own.length;
  const quotedB = b.all.length - b.own.length;
  if (quotedA + quotedB > 0) {
    const where = [quotedA > 0 ? `A: ${quotedA}` : '', quotedB > 0 ? `B: ${quotedB}` : ''].filter(Boolean).join(', ');
    parts.push(l10n.t`Uses inside quotation marks or after “so-called” (${where}) are someone else's words, not the outlet's, and do not count as its choice.`);
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

/** Index of the first span starting at or after `offset` in spans sorted by start. */
function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  return lowerBound(spans, (span) => span.start < offset);
}

/** Whether a match lies inside one of the spans (sorted by start, not overlapping). */
function insideAny(spans: readonly Span[], match: Span): boolean {
  const k = firstAtOrAfter(spans, match.start + 1) - 1;
  return k >= 0 && spans[k]!.start <= match.start && match.end <= spans[k]!.end;
}

function occurrence(match: TermMatch): FramingOccurrence {
  return { text: match.text, start: match.start, end: match.end, variantId: match.variantId };
}

function compareEntries(x: FramingEntry, y: FramingEntry): number {
  return (
    Number(y.contrast) - Number(x.contrast) ||
    y.weight - x.weight ||
    Number(twoSided(y)) - Number(twoSided(x)) ||
    FRAMING_CATEGORIES.indexOf(x.category) - FRAMING_CATEGORIES.indexOf(y.category) ||
    firstStart(x.a) - firstStart(y.a) ||
    firstStart(x.b) - firstStart(y.b) ||
    compareEnglish(x.setId, y.setId)
  );
}

function twoSided(entry: FramingEntry): boolean {
  return entry.a.length > 0 && entry.b.length > 0;
}

/** Where a side first uses the set; a side that does not use it sorts last. */
function firstStart(occurrences: readonly FramingOccurrence[]): number {
  return occurrences.length > 0 ? occurrences[0]!.start : Number.MAX_SAFE_INTEGER;
}
