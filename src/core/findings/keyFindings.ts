/**
 * The three to five things an analyst would say first about a pair of articles, in plain
 * language and ranked by salience, so that every view (report, Markdown, HTML, CLI) opens
 * with findings rather than counters. Computed from the report alone.
 */
import * as l10n from '@vscode/l10n';
import { categoryInSentence, signed } from '../render/labels';
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
  const label = categoryInSentence(entry.category);
  const ownA = entry.a.filter((o) => !entry.variantsB.includes(o.variantId));
  const ownB = entry.b.filter((o) => !entry.variantsA.includes(o.variantId));
  // Distinct wordings, most used first, without the "×2" counts of the tables: a sentence reads better.
  const words = (list: typeof entry.a) => distinctTexts(list).slice(0, 3).map(quoted).join(', ');
  if (ownA.length > 0 && ownB.length > 0) {
    return {
      kind: 'framing',
      salience: 20 + entry.weight * 10 + Math.min(5, ownA.length + ownB.length),
      text: l10n.t('A writes {0} where B writes {1} ({2}).', words(ownA), words(ownB), label),
      spans: spansOf(entry),
    };
  }
  const [side, own] = ownA.length > 0 ? (['a', ownA] as const) : (['b', ownB] as const);
  if (own.length === 0) return undefined;
  const other = side === 'a' ? entry.b : entry.a;
  return {
    kind: 'framing',
    salience: 10 + entry.weight * 10 + Math.min(3, own.length),
    text:
      other.length === 0
        ? l10n.t('Only {0} uses {1} ({2}); the other article has no counterpart.', SIDE(side), words(own), label)
        : l10n.t('Only {0} uses {1} ({2}).', SIDE(side), words(own), label),
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
    text: l10n.t(
      '{0} does not say who acted: {1} writes {2}, {0} {3}.',
      other,
      SIDE(detail.agentSide),
      quoted(`${detail.agent.text} … ${detail.action.text}`),
      quoted(detail.agentless.text)
    ),
    spans: spansOf(entry),
  };
}

function distancing(entry: FramingEntry): KeyFinding | undefined {
  const detail = entry.distancing;
  if (!detail) return undefined;
  const own = SIDE(detail.side);
  const other = detail.side === 'a' ? 'B' : 'A';
  const plainly = !detail.counterpart ? 'none' : /\s/.test(detail.phrase.text.trim()) ? 'words' : 'word';
  let text: string;
  if (detail.kind === 'scare-quote') {
    const phrase = quoted(detail.phrase.text);
    if (plainly === 'none') text = l10n.t('{0} puts {1} in scare quotes.', own, phrase);
    else if (plainly === 'word') text = l10n.t('{0} puts {1} in scare quotes; {2} uses the word plainly.', own, phrase, other);
    else text = l10n.t('{0} puts {1} in scare quotes; {2} uses the words plainly.', own, phrase, other);
  } else {
    const phrase = quoted(entry[detail.side][0]?.text ?? detail.phrase.text);
    if (plainly === 'none') text = l10n.t('{0} writes {1}.', own, phrase);
    else if (plainly === 'word') text = l10n.t('{0} writes {1}; {2} uses the word plainly.', own, phrase, other);
    else text = l10n.t('{0} writes {1}; {2} uses the words plainly.', own, phrase, other);
  }
  return { kind: 'distancing', salience: detail.counterpart ? 48 : 35, text, spans: spansOf(entry) };
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
      text: l10n.t('{0} uses loaded words in its own voice: {1}.', SIDE(side), distinct.map(quoted).join(', ')),
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
  return {
    kind: 'coverage',
    salience: 8 + Math.round(lopsided * 20),
    text: coverageText(onlyA, onlyB),
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
  const [dark, light] = [signed(darker === 'A' ? a : b, 3), signed(darker === 'A' ? b : a, 3)];
  return {
    kind: 'tone',
    salience: 10 + Math.round(Math.abs(a - b) * 200),
    text:
      Math.abs(fromWording) > Math.abs(fromOneSidedContent)
        ? l10n.t("{0}'s tone is more negative than {1}'s: {2} against {3} per word (AFINN), mostly from changed wording.", darker, lighter, dark, light)
        : l10n.t("{0}'s tone is more negative than {1}'s: {2} against {3} per word (AFINN), mostly from content only one article has.", darker, lighter, dark, light),
    spans: [],
  };
}

/** How many sentences of each article have no close match in the other, as one sentence (a translation may need the counts anywhere in it). */
function coverageText(onlyA: number, onlyB: number): string {
  if (onlyB === 0) {
    return onlyA === 1 ? l10n.t('A has 1 sentence with no close match in B.') : l10n.t('A has {0} sentences with no close match in B.', onlyA);
  }
  if (onlyA === 0) {
    return onlyB === 1 ? l10n.t('B has 1 sentence with no close match in A.') : l10n.t('B has {0} sentences with no close match in A.', onlyB);
  }
  if (onlyA === 1) {
    return onlyB === 1
      ? l10n.t('A has 1 sentence with no close match in B; B has 1 sentence with no close match in A.')
      : l10n.t('A has 1 sentence with no close match in B; B has {0} sentences with no close match in A.', onlyB);
  }
  return onlyB === 1
    ? l10n.t('A has {0} sentences with no close match in B; B has 1 sentence with no close match in A.', onlyA)
    : l10n.t('A has {0} sentences with no close match in B; B has {1} sentences with no close match in A.', onlyA, onlyB);
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
