import * as l10n from '@vscode/l10n';
import { pairNoticeText } from '../warnings';
import type { FramingEntry, Quote, Report, SentenceRef } from '../types';
import { LOADED_DATA_SOURCE } from '../loaded/loader';
import { escapeMarkdown as md } from './escape';
import { inlinePieces } from './inlineDiff';
import { categoryInSentence, categoryLabel, loadedNote, pairLabel, substitutionLabel, collapsed, ignoredNote, signed, spelledApart, summaryLines, termGroups } from './labels';
import { leftOutMarkdown, leftOutNoteMarkdown } from './leftOutSections';

/** Long lists are cut in the Markdown report so that it stays something a person reads. */
const LIST_LIMIT = 40;

/** Renders a report as Markdown: a readable summary first, details after. */
export function renderMarkdown(report: Report): string {
  const [a, b] = report.articles;
  const out: string[] = [`# ${l10n.t('Framing Lens report')}`, ''];
  const counts = (x: typeof a) => l10n.t('{0} paragraphs, {1} sentences, {2} words', x.paragraphs, x.sentences, x.words);
  out.push(`- **A:** ${md(a.title)} — ${counts(a)}`);
  out.push(`- **B:** ${md(b.title)} — ${counts(b)}`, '');
  const note = l10n.t('Note:');
  for (const notice of report.notices) {
    out.push(`> **${note}** ${md(pairNoticeText(notice))}`, '');
  }
  const leftOut = [report.excluded?.a ?? [], report.excluded?.b ?? []];
  leftOutNoteMarkdown(['A', 'B'], leftOut, out);
  if (report.ignored) out.push(`> **${note}** ${md(ignoredNote(report.ignored))}`, '');
  keyFindingsSection(report, out);
  out.push(`## ${l10n.t('Summary')}`, '', ...summaryLines(report).map((line) => `- ${line}`), '');
  framingSection(report, out);
  loadedSection(report, out);
  changesSection(report, out);
  onlyInSection(l10n.t('In A, with no close match in B'), report.onlyInA, out);
  onlyInSection(l10n.t('In B, with no close match in A'), report.onlyInB, out);
  rewordedSection(report, out);
  quotesSection(report, out);
  toneSection(report, out);
  leftOutMarkdown(['A', 'B'], leftOut, out);
  return out.join('\n');
}

function keyFindingsSection(report: Report, out: string[]): void {
  out.push(`## ${l10n.t('Key findings')}`, '');
  if (report.keyFindings.length === 0) {
    out.push(l10n.t('Nothing stands out: the articles word what they share alike.'), '');
    return;
  }
  report.keyFindings.forEach((finding, i) => out.push(`${i + 1}. ${md(finding.text)}`));
  out.push('');
}

function loadedSection(report: Report, out: string[]): void {
  if (report.loaded.a.length + report.loaded.b.length === 0) return;
  out.push(`## ${l10n.t('Loaded words in the outlet\'s own voice')}`, '');
  for (const [label, which] of [['A', 'a'], ['B', 'b']] as const) {
    const terms = report.loaded[which];
    if (terms.length > 0) out.push(`- **${label}:** ${md(collapsed(termGroups(terms)))}`);
  }
  out.push('', `*${l10n.t('{0} Source: {1}', md(loadedNote()), md(LOADED_DATA_SOURCE))}*`, '');
}

