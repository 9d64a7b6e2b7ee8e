/**
 * Distancing: words an outlet uses while holding them at arm's length, in its own voice —
 * scare quotes (Ukraine's ‘reforms’, the “ceasefire”) and "so-called" / "self-proclaimed"
 * (the so-called special military operation) — and, across two articles, whether the other
 * one uses the same words plainly.
 */
import type { Alignment, Quote, SegmentedText, Side, TextSpan } from '../types';
import { PlainUses, phraseStems } from './plainUses';
import { scareQuotes } from './scareQuotes';
import { soCalledMarkers } from './soCalled';

/** A marked phrase: with its quote marks, or "so-called special military operation". */
export interface DistancingMarker extends TextSpan {
  /** 'so-called' covers self-styled, self-proclaimed, self-declared and self-appointed too. */
  readonly kind: 'scare-quote' | 'so-called';
  readonly sentence: number;
  /** The words distanced from, without marks: "reforms", "special military operation". */
  readonly phrase: TextSpan;
}

/**
 * The distancing markers of one article, in text order. `quotes` are the article's quotes
 * as `findQuotes` returns them: a quote with a speaker or a reporting verb is somebody's
 * words and never a scare quote. "so-called “experts”" is one marker of kind 'so-called'
 * spanning both the qualifier and the quoted word.
 */
export function distancingMarkers(doc: SegmentedText, quotes: readonly Quote[]): DistancingMarker[] {
  const markers = [...soCalledMarkers(doc, quotes), ...scareQuotes(doc, quotes)];
  return markers.sort((x, y) => x.start - y.start);
}

export interface DistancingFinding {
  /** The article that distances itself. */
  readonly side: Side;
  readonly marker: DistancingMarker;
  /**
   * The same words used plainly (unquoted, without so-called) in the other article: in the
   * corresponding sentence when one exists, else the first plain use anywhere.
   */
  readonly counterpart?: TextSpan;
}

/**
 * Every distancing marker of either article (A's first, then B's, each in text order), with
 * the other article's plain use of the same words where it has one. Words match by stem
 * ("reform" meets "reforms"), in order, within one sentence.
 */
export function distancingFindings(
  a: SegmentedText,
  b: SegmentedText,
  quotesA: readonly Quote[],
  quotesB: readonly Quote[],
  alignment: Alignment
): DistancingFinding[] {
  const markersA = distancingMarkers(a, quotesA);
  const markersB = distancingMarkers(b, quotesB);
  const findings: DistancingFinding[] = [];
  const collect = (side: Side, doc: SegmentedText, markers: readonly DistancingMarker[], other: () => PlainUses) => {
    const counterparts = correspondingSentences(alignment, side);
    for (const marker of markers) {
      const preferred = counterparts.get(marker.sentence) ?? NONE;
      const counterpart = other().find(phraseStems(doc, marker.phrase), preferred);
      findings.push({ side, marker, ...(counterpart && { counterpart }) });
    }
  };
  collect('a', a, markersA, once(() => new PlainUses(b, quotesB, markersB)));
  collect('b', b, markersB, once(() => new PlainUses(a, quotesA, markersA)));
  return findings;
}

const NONE: ReadonlySet<number> = new Set();

/** For each sentence of `side`, the sentences of the other article it is aligned with. */
function correspondingSentences(alignment: Alignment, side: Side): Map<number, Set<number>> {
  const map = new Map<number, Set<number>>();
  for (const pair of alignment.pairs) {
    const [own, other] = side === 'a' ? [pair.a, pair.b] : [pair.b, pair.a];
    for (const s of own) {
      const set = map.get(s) ?? new Set<number>();
      other.forEach((o) => set.add(o));
      map.set(s, set);
    }
  }
  return map;
}

/** The other article's index is built only when this article has a marker to look up. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
