import type {
  AlignedPair,
  CollectionFraming,
  CollectionUse,
  FramingCategory,
  FramingEntry,
  FramingOccurrence,
  LeftOutText,
  LoadedTerm,
  Report,
  SentenceRef,
  Side,
  Span,
  Substitution,
  WordDiff,
} from '../types';
import { lowerBound } from '../text/lowerBound';

/** Framing categories that get their own highlight (spelling variants are shown apart). */
export type HighlightCategory = Exclude<FramingCategory, 'spelling-variant'>;

/**
 * What a highlight marks. Each kind is drawn one way in the editor (one decoration type),
 * so a user learns one look per kind.
 */
export type HighlightKind =
  | 'onlyInA'
  | 'onlyInB'
  | 'moved'
  | 'wordReplaced'
  | 'wordInserted'
  | 'wordDeleted'
  | 'spelling'
  | 'loaded'
  | 'leftOut'
  | `framing:${HighlightCategory}`;

/** The report record a highlight comes from, so a hover can explain it without searching. */
export type HighlightSource =
  | { readonly type: 'onlyIn'; readonly sentence: SentenceRef }
  | { readonly type: 'moved'; readonly pair: AlignedPair }
  | { readonly type: 'wordDiff'; readonly pair: AlignedPair; readonly diff: WordDiff; readonly change?: Substitution }
  | { readonly type: 'framing'; readonly entry: FramingEntry; readonly occurrence: FramingOccurrence }
  | { readonly type: 'nameVariant'; readonly change: Substitution }
  | { readonly type: 'spelling'; readonly entry?: FramingEntry; readonly change?: Substitution }
  | { readonly type: 'loaded'; readonly term: LoadedTerm }
  /** Text reading the file left out of the analysis (page furniture, an appended article). */
  | { readonly type: 'leftOut'; readonly run: LeftOutText }
  /** A framing set some outlets of a collection word differently, used here (see `collectionHighlights`). */
  | { readonly type: 'outlets'; readonly row: CollectionFraming; readonly use: CollectionUse };

export interface Highlight extends Span {
  readonly kind: HighlightKind;
  readonly source: HighlightSource;
}

/** Which highlights to produce; mirrors the `framingLens.highlight.*` settings. */
export interface HighlightOptions {
  readonly categories: ReadonlySet<FramingCategory>;
  readonly wordDifferences: boolean;
  readonly oneSidedContent: boolean;
  readonly spellingVariants: boolean;
  /** Quiet marks on loaded words with no counterpart; on unless switched off. */
  readonly loadedLanguage?: boolean;
}

export type SideHighlights = { readonly a: readonly Highlight[]; readonly b: readonly Highlight[] };

/** Every kind in drawing order (backgrounds first, underlines last). */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'leftOut',
  'onlyInA',
  'onlyInB',
  'moved',
  'wordReplaced',
  'wordInserted',
  'wordDeleted',
  'framing:place-name',
  'framing:reporting-verb',
  'framing:event-label',
  'framing:actor-label',
  'framing:territory',
  'framing:hedge',
  'framing:emotive',
  'framing:agency',
  'framing:distancing',
  'loaded',
  'spelling',
];

/**
 * Below this similarity a pair is a loose correspondence (the same fact told in other words),
 * and its unexplained word differences are left to the report rather than painted.
 */
export const CLEAR_PAIR_SIMILARITY = 0.45;

/**
 * The highlights of both articles, computed from the report alone: nothing is marked that the
 * engine did not report. Kept sparse on purpose, so near-identical articles show a handful of
 * precise marks rather than a wall of colour:
 * - a reworded sentence is not painted as a whole, only its changed words;
 * - identical sentences get nothing, moved ones a quiet mark;
 * - framing sets mark only the variants the other article does not use (if both say "said"
 *   and only A says "alleged", only "alleged" is marked);
 * - a replaced word that is only a spelling variant (defense/defence) gets the quiet spelling
 *   mark instead of a loud replacement.
 * Each list is sorted by start offset.
 */