function framingSection(report: Report, out: string[]): void {
  out.push(`## ${l10n.t('Framing')}`, '');
  const contrasts = report.framing.filter((f) => f.contrast);
  if (contrasts.length === 0) {
    out.push(l10n.t('No framing contrasts: where the articles use terms from the lexicon, they use the same ones.'), '');
  } else {
    out.push(`| ${l10n.t('Category')} | ${l10n.t('A says')} | ${l10n.t('B says')} | ${l10n.t('What the choice signals')} |`, '|---|---|---|---|');
    for (const entry of contrasts) {
      out.push(`| ${categoryLabel(entry.category)} | ${side(entry.a)} | ${side(entry.b)} | ${md(entry.explanation)} |`);
    }
    out.push('');
  }
  const alike = report.framing.filter((f) => !f.contrast && f.a.length > 0 && f.b.length > 0);
  if (alike.length > 0) {
    const list = alike.map((f) => `${md(collapsed(termGroups(f.a)))} (${categoryInSentence(f.category)})`).join('; ');
    out.push(l10n.t('Used alike by both: {0}.', list), '');
  }
  for (const [label, which] of [['A', 'a'], ['B', 'b']] as const) {
    const alone = report.framing.filter((f) => !f.contrast && f[which].length > 0 && f[which === 'a' ? 'b' : 'a'].length === 0);
    if (alone.length > 0) {
      const list = alone.map((f) => md(collapsed(termGroups(f[which])))).join('; ');
      out.push(l10n.t('Named only in {0} (the other article does not mention it, so no choice is implied): {1}.', label, list), '');
    }
  }
  const spelling = spelledApart(report);
  if (spelling.length > 0) {
    out.push(l10n.t('Spelling variants (not counted as framing): {0}.', spelling.map((f) => `${side(f.a)} / ${side(f.b)}`).join('; ')), '');
  }
}

function side(occurrences: FramingEntry['a']): string {
  return occurrences.length === 0 ? '—' : md(collapsed(termGroups(occurrences)));
}

function changesSection(report: Report, out: string[]): void {
  const changes = report.changes.filter((c) => c.category !== 'spelling-variant');
  out.push(`## ${l10n.t('Wording changes in corresponding sentences')}`, '');
  if (changes.length === 0) {
    out.push(l10n.t('None.'), '');
    return;
  }
  changes.slice(0, LIST_LIMIT).forEach((change, i) => {
    const [a, b, kind] = [md(change.a.text), md(change.b.text), substitutionLabel(change.category)];
    const line =
      change.toneDelta !== 0
        ? l10n.t('A: “{0}” → B: “{1}” — {2}, tone {3}', a, b, kind, signed(change.toneDelta))
        : l10n.t('A: “{0}” → B: “{1}” — {2}', a, b, kind);
    out.push(`${i + 1}. ${line}`);
  });
  more(changes.length, out);
  out.push('');
}

function onlyInSection(title: string, sentences: readonly SentenceRef[], out: string[]): void {
  out.push(`## ${title}`, '');
  if (sentences.length === 0) {
    out.push(l10n.t('Nothing: every sentence has a close match.'), '');
    return;
  }
  for (const s of sentences.slice(0, LIST_LIMIT)) {
    out.push(`- ${md(s.text)}`);
  }
  more(sentences.length, out);
  out.push('');
}

function rewordedSection(report: Report, out: string[]): void {
  const reworded = report.pairs.filter((p) => p.diffs.length > 0);
  if (reworded.length === 0) return;
  out.push(`## ${l10n.t('Corresponding sentences, reworded')}`, '');
  out.push(
    l10n.t({
      message: 'Words only in A are ~~struck through~~, words only in B are **bold**.',
      args: [],
      comment: ['Markdown: keep the ~~ ~~ (strike-through) and ** ** (bold) marks around the words that say how each looks'],
    }),
    ''
  );
  for (const pair of reworded.slice(0, LIST_LIMIT)) {
    const kind = pairLabel(pair.kind);
    out.push(`- *${pair.moved ? l10n.t({ message: '{0}, moved', args: [kind], comment: ['{0} says how two corresponding sentences differ, as "reworded"'] }) : kind}*`);
    out.push(`  - A: ${marked(report.sentences.a, pair, 'a')}`);
    out.push(`  - B: ${marked(report.sentences.b, pair, 'b')}`);
  }
  more(reworded.length, out);
  out.push('');
}

