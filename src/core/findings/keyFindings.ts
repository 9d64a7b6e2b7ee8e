/**
 * The three to five things an analyst would say first about a pair of articles, in plain
 * language and ranked by salience, so that every view (report, Markdown, HTML, CLI) opens
 * with findings rather than counters. Computed from the report alone.
 */
import { categoryLabel, signed } from '../render/labels';
import type { FramingEntry, KeyFinding, LoadedTerm, Report, Side } from '../types';

const MAX_FINDINGS = 5;
const MIN_FINDINGS = 3;
/** Per-word tone difference below which two articles' tones are not worth a key finding. */
const TONE_GAP_PER_WORD = 0.015;

type ReportBody = Omit<Report, 'keyFindings'>;

export function keyFindings(report: ReportBody): KeyFinding[] {
  const candidates: KeyFinding[] = [];
  for (const entry of report.framing) {
    if (!entry.contrast) continue;
    const finding = entry.category === 'agency' ? agency(entry) : entry.category === 'distancing' ? distancing(entry) : lexicon(entry);
    if (finding) candidates.push(finding);
  }
  candidates.push(...loaded(report));
  const coverageFinding = coverage(report);
  const toneFinding = tone(report);
  const ranked = dedupe(candidates.sort((x, y) => y.salience - x.salience)).slice(0, MAX_FINDINGS);
  // Coverage and tone are always worth saying when there is room; they fill up to three.
  for (const extra of [coverageFinding, toneFinding]) {
    if (extra && (ranked.length < MIN_FINDINGS || extra.salience > (ranked[ranked.length - 1]?.salience ?? 0))) ranked.push(extra);
  }
  return ranked.sort((x, y) => y.salience - x.salience).slice(0, MAX_FINDINGS);
}

const SIDE = (side: Side) => side.toUpperCase();
const quoted = (text: string) => `“${text.replace(/\s+/g, ' ').trim()}”`;
const spansOf = (entry: FramingEntry) => [
  ...entry.a.map((o) => ({ side: 'a' as const, start: o.start, end: o.end })),
  ...entry.b.map((o) => ({ side: 'b' as const, start: o.start, end: o.end })),
];

function lexicon(entry: FramingEntry): KeyFinding | undefined {
  const label = categoryLabel(entry.category).toLowerCase();
  const ownA = entry.a.filter((o) => !entry.variantsB.includes(o.variantId));
  const ownB = entry.b.filter((o) => !entry.variantsA.includes(o.variantId));
  // Distinct wordings, most used first, without the "×2" counts of the tables: a sentence reads better.
  const words = (list: typeof entry.a) => distinctTexts(list).slice(0, 3).map(quoted).join(', ');
  if (ownA.length > 0 && ownB.length > 0) {
    return {
      kind: 'framing',
      salience: 20 + entry.weight * 10 + Math.min(5, ownA.length + ownB.length),
      text: `A writes ${words(ownA)} where B writes ${words(ownB)} (${label}).`,
      spans: spansOf(entry),
    };
  }
  const [side, own] = ownA.length > 0 ? (['a', ownA] as const) : (['b', ownB] as const);
  if (own.length === 0) return undefined;
  const other = side === 'a' ? entry.b : entry.a;
  return {
    kind: 'framing',
    salience: 10 + entry.weight * 10 + Math.min(3, own.length),
    text: `Only ${SIDE(side)} uses ${words(own)} (${label})${other.length === 0 ? '; the other article has no counterpart' : ''}.`,
    spans: spansOf(entry),
  };
}

function agency(entry: FramingEntry): KeyFinding | undefined {
  const detail = entry.agency;
  if (!detail) return undefined;
  const other = detail.agentSide === 'a' ? 'B' : 'A';
  return {
    kind: 'agency',
    // Who did it outranks any choice of words: it is the first thing an analyst names.
    salience: 60,
    text: `${other} does not say who acted: ${SIDE(detail.agentSide)} writes ${quoted(`${detail.agent.text} … ${detail.action.text}`)}, ${other} ${quoted(detail.agentless.text)}.`,
    spans: spansOf(entry),
  };
}