export function highlights(report: Report, options: HighlightOptions): SideHighlights {
  const a: Highlight[] = [];
  const b: Highlight[] = [];
  const push = (side: Side, kind: HighlightKind, span: Span, source: HighlightSource, text: string): void => {
    const trimmed = trimSpan(text, span);
    if (trimmed) {
      (side === 'a' ? a : b).push({ kind, start: trimmed.start, end: trimmed.end, source });
    }
  };
  const textA = articleTextLookup(report, 'a');
  const textB = articleTextLookup(report, 'b');

  if (options.oneSidedContent) {
    for (const sentence of report.onlyInA) push('a', 'onlyInA', sentence, { type: 'onlyIn', sentence }, sentence.text);
    for (const sentence of report.onlyInB) push('b', 'onlyInB', sentence, { type: 'onlyIn', sentence }, sentence.text);
    for (const pair of report.pairs) {
      if (!pair.moved) continue;
      push('a', 'moved', pair.aSpan, { type: 'moved', pair }, textA(pair.aSpan));
      push('b', 'moved', pair.bSpan, { type: 'moved', pair }, textB(pair.bSpan));
    }
  }

  const changes = changesBySpans(report.changes);
  const changesByText = new Map<string, Substitution>();
  for (const change of report.changes) if (change.pairId && !changesByText.has(textKey(change.a.text, change.b.text))) changesByText.set(textKey(change.a.text, change.b.text), change);
  const spellingMarked = { a: new Set<string>(), b: new Set<string>() };
  const markSpelling = (side: Side, span: Span, text: string, source: HighlightSource): void => {
    const key = `${span.start}:${span.end}`;
    if (!options.spellingVariants || spellingMarked[side].has(key)) return;
    spellingMarked[side].add(key);
    push(side, 'spelling', span, source, text);
  };

  for (const pair of report.pairs) {
    for (const diff of pair.diffs) {
      // A wording pair the engine lists once (its first occurrence) explains its repeats too.
      const change = changes.get(spansKey(diff.a, diff.b)) ?? changesByText.get(textKey(diff.a.text, diff.b.text));
      if (diff.kind === 'replaced' && change?.category === 'spelling-variant') {
        markSpelling('a', diff.a, diff.a.text, { type: 'spelling', change });
        markSpelling('b', diff.b, diff.b.text, { type: 'spelling', change });
        continue;
      }
      if (!options.wordDifferences) continue;
      // In a loosely corresponding pair the word diff pairs up unrelated fragments: painting
      // them is a wall of colour that says nothing. Only explained changes are shown there.
      if (pair.similarity < CLEAR_PAIR_SIMILARITY && !change) continue;
      const source: HighlightSource = change ? { type: 'wordDiff', pair, diff, change } : { type: 'wordDiff', pair, diff };
      if (diff.kind === 'replaced') {
        push('a', 'wordReplaced', diff.a, source, diff.a.text);
        push('b', 'wordReplaced', diff.b, source, diff.b.text);
      } else if (diff.kind === 'deleted') {
        push('a', 'wordDeleted', diff.a, source, diff.a.text);
      } else {
        push('b', 'wordInserted', diff.b, source, diff.b.text);
      }
    }
  }

  for (const entry of report.framing) {
    if (!entry.contrast || entry.category === 'spelling-variant' || !options.categories.has(entry.category)) continue;
    const kind: HighlightKind = `framing:${entry.category}`;
    for (const occurrence of distinctive(entry.a, entry.variantsB)) push('a', kind, occurrence, { type: 'framing', entry, occurrence }, occurrence.text);
    for (const occurrence of distinctive(entry.b, entry.variantsA)) push('b', kind, occurrence, { type: 'framing', entry, occurrence }, occurrence.text);
  }

  // The same name spelled two ways across the articles (Kharkov/Kharkiv), found by the engine
  // rather than the lexicon: a place-name contrast unless the lexicon already marks it.
  if (options.categories.has('place-name')) {
    for (const change of report.changes) {
      if (change.category !== 'transliteration') continue;
      if (!covered(a, change.a)) push('a', 'framing:place-name', change.a, { type: 'nameVariant', change }, change.a.text);
      if (!covered(b, change.b)) push('b', 'framing:place-name', change.b, { type: 'nameVariant', change }, change.b.text);
    }
  }

  // With `countSpellingAsFraming` the engine lists spelling sets under framing; they keep their quiet look.
  // Only sets the two articles spell differently: "defense" in both, or in one only, is no variant.
  const spellingEntries = [...report.spelling, ...report.framing.filter((f) => f.category === 'spelling-variant')].filter((f) => f.contrast);
  for (const entry of spellingEntries) {
    for (const occurrence of distinctive(entry.a, entry.variantsB)) markSpelling('a', occurrence, occurrence.text, { type: 'spelling', entry });
    for (const occurrence of distinctive(entry.b, entry.variantsA)) markSpelling('b', occurrence, occurrence.text, { type: 'spelling', entry });
  }
  for (const change of report.changes) {
    if (change.category !== 'spelling-variant') continue;
    markSpelling('a', change.a, change.a.text, { type: 'spelling', change });
    markSpelling('b', change.b, change.b.text, { type: 'spelling', change });
  }

  // Loaded words are marked quietly, and only where no framing mark already explains the word.
  if (options.loadedLanguage !== false) {
    for (const side of ['a', 'b'] as const) {
      const list = side === 'a' ? a : b;
      for (const term of report.loaded[side]) {
        if (!list.some((h) => h.kind.startsWith('framing:') && h.start < term.end && term.start < h.end)) push(side, 'loaded', term, { type: 'loaded', term }, term.text);
      }
    }
  }

  // Left-out text is always dimmed, whatever is switched off: the reader must see what was not read.
  for (const side of ['a', 'b'] as const) for (const run of report.excluded?.[side] ?? []) push(side, 'leftOut', run, { type: 'leftOut', run }, run.text);

  const byStart = (x: Highlight, y: Highlight) => x.start - y.start || y.end - x.end;
  return { a: a.sort(byStart), b: b.sort(byStart) };
}