function marked(sentences: readonly SentenceRef[], pair: Report['pairs'][number], which: 'a' | 'b'): string {
  return inlinePieces(sentences, pair, which)
    .map((piece) => {
      const text = md(piece.text);
      if (!piece.kind || text.trim() === '') {
        return text;
      }
      return which === 'a' ? `~~${text}~~` : `**${text}**`;
    })
    .join('');
}

function quotesSection(report: Report, out: string[]): void {
  const { quotes } = report;
  out.push(`## ${l10n.t('Quotes and attribution')}`, '');
  if (quotes.a.length + quotes.b.length === 0) {
    out.push(l10n.t('No quotations found.'), '');
    return;
  }
  const attribution = (q: Quote | undefined) => (q ? `${md(q.speaker?.text ?? '—')}, ${md(q.verb?.text ?? '—')}` : '—');
  out.push(`| ${l10n.t('Quote')} | ${l10n.t('A: who, verb')} | ${l10n.t('B: who, verb')} |`, '|---|---|---|');
  const sharedA = new Set(quotes.shared.map((s) => s.a));
  const sharedB = new Set(quotes.shared.map((s) => s.b));
  for (const s of quotes.shared) {
    out.push(`| “${md(short(quotes.a[s.a]!.quote.text))}” | ${attribution(quotes.a[s.a])} | ${attribution(quotes.b[s.b])} |`);
  }
  quotes.a.forEach((q, i) => {
    if (!sharedA.has(i)) out.push(`| “${md(short(q.quote.text))}” | ${attribution(q)} | — |`);
  });
  quotes.b.forEach((q, i) => {
    if (!sharedB.has(i)) out.push(`| “${md(short(q.quote.text))}” | — | ${attribution(q)} |`);
  });
  out.push('');
}

function toneSection(report: Report, out: string[]): void {
  const { sentiment } = report;
  const words = (list: readonly { word: string; weight: number; count: number }[]) =>
    list.slice(0, 6).map((d) => `${md(d.word)} (${signed(d.weight)}${d.count > 1 ? ` ×${d.count}` : ''})`).join(', ') || '—';
  out.push(`## ${l10n.t('Tone')}`, '');
  out.push('| | A | B |', '|---|---|---|');
  out.push(`| ${l10n.t('Per word')} | ${signed(sentiment.a.comparative, 3)} | ${signed(sentiment.b.comparative, 3)} |`);
  const total = l10n.t({ message: 'Total', args: [], comment: ['Table row: the total tone score of an article'] });
  out.push(`| ${total} | ${signed(sentiment.a.score)} | ${signed(sentiment.b.score)} |`);
  out.push(`| ${l10n.t('Negative words')} | ${words(sentiment.a.negative)} | ${words(sentiment.b.negative)} |`);
  out.push(`| ${l10n.t('Positive words')} | ${words(sentiment.a.positive)} | ${words(sentiment.b.positive)} |`, '');
  const gap = sentiment.gap;
  out.push(
    l10n.t(
      'Tone gap (B − A): {0} — {1} from changed wording in corresponding sentences, {2} from content only one article has.',
      signed(gap.total),
      signed(gap.fromWording),
      signed(gap.fromOneSidedContent)
    ),
    ''
  );
  if (sentiment.actors.length > 0) {
    out.push(`| ${l10n.t('Tone of sentences that mention')} | ${l10n.t('A: sentences, score')} | ${l10n.t('B: sentences, score')} |`, '|---|---|---|');
    for (const actor of sentiment.actors) {
      out.push(`| ${md(actor.actor)} | ${actor.a.mentions}, ${signed(actor.a.score)} | ${actor.b.mentions}, ${signed(actor.b.score)} |`);
    }
    out.push('');
  }
  out.push(`*${md(sentiment.limits)}*`, '');
}

function short(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function more(total: number, out: string[]): void {
  if (total > LIST_LIMIT) {
    out.push(`- ${l10n.t`… and ${total - LIST_LIMIT} more (see the JSON or HTML report).`}`);
  }
}
