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
  plural,
  setName,
  splitCoverage,
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
  const out: string[] = [`# Framing Lens: ${report.articles.length} outlets compared`, ''];
  for (const article of report.articles) {
    out.push(`- **${md(article.label)}:** ${md(article.title)} — ${article.sentences} sentences, ${article.words} words${article.path ? ` (${md(article.path)})` : ''}`);
  }
  out.push('');
  for (const notice of report.notices) out.push(`> **Note:** ${md(collectionNoticeText(report, notice))}`, '');
  const labels = report.articles.map((a) => a.label);
  leftOutNoteMarkdown(labels, report.excluded ?? [], out);
  out.push('## Key points', '', ...keyPoints(report).map((point) => `- ${md(point)}`), '');
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
  out.push('## Who uses which words', '');
  const rows = matrixRows(report);
  if (rows.length === 0) {
    out.push('No outlet uses a term from the framing lexicon.', '');
    return;
  }
  out.push('Each cell: the words the outlet uses in its own voice, with how often; — where it does not use them.', '');
  out.push(...tableHead(report, 'Words for'));
  for (const row of rows.slice(0, MATRIX_ROWS)) {
    const mark = row.contrast ? ' *(outlets differ)*' : '';
    out.push(`| ${md(setName(row))}${mark} | ${report.articles.map((_, k) => cell(row, k)).join(' | ')} |`);
  }
  if (rows.length > MATRIX_ROWS) out.push('', `… and ${rows.length - MATRIX_ROWS} more (see the JSON or HTML report).`);
  out.push('');
}

function cell(row: CollectionFraming, k: number): string {
  const own = ownUses(row, k);
  if (own.length > 0) return md(collapsed(termGroups(own)));
  const cited = citedUses(row, k);
  return cited.length > 0 ? `— (not its own words: ${md(collapsed(groupByText(cited).map((g) => g.first.text)))})` : '—';
}

function coverageSection(report: CollectionReport, out: string[]): void {
  const { omitted, shared } = splitCoverage(report);
  const all = report.articles.length;
  out.push('## Which outlets carry each fact', '');
  if (omitted.length === 0) {
    out.push('Every fact two or more outlets carry, all of them carry.', '');
  } else {
    out.push(`### Facts some outlets leave out (${omitted.length})`, '');
    omitted.slice(0, LIST_LIMIT).forEach((group, i) => {
      out.push(`${i + 1}. “${md(factText(report, group))}” — in ${labelList(report, group.articles)}; left out by **${labelList(report, group.missing)}**`);
    });
    more(omitted.length, out);
    out.push('');
  }
  out.push(`### Facts all ${all} outlets carry (${shared.length})`, '');
  if (shared.length === 0) out.push('None.');
  for (const group of shared.slice(0, LIST_LIMIT)) out.push(`- ${md(factText(report, group))}`);
  more(shared.length, out);
  out.push('');
}

function unsharedSection(report: CollectionReport, out: string[]): void {
  const outlets = report.unshared.map((list, k) => ({ list, k })).filter((x) => x.list.length > 0);
  out.push('## Sentences only one outlet carries', '');
  if (outlets.length === 0) {
    out.push('None: every sentence has a counterpart in another outlet.', '');
    return;
  }
  for (const { list, k } of outlets) {
    out.push(`- **${md(outletName(report.articles[k]!))}** (${plural(list.length, 'sentence')})`);
    for (const s of list.slice(0, UNSHARED_SHOWN)) out.push(`  - ${md(s.text)}`);
    if (list.length > UNSHARED_SHOWN) out.push(`  - … and ${list.length - UNSHARED_SHOWN} more`);
  }
  out.push('');
}

function similaritySection(report: CollectionReport, out: string[]): void {
  out.push('## Similarity', '', 'Share of the content words that lie in corresponding sentences, for each pair of outlets.', '');
  out.push(...tableHead(report, ''));
  report.articles.forEach((article, i) => {
    const cells = report.articles.map((_, j) => (i === j ? '—' : percent(report.similarity[i]?.[j] ?? 0)));
    out.push(`| **${md(article.label)}** | ${cells.join(' | ')} |`);
  });
  out.push('');
}

function pairsSection(report: CollectionReport, out: string[]): void {
  const focus = report.articles[report.focus]!;
  out.push(`## ${md(focus.label)} against each other outlet`, '');
  for (const comparison of report.comparisons) {
    const other = report.articles[comparison.b]!;
    const pair = pairReportOf(report, comparison);
    out.push(`### ${md(outletName(focus))} vs ${md(outletName(other))}`, '');
    if (focus.label !== 'A' || other.label !== 'B') {
      out.push(`*In this pair, “A” is ${md(focus.label)} and “B” is ${md(other.label)}.*`, '');
    }
    if (pair.keyFindings.length === 0) out.push('Nothing stands out: the two word what they share alike.');
    pair.keyFindings.forEach((finding, i) => out.push(`${i + 1}. ${md(finding.text)}`));
    out.push('', ...summaryLines(pair).map((line) => `- ${line}`), '');
  }
}

function more(total: number, out: string[]): void {
  if (total > LIST_LIMIT) out.push(`- … and ${total - LIST_LIMIT} more (see the JSON or HTML report).`);
}