/**
 * The highlights under the character at `offset` (start ≤ offset < end). With `touching`,
 * a highlight that ends right at `offset` counts too (a cursor just after a word).
 */
export function highlightsAt(list: readonly Highlight[], offset: number, touching = false): Highlight[] {
  const hits: Highlight[] = [];
  for (const h of list) {
    if (h.start > offset) break;
    if (offset < h.end || (touching && offset === h.end)) hits.push(h);
  }
  return hits;
}

/** Occurrences whose variant the other article does not use; all of them if that leaves none. */
function distinctive(occurrences: readonly FramingOccurrence[], otherVariants: readonly string[]): readonly FramingOccurrence[] {
  const own = occurrences.filter((o) => !otherVariants.includes(o.variantId));
  return own.length > 0 ? own : otherVariants.length === 0 ? occurrences : [];
}

function covered(list: readonly Highlight[], span: Span): boolean {
  return list.some((h) => h.kind.startsWith('framing:') && h.start <= span.start && span.end <= h.end);
}

/** Shrinks a span to its non-blank content; undefined when nothing is left. */
function trimSpan(text: string, span: Span): Span | undefined {
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  const start = span.start + lead;
  const end = span.end - trail;
  return end > start ? { start, end } : undefined;
}

function spansKey(a: Span, b: Span): string {
  return `${a.start}:${a.end}|${b.start}:${b.end}`;
}

function textKey(a: string, b: string): string {
  return `${a.trim().toLowerCase()}|${b.trim().toLowerCase()}`;
}

function changesBySpans(changes: readonly Substitution[]): Map<string, Substitution> {
  const map = new Map<string, Substitution>();
  for (const change of changes) if (change.pairId) map.set(spansKey(change.a, change.b), change);
  return map;
}

/**
 * Text of a span of one article, rebuilt from the report's sentences (the report carries every
 * sentence's text, not the whole article). Only used to trim blank ends, so gaps between
 * sentences (spaces) may be approximated by spaces.
 */
function articleTextLookup(report: Report, side: Side): (span: Span) => string {
  const sentences = report.sentences[side];
  return (span) => {
    let text = '';
    let cursor = span.start;
    // Sentences are in text order: start at the first one that ends after the span starts.
    for (let i = lowerBound(sentences, (sentence) => sentence.end <= span.start); i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.start >= span.end) break;
      const from = Math.max(s.start, span.start);
      text += ' '.repeat(Math.max(0, from - cursor)) + s.text.slice(from - s.start, Math.min(s.end, span.end) - s.start);
      cursor = Math.min(s.end, span.end);
    }
    return text + ' '.repeat(Math.max(0, span.end - cursor));
  };
}
