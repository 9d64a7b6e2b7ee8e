/**
 * Scores one report against one evaluation pair (see test/fixtures/eval/README.md): which
 * expected contrasts it finds (recall), which of its findings an analyst would accept
 * (precision), and which must-not cases it keeps clean.
 */
import type { ExclusionReason } from '../../src/core/extract/types';
import type { ArticleFormat } from '../../src/core/text/maskMarkup';
import type { FramingEntry, LeftOutText, LoadedTerm, Report, Side, Span, TextSpan } from '../../src/core/types';

export const CAPABILITIES = [
  'lexicon',
  'agency',
  'distancing',
  'loaded',
  'alignment',
  'segmentation',
  'attribution',
  'names',
  'actors',
  'wording',
  'warning',
  'reading',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** One item of `expect`, `allow` or `mustNot`; which fields count depends on the capability. */
export interface EvalItem {
  readonly capability: Capability | 'any';
  readonly side?: Side;
  readonly a?: string;
  readonly b?: string;
  readonly text?: string;
  readonly contains?: boolean;
  readonly agent?: string;
  readonly agentless?: string;
  readonly sentence?: string;
  readonly quote?: string;
  readonly speaker?: string;
  readonly verb?: string;
  readonly actor?: string;
  readonly aliases?: readonly string[];
  /** `reading`: why the run is left out (checked when given). */
  readonly reason?: ExclusionReason;
  readonly note?: string;
}

export interface EvalPair {
  readonly id: string;
  readonly topic: string;
  readonly a: string;
  readonly b: string;
  /** How each article is read (an HTML page, a Markdown file); plain text when absent. */
  readonly formatA?: ArticleFormat;
  readonly formatB?: ArticleFormat;
  readonly expect: readonly EvalItem[];
  readonly allow?: readonly EvalItem[];
  readonly mustNot?: readonly EvalItem[];
}

/** A finding the engine made, reduced to what precision is judged on. */
interface Finding {
  readonly capability: Capability;
  readonly label: string;
  readonly matches: (item: EvalItem) => boolean;
}

export interface ItemResult {
  readonly item: EvalItem;
  readonly ok: boolean;
}

export interface PairResult {
  readonly id: string;
  readonly expected: readonly ItemResult[];
  readonly mustNot: readonly ItemResult[];
  /** Findings per capability, and the ones no `expect` or `allow` item accounts for. */
  readonly findings: Readonly<Record<string, { total: number; unexpected: string[] }>>;
}

/** Capabilities whose findings are judged for precision (the others are checks, not findings). */
const JUDGED: readonly Capability[] = ['lexicon', 'agency', 'distancing', 'loaded', 'alignment', 'names', 'wording', 'reading'];

/** Every reason a run may be left out for, so that a misspelt `reason` fails the check instead of every match. */
const REASONS: Readonly<Record<ExclusionReason, true>> = {
  'page-title': true,
  navigation: true,
  banner: true,
  'share-bar': true,
  'related-links': true,
  caption: true,
  footer: true,
  'page-furniture': true,
  'not-main-content': true,
  'appended-article': true,
  code: true,
  'front-matter': true,
  'link-definition': true,
};
const FORMATS: readonly ArticleFormat[] = ['text', 'html', 'markdown'];

const eq = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();
const has = (x: string, y: string) => x.toLowerCase().includes(y.toLowerCase());
const fits = (text: string, wanted: string | undefined, item: EvalItem) => wanted === undefined || (item.contains ? has(text, wanted) : eq(text, wanted));

/** Every string an item names must occur in the article it refers to: a typo must not pass as "not found". */
export function checkPair(pair: EvalPair): string[] {
  const problems: string[] = [];
  const article = (side: Side) => (side === 'a' ? pair.a : pair.b);
  const need = (where: string, side: Side, value: string | undefined) => {
    if (value !== undefined && !has(article(side), value)) problems.push(`${pair.id}: ${where} "${value}" is not in article ${side.toUpperCase()}`);
  };
  const lists: Array<[string, readonly EvalItem[]]> = [['expect', pair.expect], ['allow', pair.allow ?? []], ['mustNot', pair.mustNot ?? []]];
  for (const [list, items] of lists) {
    for (const item of items) {
      if (item.capability !== 'any' && !CAPABILITIES.includes(item.capability)) problems.push(`${pair.id}: unknown capability ${item.capability}`);
      if (item.capability === 'reading' && (item.side === undefined || item.text === undefined)) problems.push(`${pair.id}: ${list} reading item needs a side and a text`);
      if (item.reason !== undefined && !Object.hasOwn(REASONS, item.reason)) problems.push(`${pair.id}: unknown reason ${item.reason}`);
      need(`${list} a`, 'a', item.a);
      need(`${list} b`, 'b', item.b);
      if (item.side) {
        for (const value of [item.text, item.sentence, item.quote, item.speaker, item.agent]) need(`${list} ${item.capability}`, item.side, value);
        if (item.agentless) need(`${list} agentless`, item.side === 'a' ? 'b' : 'a', item.agentless);
      }
    }
  }
  for (const format of [pair.formatA, pair.formatB]) {
    if (format !== undefined && !FORMATS.includes(format)) problems.push(`${pair.id}: unknown format ${format}`);
  }
  return problems;
}

export function evaluatePair(pair: EvalPair, report: Report): PairResult {
  const findings = findingsOf(report);
  const expected = pair.expect.map((item) => ({ item, ok: expectedFound(item, report, findings) }));
  const mustNot = (pair.mustNot ?? []).map((item) => ({ item, ok: mustNotClean(item, report, pair) }));
  const accepted = [...pair.expect, ...(pair.allow ?? [])];
  const judged: Record<string, { total: number; unexpected: string[] }> = {};
  for (const capability of JUDGED) judged[capability] = { total: 0, unexpected: [] };
  for (const finding of findings) {
    const slot = judged[finding.capability]!;
    slot.total++;
    if (!accepted.some((item) => accepts(item, finding))) slot.unexpected.push(finding.label);
  }
  return { id: pair.id, expected, mustNot, findings: judged };
}

/** Whether an expected or allowed item accounts for a finding. */
function accepts(item: EvalItem, finding: Finding): boolean {
  if (item.capability === finding.capability) return finding.matches(item);
  // A loaded word the lexicon lists is flagged as a one-sided lexicon entry (see `loaded` below).
  return item.capability === 'loaded' && finding.capability === 'lexicon' && item.text !== undefined && finding.matches({ ...item, [item.side ?? 'a']: item.text });
}

// ---------------------------------------------------------------------------------------
// What the report found, capability by capability
// ---------------------------------------------------------------------------------------

const ENGINE_CATEGORIES = new Set(['agency', 'distancing']);

function findingsOf(report: Report): Finding[] {
  const out: Finding[] = [];
  for (const entry of report.framing) {
    if (!entry.contrast) continue;
    if (entry.category === 'agency') out.push(agencyFinding(entry));
    else if (entry.category === 'distancing') out.push(...distancingFindings(entry));
    else out.push(lexiconFinding(entry));
  }
  for (const side of ['a', 'b'] as const) {
    for (const term of loadedOf(report, side)) {
      out.push({ capability: 'loaded', label: `${side}: ${term.text}`, matches: (i) => i.side === side && fits(term.text, i.text, i) });
    }
  }
  const sentenceText = (side: Side, indices: readonly number[]) => indices.map((k) => report.sentences[side][k]?.text ?? '');
  for (const pair of report.pairs) {
    const textsA = sentenceText('a', pair.a);
    const textsB = sentenceText('b', pair.b);
    out.push({
      capability: 'alignment',
      label: `${short(textsA.join(' '))} ⟷ ${short(textsB.join(' '))}`,
      matches: (i) => i.a !== undefined && i.b !== undefined && textsA.some((t) => has(t, i.a!)) && textsB.some((t) => has(t, i.b!)),
    });
  }
  for (const change of report.changes) {
    if (change.category === 'spelling-variant') continue;
    const capability: Capability = change.category === 'transliteration' ? 'names' : 'wording';
    out.push({
      capability,
      label: `${change.a.text} → ${change.b.text}`,
      matches: (i) => fits(change.a.text, i.a, i) && fits(change.b.text, i.b, i),
    });
  }
  for (const side of ['a', 'b'] as const) {
    for (const run of report.excluded[side]) {
      const words = shownWords(run);
      out.push({
        capability: 'reading',
        label: `${side}: ${run.reason}: ${short(words)}`,
        matches: (i) => i.side === side && fits(words, i.text, i) && (i.reason === undefined || i.reason === run.reason),
      });
    }
  }
  return out;
}

/** What a reader sees of a left-out run: the visible words of markup, every run of white space one space. */
function shownWords(run: LeftOutText): string {
  return (run.display ?? run.text).replace(/\s+/g, ' ').trim();
}

function lexiconFinding(entry: FramingEntry): Finding {
  return {
    capability: 'lexicon',
    label: `${entry.setId}: ${entry.a.map((o) => o.text).join(', ') || '—'} | ${entry.b.map((o) => o.text).join(', ') || '—'}`,
    matches: (i) => lexiconMatches(entry, i),
  };
}

function lexiconMatches(entry: FramingEntry, item: EvalItem): boolean {
  const inA = item.a === undefined || entry.a.some((o) => fits(o.text, item.a, item));
  const inB = item.b === undefined || entry.b.some((o) => fits(o.text, item.b, item));
  if (!inA || !inB) return false;
  if (item.a !== undefined && item.b !== undefined) return true;
  // One side only: the named side uses a variant the other side does not use.
  const [own, other] = item.a !== undefined ? [entry.a, entry.variantsB] : [entry.b, entry.variantsA];
  const wanted = item.a ?? item.b!;
  return own.some((o) => fits(o.text, wanted, item) && !other.includes(o.variantId));
}

function agencyFinding(entry: FramingEntry): Finding {
  const detail = entry.agency;
  return {
    capability: 'agency',
    label: detail ? `${detail.agentSide}: ${detail.agent.text} ${detail.action.text} | ${detail.agentless.text}` : entry.setId,
    matches: (i) =>
      detail !== undefined &&
      i.side === detail.agentSide &&
      (i.agent === undefined || has(detail.agent.text, i.agent)) &&
      (i.agentless === undefined || has(detail.agentless.text, i.agentless) || has(i.agentless, detail.agentless.text)),
  };
}

function distancingFindings(entry: FramingEntry): Finding[] {
  return (['a', 'b'] as const).flatMap((side) =>
    entry[side]
      .filter((o) => o.variantId !== 'plain')
      .map((o) => ({
        capability: 'distancing' as const,
        label: `${side}: ${o.text}`,
        matches: (i: EvalItem) => i.side === side && i.text !== undefined && has(o.text, i.text),
      }))
  );
}

function loadedOf(report: Report, side: Side): readonly LoadedTerm[] {
  const loaded = (report as { loaded?: { a: readonly LoadedTerm[]; b: readonly LoadedTerm[] } }).loaded;
  return loaded ? loaded[side] : [];
}

// ---------------------------------------------------------------------------------------
// Expected items
// ---------------------------------------------------------------------------------------

function expectedFound(item: EvalItem, report: Report, findings: readonly Finding[]): boolean {
  switch (item.capability) {
    case 'segmentation':
      return report.sentences[item.side ?? 'a'].some((s) => eq(s.text, item.sentence ?? ''));
    case 'attribution':
      return report.quotes[item.side ?? 'a'].some(
        (q) =>
          (item.quote === undefined || has(q.quote.text, item.quote)) &&
          q.speaker !== undefined &&
          sameSpeaker(q.speaker.text, item.speaker ?? '') &&
          (item.verb === undefined || (q.verb !== undefined && has(q.verb.text, item.verb)))
      );
    case 'actors': {
      // One person spelled two ways is one actor, named "Oleh Hrytsenko / Oleg Gritsenko".
      const named = report.sentiment.actors.filter((a) => eq(a.actor, item.actor ?? '') || a.actor.split(' / ').some((n) => eq(n, item.actor ?? '')));
      const aliases = report.sentiment.actors.filter((a) => (item.aliases ?? []).some((alias) => eq(a.actor, alias) && !eq(alias, item.actor ?? '')));
      return named.length === 1 && aliases.length === 0;
    }
    case 'warning':
      return report.warnings.some((w) => has(w, item.text ?? ''));
    case 'loaded':
      // A loaded word the lexicon already lists and only this side uses is flagged as framing
      // rather than again as a loaded word; either way the reader sees it marked.
      return (
        findings.some((f) => f.capability === 'loaded' && f.matches(item)) ||
        report.framing.some((e) => e.contrast && !ENGINE_CATEGORIES.has(e.category) && lexiconMatches(e, { ...item, a: undefined, b: undefined, [item.side ?? 'a']: item.text }))
      );
    case 'any':
      return false;
    default:
      return findings.some((f) => f.capability === item.capability && f.matches(item));
  }
}

// ---------------------------------------------------------------------------------------
// Must-not items
// ---------------------------------------------------------------------------------------

function mustNotClean(item: EvalItem, report: Report, pair: EvalPair): boolean {
  const side = item.side ?? 'a';
  const articleText = side === 'a' ? pair.a : pair.b;
  switch (item.capability) {
    case 'alignment':
      // With one side only: no pair holds a sentence containing it (page furniture read as a sentence).
      if (item.a === undefined || item.b === undefined) {
        const [one, wanted] = item.a !== undefined ? (['a', item.a] as const) : (['b', item.b ?? '\u0000'] as const);
        return !report.pairs.some((p) => p[one].some((k) => has(report.sentences[one][k]?.text ?? '', wanted)));
      }
      return !report.pairs.some(
        (p) =>
          p.a.some((k) => has(report.sentences.a[k]?.text ?? '', item.a!)) &&
          p.b.some((k) => has(report.sentences.b[k]?.text ?? '', item.b!))
      );
    case 'names':
      // Either article may hold either word: no change may pair them in any direction.
      return !report.changes.some(
        (c) => (eq(c.a.text, item.a ?? '') && eq(c.b.text, item.b ?? '')) || (eq(c.a.text, item.b ?? '') && eq(c.b.text, item.a ?? ''))
      );
    case 'actors':
      return !report.sentiment.actors.some((a) => eq(a.actor, item.actor ?? ''));
    case 'attribution':
      return !report.quotes[side].some(
        (q) =>
          (item.speaker !== undefined && q.speaker !== undefined && eq(q.speaker.text, item.speaker)) ||
          (item.quote !== undefined && (item.contains ? has(q.quote.text, item.quote) : eq(q.quote.text, item.quote)))
      );
    case 'segmentation': {
      const spans = occurrences(articleText, item.text ?? '');
      return spans.every((span) => report.sentences[side].some((s) => s.start <= span.start && span.end <= s.end));
    }
    case 'wording':
      return !report.changes.some((c) => c.category !== 'transliteration' && eq(c.a.text, item.a ?? '') && eq(c.b.text, item.b ?? ''));
    case 'warning':
      return !report.warnings.some((w) => has(w, item.text ?? ''));
    case 'reading': {
      // The text's first occurrence: a headline printed again below it is furniture, the headline itself is not.
      const span = occurrences(articleText, item.text ?? '')[0];
      return span === undefined || !report.excluded[side].some((run) => run.start < span.end && span.start < run.end);
    }
    default: {
      const spans = occurrences(articleText, item.text ?? '');
      return !flaggedSpans(report, side, item.capability).some((f) => spans.some((s) => f.start < s.end && s.start < f.end));
    }
  }
}

/** Spans the views would mark on one side for a capability (`any`: every kind of flag). */
function flaggedSpans(report: Report, side: Side, capability: Capability | 'any'): Span[] {
  const spans: Span[] = [];
  for (const entry of report.framing) {
    if (!entry.contrast) continue;
    const kind: Capability = ENGINE_CATEGORIES.has(entry.category) ? (entry.category as Capability) : 'lexicon';
    if (capability !== 'any' && capability !== kind) continue;
    const other = side === 'a' ? entry.variantsB : entry.variantsA;
    for (const o of entry[side]) if (kind !== 'lexicon' || !other.includes(o.variantId)) spans.push(o);
    if (entry.agency && entry.agency.agentSide === side) spans.push(entry.agency.agent);
  }
  if (capability === 'any' || capability === 'loaded') spans.push(...loadedOf(report, side));
  if (capability === 'any' || capability === 'names') {
    for (const change of report.changes) if (change.category === 'transliteration') spans.push(change[side]);
  }
  return spans;
}

function occurrences(text: string, needle: string): TextSpan[] {
  const spans: TextSpan[] = [];
  if (!needle) return spans;
  const lower = text.toLowerCase();
  const wanted = needle.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    spans.push({ start: at, end: at + needle.length, text: text.slice(at, at + needle.length) });
  }
  return spans;
}

/**
 * The expected speaker, or the same name with the title the text gives it ("Transport
 * Secretary Mark Ellery" for "Mark Ellery"): keeping a title whole is right, cutting a name is not.
 */
function sameSpeaker(found: string, wanted: string): boolean {
  return eq(found, wanted) || (wanted.trim().length > 0 && found.trim().toLowerCase().endsWith(` ${wanted.trim().toLowerCase()}`));
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
