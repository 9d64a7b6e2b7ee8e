import type { SegmentedText } from '../types';
import { STOPWORDS, normalizeWord } from '../text/normalize';
import { capitalisedRuns, trimToName } from '../substitutions/nameRuns';
import { lowercaseNorms } from '../substitutions/nameVariants';
import { COMMON, CONNECTORS, TITLES, differsOnlyBySuffix, isCommonCapitalised, isInitial, letterCount } from '../substitutions/nameWords';
import { isNameVariant, soundKey } from '../substitutions/transliteration';

/** A proper name found in the texts, with the sentences of each article that mention it. */
export interface DiscoveredName {
  readonly name: string;
  readonly sentences: readonly [Set<number>, Set<number>];
  readonly occurrences: number;
}

interface Occurrence {
  readonly doc: 0 | 1;
  readonly sentence: number;
  /** The name's identifying words, normalised: "paul ryan" for "Paul D. Ryan". */
  readonly parts: readonly string[];
  readonly surface: string;
  /** Words as written, initials and connectors included: the fuller form names the actor. */
  readonly length: number;
  /** Whether its first word starts a sentence (so its capital proves nothing). */
  readonly initial: boolean;
  /** Its group: a single word, or the first and last of several (see `discoverNames`). */
  readonly group: string;
}

interface Group {
  readonly surfaces: Map<string, { count: number; length: number }>;
  readonly sentences: [Set<number>, Set<number>];
  count: number;
  evidence: boolean;
}

/**
 * Proper names the seed table does not know: capitalised multi-word names, and capitalised
 * single words not at the start of a sentence, occurring at least twice across the two
 * articles. Every way of naming one person is one actor, named by its fullest form: "Paul D.
 * Ryan", "Paul Ryan", "Speaker Ryan", "Mr. Ryan" and "Ryan" alone are all Paul D. Ryan. A
 * surname or given name alone counts as the one full name it belongs to, if there is one.
 * Titles, initials and party-state tags ("R-Texas") are never actors of their own.
 */
export function discoverNames(
  docs: readonly [SegmentedText, SegmentedText],
  covered: readonly [Set<number>, Set<number>]
): DiscoveredName[] {
  const [lowerA, lowerB] = [lowercaseNorms(docs[0]), lowercaseNorms(docs[1])];
  // Asked of the same few thousand words again and again, so answered once per word.
  const common = new Map<string, boolean>();
  const isCommon = (norm: string) => {
    let answer = common.get(norm);
    if (answer === undefined) {
      answer =
        COMMON.has(norm) || (norm.endsWith('s') && COMMON.has(norm.slice(0, -1))) || STOPWORDS.has(norm) || lowerA.has(norm) || lowerB.has(norm);
      common.set(norm, answer);
    }
    return answer;
  };

  // Multi-word names with the same first and last word are one person ("Mumtaz Baloch",
  // "Mumtaz Zahra Baloch"); single words resolve to the one such person they start or end
  // (below).
  const groupOf = (parts: readonly string[]) => (parts.length === 1 ? parts[0]! : `${parts[0]} ${parts[parts.length - 1]}`);
  const occurrences: Occurrence[] = [];
  docs.forEach((doc, d) => {
    for (const run of capitalisedRuns(doc, covered[d]!)) {
      const name = trimToName(doc, run, isCommon);
      if (!name) {
        continue;
      }
      const first = name.words[0]!;
      const last = name.words[name.words.length - 1]!;
      const parts = name.parts.map((w) => w.norm);
      occurrences.push({
        doc: d as 0 | 1,
        sentence: first.sentence,
        parts,
        surface: withoutPossessive(doc.text.slice(first.start, last.end)),
        length: name.words.length,
        initial: name.initial,
        group: groupOf(parts),
      });
    }
  });

  const partOf = new Map<string, string | null>();
  for (const o of occurrences) {
    if (o.parts.length < 2) continue;
    const key = o.group;
    for (const part of [o.parts[0]!, o.parts[o.parts.length - 1]!]) {
      if (!isCommon(part) && !TITLES.has(part)) {
        const existing = partOf.get(part);
        partOf.set(part, existing === undefined || existing === key ? key : null);
      }
    }
  }

  const groups = new Map<string, Group>();
  for (const o of occurrences) {
    const own = o.group;
    const key = o.parts.length === 1 ? partOf.get(own) ?? own : own;
    const group = groups.get(key) ?? { surfaces: new Map(), sentences: [new Set<number>(), new Set<number>()], count: 0, evidence: false };
    group.count++;
    group.sentences[o.doc].add(o.sentence);
    // A single word is a name only if it is capitalised somewhere a capital is not required.
    group.evidence ||= o.parts.length > 1 || !o.initial || key !== own;
    if (key === own) {
      const seen = group.surfaces.get(o.surface);
      group.surfaces.set(o.surface, { count: (seen?.count ?? 0) + 1, length: o.length });
    }
    groups.set(key, group);
  }

  const names: DiscoveredName[] = [];
  for (const [key, group] of groups) {
    const isSingle = !key.includes(' ');
    if (!group.evidence || (isSingle && (isCommon(key) || TITLES.has(key) || isInitial(key) || letterCount(key) < 2))) {
      continue;
    }
    names.push({ name: fullestSurface(group) ?? key, sentences: group.sentences, occurrences: group.count });
  }
  return mergeSpellings(names, isCommon).filter((n) => n.occurrences >= 2);
}

