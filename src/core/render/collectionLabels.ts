import * as l10n from '@vscode/l10n';
import type { CollectionArticle, CollectionFraming, CollectionNotice, CollectionReport, CollectionSentence, CollectionUse, CoverageGroup } from '../types';
import { noticeText } from '../warnings';
import { categoryInSentence, categoryLabel, groupByText, percent } from './labels';

/**
 * What the Markdown and HTML collection reports say alike, as plain text: the renderers only
 * escape and lay it out. A set is named by the words outlets use for it ("Odesa / Odessa"),
 * never by its lexicon id.
 */

/** Rows of the variant matrix a report shows before it folds the rest into "and N more". */
export const MATRIX_ROWS = 25;

/** Sentences per outlet shown among those only it carries. */
export const UNSHARED_SHOWN = 10;

/** "C · Six villages under water…". */
export function outletName(article: CollectionArticle): string {
  return `${article.label} · ${article.title}`;
}

/** "1 fact", "3 facts". */
export function factCount(count: number): string {
  return count === 1 ? l10n.t('1 fact') : l10n.t`${count} facts`;
}

/** "1 sentence", "3 sentences". */
export function sentenceCount(count: number): string {
  return count === 1 ? l10n.t('1 sentence') : l10n.t`${count} sentences`;
}

/** "A", "A and C", "A, B and D". */
export function labelList(report: CollectionReport, articles: readonly number[]): string {
  const labels = articles.map((k) => report.articles[k]!.label);
  if (labels.length <= 1) return labels[0] ?? '';
  return l10n.t({
    message: '{0} and {1}',
    args: [labels.slice(0, -1).join(', '), labels[labels.length - 1]!],
    comment: ['A list of outlet labels, "A, B and D": {0} is every label but the last, joined by commas; {1} is the last label'],
  });
}

/** The variant matrix's first column heading, which its cells repeat as `data-label` in HTML. */
export function wordsForHeading(): string {
  return l10n.t({ message: 'Words for', args: [], comment: ['Column heading: the set of words outlets choose between for one thing'] });
}

/** The matrix rows in the order shown: framing sets (contrasts first, as the engine ranks them), then spelling. */
export function matrixRows(report: CollectionReport): CollectionFraming[] {
  // Spelling sets only where outlets spell differently.
  return [...report.framing, ...report.spelling.filter((row) => row.contrast)];
}

/** Article k's uses of the variants it chose in its own voice (a variant it only quotes is left out). */
export function ownUses(row: CollectionFraming, k: number): CollectionUse[] {
  const own = new Set(row.variants[k] ?? []);
  return (row.uses[k] ?? []).filter((u) => own.has(u.variantId));
}

/** Article k's uses that are not its own words: quoted, or distanced with "so-called". */
export function citedUses(row: CollectionFraming, k: number): CollectionUse[] {
  const own = new Set(row.variants[k] ?? []);
  return (row.uses[k] ?? []).filter((u) => !own.has(u.variantId));
}

/** How the outlets write a variant: its most frequent wording across the collection. */
function variantName(row: CollectionFraming, variantId: string): string {
  const uses = row.uses.flat().filter((u) => u.variantId === variantId);
  const groups = groupByText(uses).sort((x, y) => y.count - x.count);
  return groups[0]?.first.text.replace(/\s+/g, ' ') ?? variantId;
}

/**
 * Variant ids of a row, the one most outlets choose in their own voice first (ties in the
 * order outlets use them), then any only cited.
 */
function variantIds(row: CollectionFraming): string[] {
  const ids = new Set(row.variants.flat());
  for (const use of row.uses.flat()) ids.add(use.variantId);
  const choosing = (id: string) => row.variants.filter((used) => used.includes(id)).length;
  return [...ids].sort((x, y) => choosing(y) - choosing(x));
}

/** Variants a set's name shows before the rest are counted. */
const NAME_VARIANTS = 3;

/** "Place and person names: Odesa / Odessa"; a set with many variants names the first few. */
export function setName(row: CollectionFraming): string {
  const ids = variantIds(row);
  const names = ids.slice(0, NAME_VARIANTS).map((id) => variantName(row, id)).join(' / ');
  const rest = ids.length - NAME_VARIANTS;
  const category = categoryLabel(row.category);
  if (rest <= 0) return `${category}: ${names}`;
  return rest === 1
    ? l10n.t({ message: '{0}: {1} and 1 other', args: [category, names], comment: ['A set of words for one thing: {0} is its category, {1} its first words'] })
    : l10n.t({ message: '{0}: {1} and {2} others', args: [category, names, rest], comment: ['A set of words for one thing: {0} is its category, {1} its first words'] });
}

/** "Odesa: A, C and D · Odessa: B · none: E" — which outlets chose which variant, and which chose none. */
export function variantLine(report: CollectionReport, row: CollectionFraming): string {
  const parts = variantIds(row)
    .map((id) => ({ id, articles: row.variants.flatMap((used, k) => (used.includes(id) ? [k] : [])) }))
    .filter((x) => x.articles.length > 0)
    .map((x) => `${variantName(row, x.id)}: ${labelList(report, x.articles)}`);
  const silent = row.variants.flatMap((used, k) => (used.length === 0 ? [k] : []));
  if (silent.length > 0) {
    parts.push(l10n.t({ message: 'none: {0}', args: [labelList(report, silent)], comment: ['The outlets {0} use none of the words of a set'] }));
  }
  return parts.join(' · ');
}

