import * as l10n from '@vscode/l10n';
import { decimal } from '../l10n/uiLanguage';
import type { FramingCategory, PairKind, FramingEntry, Report, SubstitutionCategory } from '../types';

/**
 * The human name of a framing category, shared by every view, in the UI language. Labels
 * are functions, not tables, so that they are looked up after the strings are configured.
 * A category the lexicon file names but the engine does not know is shown as written.
 */
export function categoryLabel(category: FramingCategory): string {
  switch (category) {
    case 'place-name':
      return l10n.t('Place and person names');
    case 'reporting-verb':
      return l10n.t('Reporting verbs');
    case 'event-label':
      return l10n.t('Event labels');
    case 'actor-label':
      return l10n.t('Actor labels');
    case 'territory':
      return l10n.t('Territory and sovereignty');
    case 'hedge':
      return l10n.t('Hedges and epistemic markers');
    case 'emotive':
      return l10n.t('Emotive and loaded words');
    case 'spelling-variant':
      return l10n.t('Spelling variants');
    case 'agency':
      return l10n.t('Agency: who did it');
    case 'distancing':
      return l10n.t('Distancing: scare quotes, so-called');
    default:
      return String(category);
  }
}

/**
 * A framing category's name inside a sentence ("… (reporting verbs)"): a string of its own
 * rather than the label in lower case, which would be wrong in languages that capitalise nouns.
 * (The extractor reads only literal comments, so each call repeats its own.)
 */
