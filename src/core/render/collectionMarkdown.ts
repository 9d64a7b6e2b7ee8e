import * as l10n from '@vscode/l10n';
import { pairReportOf } from '../collection/pairReport';
import type { CollectionFraming, CollectionReport } from '../types';
import { leftOutMarkdown, leftOutNoteMarkdown } from './leftOutSections';
import {
  MATRIX_ROWS,
  UNSHARED_SHOWN,
  citedUses,
  factText,
  keyPoints,
  labelList,
  matrixRows,
  outletName,
  ownUses,
  sentenceCount,
  setName,
  splitCoverage,
  wordsForHeading,
  collectionNoticeText,
} from './collectionLabels';
import { escapeMarkdown as md } from './escape';
import { collapsed, groupByText, percent, summaryLines, termGroups } from './labels';

/** Long lists are cut so that the report stays something a person reads; the JSON has them all. */
const LIST_LIMIT = 40;

/**
 * Renders a collection report as Markdown: the outlets, the key points, then the variant
 * matrix (who uses which words), coverage (which outlets carry each fact), the similarity
 * matrix and the focus article against each other outlet. Every article string is escaped.
 */
export function renderCollectionMarkdown(report: CollectionReport): string {
  const out: string[] = [`# ${l10n.t('Framing Lens: {0} outlets compared', report.articles.length)}`, ''];
  for (const article of report.articles) {
    const counts = l10n.t('{0} sentences, {1} words', article.sentences, article.words);
    out.push(`- **${md(article.label)}:** ${md(article.title)} — ${counts}${article.path ? ` (${md(article.path)})` : ''}`);
  }
  out.push('');
  for (const notice of report.notices) out.push(`> **${l10n.t('Note:')}** ${md(collectionNoticeText(report, notice))}`, '');
  const labels = report.articles.map((a) => a.label);
  leftOutNoteMarkdown(labels, report.excluded ?? [], out);
  out.push(`## ${l10n.t('Key points')}`, '', ...keyPoints(report).map((point) => `- ${md(point)}`), '');
  matrixSection(report, out);
  coverageSection(report, out);
  unsharedSection(report, out);
  similaritySection(report, out);
  pairsSection(report, out);
  leftOutMarkdown(labels, report.excluded ?? [], out);
  return out.join('\n');
}

function tableHead(report: CollectionReport, first: string): string[] {
  const labels = report.articles.map((a) => md(a.label));
  return [`| ${first} | ${labels.join(' | ')} |`, `|---|${labels.map(() => '---').join('|')}|`];
}

function matrixSection(report: CollectionReport, out: string[]): void {
  out.push(`## ${l10n.t('Who uses which words')}`, '');
  const rows = matrixRows(report);
  if (rows.length === 0) {
    out.push(l10n.t('No outlet uses a term from the framing lexicon.'), '');
    return;
  }
  out.push(l10n.t('Each cell: the words the outlet uses in its own voice, with how often; — where it does not use them.'), '');
  out.push(...tableHead(report, wordsForHeading()));
  const differ = l10n.t('outlets differ');
  for (const row of rows.slice(0, MATRIX_ROWS)) {
    const mark = row.contrast ? ` *(${differ})*` : '';
    out.push(`| ${md(setName(row))}${mark} | ${report.articles.map((_, k) => cell(row, k)).join(' | ')} |`);
  }
  if (rows.length > MATRIX_ROWS) out.push('', l10n.t`… and ${rows.length - MATRIX_ROWS} more (see the JSON or HTML report).`);
  out.push('');
}

function cell(row: CollectionFraming, k: number): string {
  const own = ownUses(row, k);
  if (own.length > 0) return md(collapsed(termGroups(own)));
  const cited = citedUses(row, k);
  return cited.length > 0 ? l10n.t('— (not its own words: {0})', md(collapsed(groupByText(cited).map((g) => g.first.text)))) : '—';
}

