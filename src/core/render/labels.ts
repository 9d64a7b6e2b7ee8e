import type { FramingCategory, PairKind, Report, SubstitutionCategory } from '../types';

/** Human names of the framing categories, shared by every view. */
export const CATEGORY_LABELS: Readonly<Record<FramingCategory, string>> = {
  'place-name': 'Place and person names',
  'reporting-verb': 'Reporting verbs',
  'event-label': 'Event labels',
  'actor-label': 'Actor labels',
  territory: 'Territory and sovereignty',
  hedge: 'Hedges and epistemic markers',
  emotive: 'Emotive and loaded words',
  'spelling-variant': 'Spelling variants',
  agency: 'Agency: who did it',
  distancing: 'Distancing: scare quotes, so-called',
};

export const SUBSTITUTION_LABELS: Readonly<Record<SubstitutionCategory, string>> = {
  lexicon: 'framing term',
  'spelling-variant': 'spelling variant',
  transliteration: 'name spelled differently',
  unclassified: 'wording change',
};

export const PAIR_LABELS: Readonly<Record<PairKind, string>> = {
  identical: 'identical',
  modified: 'reworded',
  split: 'split in two',
  merged: 'merged from two',
};

export function percent(value: number): string {
  return `${Math.round(value * 100)} %`;
}

/** A signed score with a real minus sign, e.g. "−8" or "+3". */
export function signed(value: number, digits = 0): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) {
    return (0).toFixed(digits);
  }
  return (value < 0 ? '\u2212' : '+') + text;
}

/** Occurrences grouped by their text, case-insensitively: "Odesa ×3, Odesa's". */
export function termList(occurrences: readonly { text: string }[]): string {
  const counts = new Map<string, { text: string; count: number }>();
  for (const occurrence of occurrences) {
    const key = occurrence.text.toLowerCase();
    const entry = counts.get(key) ?? { text: occurrence.text, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].map((e) => (e.count > 1 ? `${e.text} ×${e.count}` : e.text)).join(', ');
}

/** The summary numbers every view shows at the top. */
export function summaryLines(report: Report): string[] {
  const [a, b] = report.articles;
  const al = report.alignment;
  const contrasts = report.framing.filter((f) => f.contrast).length;
  const details = [`${al.identical} identical`, `${al.moved} moved`];
  if (al.split) details.push(`${al.split} split`);
  if (al.merged) details.push(`${al.merged} merged`);
  return [
    `Similarity: ${percent(report.similarity)} of the content words lie in corresponding sentences`,
    `Corresponding sentences: ${al.matched} (${details.join(', ')})`,
    `Only in A: ${al.onlyInA} sentence${al.onlyInA === 1 ? '' : 's'} · only in B: ${al.onlyInB} sentence${al.onlyInB === 1 ? '' : 's'}`,
    `Framing contrasts: ${contrasts} · wording changes: ${report.changes.filter((c) => c.category !== 'spelling-variant').length} · spelling variants: ${report.spelling.length}`,
    `Tone (AFINN): A ${signed(a.sentiment.score)} (${signed(a.sentiment.comparative, 3)} per word) · B ${signed(b.sentiment.score)} (${signed(b.sentiment.comparative, 3)} per word)`,
  ];
}