function distancing(entry: FramingEntry): KeyFinding | undefined {
  const detail = entry.distancing;
  if (!detail) return undefined;
  const how = detail.kind === 'scare-quote' ? `puts ${quoted(detail.phrase.text)} in scare quotes` : `writes ${quoted(entry[detail.side][0]?.text ?? detail.phrase.text)}`;
  const other = detail.side === 'a' ? 'B' : 'A';
  return {
    kind: 'distancing',
    salience: detail.counterpart ? 48 : 35,
    text: `${SIDE(detail.side)} ${how}${detail.counterpart ? `; ${other} uses ${/\s/.test(detail.phrase.text.trim()) ? 'the words' : 'the word'} plainly` : ''}.`,
    spans: spansOf(entry),
  };
}

function loaded(report: ReportBody): KeyFinding[] {
  const out: KeyFinding[] = [];
  for (const side of ['a', 'b'] as const) {
    const terms: readonly LoadedTerm[] = report.loaded[side];
    if (terms.length === 0) continue;
    const strongest = [...terms].sort((x, y) => y.intensity - x.intensity);
    const distinct = [...new Set(strongest.map((t) => t.text.toLowerCase()))].slice(0, 4);
    out.push({
      kind: 'loaded',
      salience: 15 + Math.round(strongest[0]!.intensity * 10) + Math.min(5, terms.length),
      text: `${SIDE(side)} uses loaded words in its own voice: ${distinct.map(quoted).join(', ')}.`,
      spans: strongest.slice(0, 8).map((t) => ({ side, start: t.start, end: t.end })),
    });
  }
  return out;
}

function coverage(report: ReportBody): KeyFinding | undefined {
  const [a, b] = report.articles;
  const onlyA = report.onlyInA.length;
  const onlyB = report.onlyInB.length;
  if (onlyA + onlyB === 0) return undefined;
  const share = (n: number, total: number) => (total === 0 ? 0 : n / total);
  const lopsided = Math.max(share(onlyA, a.sentences), share(onlyB, b.sentences));
  const part = (side: string, n: number, other: string) => `${side} has ${n} sentence${n === 1 ? '' : 's'} with no close match in ${other}`;
  const parts = [onlyA > 0 ? part('A', onlyA, 'B') : '', onlyB > 0 ? part('B', onlyB, 'A') : ''].filter(Boolean);
  return {
    kind: 'coverage',
    salience: 8 + Math.round(lopsided * 20),
    text: `${parts.join('; ')}.`,
    spans: [
      ...report.onlyInA.slice(0, 8).map((s) => ({ side: 'a' as const, start: s.start, end: s.end })),
      ...report.onlyInB.slice(0, 8).map((s) => ({ side: 'b' as const, start: s.start, end: s.end })),
    ],
  };
}

function tone(report: ReportBody): KeyFinding | undefined {
  const { sentiment } = report;
  if (!sentiment.enabled) return undefined;
  const a = sentiment.a.comparative;
  const b = sentiment.b.comparative;
  if (Math.abs(a - b) < TONE_GAP_PER_WORD) return undefined;
  const [darker, lighter] = a < b ? ['A', 'B'] : ['B', 'A'];
  const { fromWording, fromOneSidedContent } = sentiment.gap;
  const cause = Math.abs(fromWording) > Math.abs(fromOneSidedContent) ? 'mostly from changed wording' : 'mostly from content only one article has';
  return {
    kind: 'tone',
    salience: 10 + Math.round(Math.abs(a - b) * 200),
    text: `${darker}'s tone is more negative than ${lighter}'s: ${signed(darker === 'A' ? a : b, 3)} against ${signed(darker === 'A' ? b : a, 3)} per word (AFINN), ${cause}.`,
    spans: [],
  };
}

function distinctTexts(list: readonly { text: string }[]): string[] {
  const counts = new Map<string, { text: string; count: number }>();
  for (const { text } of list) {
    const key = text.toLowerCase();
    const entry = counts.get(key) ?? { text, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((x, y) => y.count - x.count).map((e) => e.text);
}

/** One finding per sentence of text: two sets that say the same thing are said once. */
function dedupe(findings: readonly KeyFinding[]): KeyFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (seen.has(f.text)) return false;
    seen.add(f.text);
    return true;
  });
}