export function categoryInSentence(category: FramingCategory): string {
  switch (category) {
    case 'place-name':
      return l10n.t({ message: 'place and person names', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'reporting-verb':
      return l10n.t({ message: 'reporting verbs', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'event-label':
      return l10n.t({ message: 'event labels', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'actor-label':
      return l10n.t({ message: 'actor labels', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'territory':
      return l10n.t({ message: 'territory and sovereignty', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'hedge':
      return l10n.t({ message: 'hedges and epistemic markers', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'emotive':
      return l10n.t({ message: 'emotive and loaded words', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'spelling-variant':
      return l10n.t({ message: 'spelling variants', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'agency':
      return l10n.t({ message: 'agency: who did it', comment: ['A framing category inside a sentence: lower case in English'] });
    case 'distancing':
      return l10n.t({ message: 'distancing: scare quotes, so-called', comment: ['A framing category inside a sentence: lower case in English'] });
    default:
      return String(category);
  }
}

/** What kind of wording change a substitution is, in a few lower-case words. */
export function substitutionLabel(category: SubstitutionCategory): string {
  switch (category) {
    case 'lexicon':
      return l10n.t('framing term');
    case 'spelling-variant':
      return l10n.t('spelling variant');
    case 'transliteration':
      return l10n.t('name spelled differently');
    case 'unclassified':
      return l10n.t('wording change');
  }
}

/** How a sentence pair corresponds, in a few lower-case words. */
export function pairLabel(kind: PairKind): string {
  switch (kind) {
    case 'identical':
      return l10n.t('identical');
    case 'modified':
      return l10n.t('reworded');
    case 'split':
      return l10n.t('split in two');
    case 'merged':
      return l10n.t('merged from two');
  }
}

export function percent(value: number): string {
  return `${Math.round(value * 100)} %`;
}

/** A signed score with a real minus sign, e.g. "−8" or "+3". */
export function signed(value: number, digits = 0): string {
  // Rounded first, so that what rounds to zero carries no sign.
  const rounded = Number(Math.abs(value).toFixed(digits));
  if (rounded === 0) {
    return decimal(0, digits);
  }
  return (value < 0 ? '\u2212' : '+') + decimal(rounded, digits);
}

/** Occurrences grouped by their text, case-insensitively: "Odesa ×3, Odesa's". */
export function termList(occurrences: readonly { text: string }[]): string {
  return termGroups(occurrences).join(', ');
}

/** The entries of `termList`, one per distinct text: ["Odesa ×3", "Odesa's"]. */
export function termGroups(occurrences: readonly { text: string }[]): string[] {
  return groupByText(occurrences).map((g) => (g.count > 1 ? `${g.first.text} ×${g.count}` : g.first.text));
}

/** Items grouped by their text, case-insensitively, in order of first use, each with its count. */
export function groupByText<T extends { readonly text: string }>(items: readonly T[]): { first: T; count: number }[] {
  const groups = new Map<string, { first: T; count: number }>();
  for (const item of items) {
    const key = item.text.toLowerCase();
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: item, count: 1 });
  }
  return [...groups.values()];
}

/** How many terms a list shows before it folds the rest into "and N others". */
const TERM_LIST_LIMIT = 4;

/**
 * A term list cut to its first few entries, so a set used everywhere ("said ×12, told ×3,
 * stated, added, noted…") takes one short line: "said ×12, told ×3, stated, added and 3 others".
 */
export function collapsed(items: readonly string[], limit = TERM_LIST_LIMIT): string {
  if (items.length <= limit) return items.join(', ');
  const rest = items.length - limit;
  const shown = items.slice(0, limit).join(', ');
  return rest === 1 ? l10n.t('{0} and 1 other', shown) : l10n.t('{0} and {1} others', shown, rest);
}

/** What loaded-language marks are, and are not, shown beside them in every view. */
export function loadedNote(): string {
  return l10n.t(
    'Subjective or intense words the outlet uses in its own voice (not in quotations, not in names), from a published subjectivity word list. A word list cannot see meaning: check each in context.'
  );
}

/**
 * The spelling sets the two articles spell differently. A set both spell alike ("defense" in
 * each) or only one uses ("organizations" where the other never has the word) is no variant
 * between them, and listing it would be noise.
 */
export function spelledApart(report: Report): FramingEntry[] {
  return report.spelling.filter((f) => f.contrast);
}

/** The summary numbers every view shows at the top. */
export function summaryLines(report: Report): string[] {
  const [a, b] = report.articles;
  const al = report.alignment;
  const contrasts = report.framing.filter((f) => f.contrast).length;
  const changes = report.changes.filter((c) => c.category !== 'spelling-variant').length;
  return [
    l10n.t('Similarity: {0} of the content words lie in corresponding sentences', percent(report.similarity)),
    l10n.t('Corresponding sentences: {0} ({1})', al.matched, alignmentDetails(al).join(', ')),
    al.onlyInA === 1
      ? l10n.t('No close match found: 1 sentence of A, {0} of B', al.onlyInB)
      : l10n.t('No close match found: {0} sentences of A, {1} of B', al.onlyInA, al.onlyInB),
    l10n.t('Framing contrasts: {0} · wording changes: {1} · spelling variants: {2}', contrasts, changes, spelledApart(report).length),
    l10n.t(
      'Tone per word (AFINN): A {0} · B {1} (totals {2} and {3})',
      signed(a.sentiment.comparative, 3),
      signed(b.sentiment.comparative, 3),
      signed(a.sentiment.score),
      signed(b.sentiment.score)
    ),
  ];
}

/** How the corresponding sentences correspond: "12 identical", "3 moved", and the splits and merges there are. */
export function alignmentDetails(al: Report['alignment']): string[] {
  const details = [l10n.t('{0} identical', al.identical), l10n.t('{0} moved', al.moved)];
  if (al.split) details.push(l10n.t('{0} split', al.split));
  if (al.merged) details.push(l10n.t('{0} merged', al.merged));
  return details;
}

/** The sentence saying how many findings the user's ignore list left out of the report. */
export function ignoredNote(count: number): string {
  return count === 1
    ? l10n.t('1 finding ignored in this workspace is left out of this report; “Framing Lens: Restore Ignored Findings…” shows it again.')
    : l10n.t('{0} findings ignored in this workspace are left out of this report; “Framing Lens: Restore Ignored Findings…” shows them again.', count);
}