/**
 * One name spelled two ways across the articles ("Odesa" in A, "Odessa" in B; "Mykola
 * Hrytsenko" in A, "Nikolai Gritsenko" in B) is one actor, named "Odesa / Odessa", so the
 * panel compares the tone towards it instead of listing two half-empty rows (or none, when
 * each article names it once). Only names each article uses alone are candidates, bucketed
 * by word count and the sound of their last word, so this stays cheap on long texts.
 */
function mergeSpellings(names: readonly DiscoveredName[], isCommon: (norm: string) => boolean): DiscoveredName[] {
  const onlyIn = (n: DiscoveredName, side: 0 | 1) => n.sentences[side].size > 0 && n.sentences[1 - side]!.size === 0;
  const onlyB = new Map<string, DiscoveredName[]>();
  for (const n of names) {
    if (onlyIn(n, 1)) {
      const key = bucketKey(n.name);
      onlyB.set(key, [...(onlyB.get(key) ?? []), n]);
    }
  }
  const merged = new Set<DiscoveredName>();
  const result: DiscoveredName[] = [];
  for (const n of names) {
    if (merged.has(n)) continue;
    const other = onlyIn(n, 0) ? onlyB.get(bucketKey(n.name))?.find((c) => !merged.has(c) && areVariants(nameParts(n.name), nameParts(c.name), isCommon)) : undefined;
    if (other) {
      merged.add(other);
      result.push({ name: `${n.name} / ${other.name}`, sentences: [n.sentences[0], other.sentences[1]], occurrences: n.occurrences + other.occurrences });
    } else {
      result.push(n);
    }
  }
  return result;
}

/** The words of a name that identify it ("Paul D. Ryan" → paul, ryan). */
function nameParts(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => !isInitial(w.replace(/\.$/, '')) && !CONNECTORS.has(w.toLowerCase()))
    .map(normalizeWord);
}

function bucketKey(name: string): string {
  const parts = nameParts(name);
  return `${parts.length} ${soundKey(parts[parts.length - 1] ?? '')}`;
}

/** Word for word one name spelled two ways, and no differing word ordinary English. */
function areVariants(a: readonly string[], b: readonly string[], isCommon: (norm: string) => boolean): boolean {
  const plain = (x: string) => !isCommon(x) && !isCommonCapitalised(x);
  return isNameVariant(a, b) && a.every((x, i) => x === b[i] || (plain(x) && plain(b[i]!) && !differsOnlyBySuffix(x, b[i]!)));
}

/** The fullest way the texts write the name (most words), then the most used, then the longest. */
function fullestSurface(group: Group): string | undefined {
  let best: [string, { count: number; length: number }] | undefined;
  for (const entry of group.surfaces) {
    const [surface, { count, length }] = entry;
    if (
      !best ||
      length > best[1].length ||
      (length === best[1].length && (count > best[1].count || (count === best[1].count && surface.length > best[0].length)))
    ) {
      best = entry;
    }
  }
  return best?.[0];
}

/** A name as written without a final possessive "'s" or "’s". */
function withoutPossessive(surface: string): string {
  const n = surface.length;
  if (n >= 2 && surface.charCodeAt(n - 1) === 0x73 && (surface.charCodeAt(n - 2) === 0x27 || surface.charCodeAt(n - 2) === 0x2019)) {
    return surface.slice(0, -2);
  }
  return surface;
}