/** The sentences that stand for a fact: the focus article's when it carries it, else the first carrier's. */
export function factSentences(report: CollectionReport, group: CoverageGroup): CollectionSentence[] {
  const source = group.articles.includes(report.focus) ? report.focus : group.articles[0];
  return group.sentences.filter((s) => s.article === source);
}

/** The fact as one line of text. */
export function factText(report: CollectionReport, group: CoverageGroup): string {
  return factSentences(report, group)
    .map((s) => s.text.replace(/\s+/g, ' ').trim())
    .join(' ');
}

/** The facts some outlet leaves out, and the count of those every outlet carries. */
export function splitCoverage(report: CollectionReport): { omitted: CoverageGroup[]; shared: CoverageGroup[] } {
  return {
    omitted: report.coverage.filter((g) => g.missing.length > 0),
    shared: report.coverage.filter((g) => g.missing.length === 0),
  };
}

/** Contrasting sets that lead the key points. */
const POINT_CONTRASTS = 4;

/**
 * The few things the collection report says first, in plain language: the contrasting
 * word choices (one line per set), who leaves out facts the others carry, who carries
 * sentences nobody else does, and the closest and furthest pairs.
 */
export function keyPoints(report: CollectionReport): string[] {
  const points: string[] = [];
  const contrasts = report.framing.filter((f) => f.contrast);
  for (const row of contrasts.slice(0, POINT_CONTRASTS)) {
    points.push(`${variantLine(report, row)} (${categoryInSentence(row.category)})`);
  }
  if (contrasts.length > POINT_CONTRASTS) {
    const more = contrasts.length - POINT_CONTRASTS;
    points.push(
      more === 1 ? l10n.t('1 more set where outlets choose different words (see the table).') : l10n.t`${more} more sets where outlets choose different words (see the table).`
    );
  }
  const count = report.articles.length;
  const omissions = report.articles
    .map((_, k) => ({ k, facts: report.coverage.filter((g) => g.missing.includes(k)).length }))
    .filter((x) => x.facts > 0)
    .sort((x, y) => y.facts - x.facts || x.k - y.k);
  if (omissions.length === 1) {
    const { k, facts } = omissions[0]!;
    const label = report.articles[k]!.label;
    points.push(facts === 1 ? l10n.t`${label} leaves out 1 fact that other outlets carry.` : l10n.t`${label} leaves out ${facts} facts that other outlets carry.`);
  } else if (omissions.length > 1) {
    const list = omissions.map((x) => `${report.articles[x.k]!.label} ${x.facts}`).join(', ');
    points.push(l10n.t({ message: 'Facts other outlets carry, left out: {0}.', args: [list], comment: ['{0} lists outlets with the facts each leaves out: "A 3, C 1"'] }));
  }
  const alone = report.unshared.map((list, k) => ({ k, sentences: list.length })).filter((x) => x.sentences > 0);
  if (alone.length > 0) {
    const list = alone.map((x) => {
      const label = report.articles[x.k]!.label;
      return x.sentences === 1
        ? l10n.t({ message: '{0} 1 sentence', args: [label], comment: ['Sentences only outlet {0} carries, in a list: "A 1 sentence, C 4 sentences"'] })
        : l10n.t({ message: '{0} {1} sentences', args: [label, x.sentences], comment: ['Sentences only outlet {0} carries, in a list: "A 1 sentence, C 4 sentences"'] });
    });
    points.push(l10n.t('Only one outlet carries: {0}.', list.join(', ')));
  }
  const pairs: { i: number; j: number; value: number }[] = [];
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) pairs.push({ i, j, value: report.similarity[i]?.[j] ?? 0 });
  if (pairs.length > 1) {
    const sorted = [...pairs].sort((x, y) => y.value - x.value);
    const [best, worst] = [sorted[0]!, sorted[sorted.length - 1]!];
    if (best.value !== worst.value) {
      const name = (p: { i: number; j: number }) => labelList(report, [p.i, p.j]);
      points.push(l10n.t`Most alike: ${name(best)} (${percent(best.value)}); least alike: ${name(worst)} (${percent(worst.value)}).`);
    }
  }
  if (contrasts.length === 0 && omissions.length === 0) {
    points.unshift(l10n.t('No outlet chooses different words from the lexicon, and none leaves out a fact the others carry.'));
  }
  return points;
}

/** A collection notice in plain language, naming the articles by their labels. */
export function collectionNoticeText(report: CollectionReport, notice: CollectionNotice): string {
  const label = (k: number) => report.articles[k]?.label ?? String(k);
  if ('article' in notice) return noticeText(notice, label);
  return noticeText(notice, label, [label(notice.articles[0]), label(notice.articles[1])]);
}
