import type { FramingEntry, Quote, Report, SentenceRef } from '../types';
import { LOADED_DATA_SOURCE } from '../loaded/loader';
import { escapeMarkdown as md } from './escape';
import { inlinePieces } from './inlineDiff';
import { categoryLabel, loadedNote, pairLabel, substitutionLabel, collapsed, ignoredNote, signed, spelledApart, summaryLines, termGroups } from './labels';
import { leftOutMarkdown, leftOutNoteMarkdown } from './leftOutSections';

/** Long lists are cut in the Markdown report so that it stays something a person reads. */
const LIST_LIMIT = 40;

/** Renders a report as Markdown: a readable summary first, details after. */
export function renderMarkdown(report: Report): string {
  const [a, b] = report.articles;
  const out: string[] = ['# Framing Lens report', ''];
  out.push(`- **A:** ${md(a.title)} — ${a.paragraphs} paragraphs, ${a.sentences} sentences, ${a.words} words`);
  out.push(`- **B:** ${md(b.title)} — ${b.paragraphs} paragraphs, ${b.sentences} sentences, ${b.words} words`, '');
  for (const warning of report.warnings) {
    out.push(`> **Note:** ${md(warning)}`, '');
  }
  const leftOut = [report.excluded?.a ?? [], report.excluded?.b ?? []];
  leftOutNoteMarkdown(['A', 'B'], leftOut, out);
  if (report.ignored) out.push(`> **Note:** ${md(ignoredNote(report.ignored))}`, '');
  keyFindingsSection(report, out);
  out.push('## Summary', '', ...summaryLines(report).map((line) => `- ${line}`), '');
  framingSection(report, out);
  loadedSection(report, out);
  changesSection(report, out);
  onlyInSection('In A, with no close match in B', report.onlyInA, out);
  onlyInSection('In B, with no close match in A', report.onlyInB, out);
  rewordedSection(report, out);
  quotesSection(report, out);
  toneSection(report, out);
  leftOutMarkdown(['A', 'B'], leftOut, out);
  return out.join('\n');
}

function keyFindingsSection(report: Report, out: string[]): void {
  out.push('## Key findings', '');
  if (report.keyFindings.length === 0) {
    out.push('Nothing stands out: the articles word what they share alike.', '');
    return;
  }
  report.keyFindings.forEach((finding, i) => out.push(`${i + 1}. ${md(finding.text)}`));
  out.push('');
}

function loadedSection(report: Report, out: string[]): void {
  if (report.loaded.a.length + report.loaded.b.length === 0) return;
  out.push('## Loaded words in the outlet\'s own voice', '');
  for (const [label, which] of [['A', 'a'], ['B', 'b']] as const) {
    const terms = report.loaded[which];
    if (terms.length > 0) out.push(`- **${label}:** ${md(collapsed(termGroups(terms)))}`);
  }
  out.push('', `*${md(loadedNote())} Source: ${md(LOADED_DATA_SOURCE)}*`, '');
}

function framingSection(report: Report, out: string[]): void {
  out.push('## Framing', '');
  const contrasts = report.framing.filter((f) => f.contrast);
  if (contrasts.length === 0) {
    out.push('No framing contrasts: where the articles use terms from the lexicon, they use the same ones.', '');
  } else {
    out.push('| Category | A says | B says | What the choice signals |', '|---|---|---|---|');
    for (const entry of contrasts) {
      out.push(`| ${categoryLabel(entry.category)} | ${side(entry.a)} | ${side(entry.b)} | ${md(entry.explanation)} |`);
    }
    out.push('');
  }
  const alike = report.framing.filter((f) => !f.contrast && f.a.length > 0 && f.b.length > 0);
  if (alike.length > 0) {
    out.push(`Used alike by both: ${alike.map((f) => `${md(collapsed(termGroups(f.a)))} (${categoryLabel(f.category).toLowerCase()})`).join('; ')}.`, '');
  }
  for (const [label, which] of [['A', 'a'], ['B', 'b']] as const) {
    const alone = report.framing.filter((f) => !f.contrast && f[which].length > 0 && f[which === 'a' ? 'b' : 'a'].length === 0);
    if (alone.length > 0) {
      out.push(`Named only in ${label} (the other article does not mention it, so no choice is implied): ${alone.map((f) => md(collapsed(termGroups(f[which])))).join('; ')}.`, '');
    }
  }
  const spelling = spelledApart(report);
  if (spelling.length > 0) {
    out.push(`Spelling variants (not counted as framing): ${spelling.map((f) => `${side(f.a)} / ${side(f.b)}`).join('; ')}.`, '');
  }
}

function side(occurrences: FramingEntry['a']): string {
  return occurrences.length === 0 ? '—' : md(collapsed(termGroups(occurrences)));
}

function changesSection(report: Report, out: string[]): void {
  const changes = report.changes.filter((c) => c.category !== 'spelling-variant');
  out.push('## Wording changes in corresponding sentences', '');
  if (changes.length === 0) {
    out.push('None.', '');
    return;
  }
  changes.slice(0, LIST_LIMIT).forEach((change, i) => {
    const tone = change.toneDelta !== 0 ? `, tone ${signed(change.toneDelta)}` : '';
    out.push(`${i + 1}. A: “${md(change.a.text)}” → B: “${md(change.b.text)}” — ${substitutionLabel(change.category)}${tone}`);
  });
  more(changes.length, out);
  out.push('');
}

function onlyInSection(title: string, sentences: readonly SentenceRef[], out: string[]): void {
  out.push(`## ${title}`, '');
  if (sentences.length === 0) {
    out.push('Nothing: every sentence has a close match.', '');
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
  out.push('## Corresponding sentences, reworded', '');
  out.push('Words only in A are ~~struck through~~, words only in B are **bold**.', '');
  for (const pair of reworded.slice(0, LIST_LIMIT)) {
    const moved = pair.moved ? ', moved' : '';
    out.push(`- *${pairLabel(pair.kind)}${moved}*`);
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
  out.push('## Quotes and attribution', '');
  if (quotes.a.length + quotes.b.length === 0) {
    out.push('No quotations found.', '');
    return;
  }
  const attribution = (q: Quote | undefined) => (q ? `${md(q.speaker?.text ?? '—')}, ${md(q.verb?.text ?? '—')}` : '—');
  out.push('| Quote | A: who, verb | B: who, verb |', '|---|---|---|');
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
  out.push('## Tone', '');
  out.push('| | A | B |', '|---|---|---|');
  out.push(`| Per word | ${signed(sentiment.a.comparative, 3)} | ${signed(sentiment.b.comparative, 3)} |`);
  out.push(`| Total | ${signed(sentiment.a.score)} | ${signed(sentiment.b.score)} |`);
  out.push(`| Negative words | ${words(sentiment.a.negative)} | ${words(sentiment.b.negative)} |`);
  out.push(`| Positive words | ${words(sentiment.a.positive)} | ${words(sentiment.b.positive)} |`, '');
  const gap = sentiment.gap;
  out.push(`Tone gap (B − A): ${signed(gap.total)} — ${signed(gap.fromWording)} from changed wording in corresponding sentences, ${signed(gap.fromOneSidedContent)} from content only one article has.`, '');
  if (sentiment.actors.length > 0) {
    out.push('| Tone of sentences that mention | A: sentences, score | B: sentences, score |', '|---|---|---|');
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
    out.push(`- … and ${total - LIST_LIMIT} more (see the JSON or HTML report).`);
  }
}