function coverageSection(report: CollectionReport, out: string[]): void {
  const { omitted, shared } = splitCoverage(report);
  const all = report.articles.length;
  out.push(`## ${l10n.t('Which outlets carry each fact')}`, '');
  if (omitted.length === 0) {
    out.push(l10n.t('Every fact two or more outlets carry, all of them carry.'), '');
  } else {
    out.push(`### ${l10n.t('Facts some outlets leave out ({0})', omitted.length)}`, '');
    omitted.slice(0, LIST_LIMIT).forEach((group, i) => {
      const line = l10n.t({
        message: '“{0}” — in {1}; left out by {2}',
        args: [md(factText(report, group)), labelList(report, group.articles), `**${labelList(report, group.missing)}**`],
        comment: ['{0} is a fact in the words of an outlet, {1} the outlets that carry it, {2} those that leave it out'],
      });
      out.push(`${i + 1}. ${line}`);
    });
    more(omitted.length, out);
    out.push('');
  }
  out.push(`### ${l10n.t('Facts all {0} outlets carry ({1})', all, shared.length)}`, '');
  if (shared.length === 0) out.push(l10n.t('None.'));
  for (const group of shared.slice(0, LIST_LIMIT)) out.push(`- ${md(factText(report, group))}`);
  more(shared.length, out);
  out.push('');
}

function unsharedSection(report: CollectionReport, out: string[]): void {
  const outlets = report.unshared.map((list, k) => ({ list, k })).filter((x) => x.list.length > 0);
  out.push(`## ${l10n.t('Sentences only one outlet carries')}`, '');
  if (outlets.length === 0) {
    out.push(l10n.t('None: every sentence has a counterpart in another outlet.'), '');
    return;
  }
  for (const { list, k } of outlets) {
    out.push(`- **${md(outletName(report.articles[k]!))}** (${sentenceCount(list.length)})`);
    for (const s of list.slice(0, UNSHARED_SHOWN)) out.push(`  - ${md(s.text)}`);
    if (list.length > UNSHARED_SHOWN) out.push(`  - ${l10n.t`… and ${list.length - UNSHARED_SHOWN} more`}`);
  }
  out.push('');
}

function similaritySection(report: CollectionReport, out: string[]): void {
  out.push(`## ${l10n.t('Similarity')}`, '', l10n.t('Share of the content words that lie in corresponding sentences, for each pair of outlets.'), '');
  out.push(...tableHead(report, ''));
  report.articles.forEach((article, i) => {
    const cells = report.articles.map((_, j) => (i === j ? '—' : percent(report.similarity[i]?.[j] ?? 0)));
    out.push(`| **${md(article.label)}** | ${cells.join(' | ')} |`);
  });
  out.push('');
}

function pairsSection(report: CollectionReport, out: string[]): void {
  const focus = report.articles[report.focus]!;
  out.push(`## ${l10n.t('{0} against each other outlet', md(focus.label))}`, '');
  for (const comparison of report.comparisons) {
    const other = report.articles[comparison.b]!;
    const pair = pairReportOf(report, comparison);
    out.push(`### ${l10n.t('{0} vs {1}', md(outletName(focus)), md(outletName(other)))}`, '');
    if (focus.label !== 'A' || other.label !== 'B') {
      out.push(`*${l10n.t('In this pair, “A” is {0} and “B” is {1}.', md(focus.label), md(other.label))}*`, '');
    }
    if (pair.keyFindings.length === 0) out.push(l10n.t('Nothing stands out: the two word what they share alike.'));
    pair.keyFindings.forEach((finding, i) => out.push(`${i + 1}. ${md(finding.text)}`));
    out.push('', ...summaryLines(pair).map((line) => `- ${line}`), '');
  }
}

function more(total: number, out: string[]): void {
  if (total > LIST_LIMIT) out.push(`- ${l10n.t`… and ${total - LIST_LIMIT} more (see the JSON or HTML report).`}`);
}
