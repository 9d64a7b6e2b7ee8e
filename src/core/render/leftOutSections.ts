/**
 * The report's account of what reading the files left out: a note under the header (so no
 * reader misses it) and a section listing every left-out run with its reason and an excerpt,
 * each excerpt linked to its place in the article in the report panel.
 */
import * as l10n from '@vscode/l10n';
import type { LeftOutText } from '../types';
import { escapeHtml as h, escapeMarkdown as md } from './escape';
import { LEFT_OUT_LABELS, leftOutLines } from './leftOutLabels';

/** Longest excerpt of a left-out run the report quotes. */
const EXCERPT = 140;

/** Left-out runs the report lists per article before it folds the rest into a count. */
const LISTED = 40;

/** Wraps an excerpt of run `run` of article `article` (a link in the interactive panel). */
export type LeftOutLink = (article: number, run: LeftOutText, inner: string) => string;

/** The note under the header; empty when nothing was left out. */
export function leftOutNoteHtml(labels: readonly string[], excluded: readonly (readonly LeftOutText[])[], sectionId: string): string {
  const lines = leftOutLines(labels, excluded);
  if (lines.length === 0) return '';
  const note = l10n.t('Left out as not the articles’ own text — {0}.', lines.join('; '));
  return `<p class="fl-warning" role="note">${h(note)} <a href="#${h(sectionId)}">${h(l10n.t('What was left out'))}</a></p>`;
}

/** The section's body: per article, each run with its reason and an excerpt. */
export function leftOutListHtml(labels: readonly string[], excluded: readonly (readonly LeftOutText[])[], link: LeftOutLink): string {
  return excluded
    .map((runs, k) => {
      if (runs.length === 0) return '';
      const items = runs
        .slice(0, LISTED)
        .map((run) => `<li><span class="fl-chip">${h(LEFT_OUT_LABELS[run.reason].label)}</span> ${link(k, run, h(excerpt(run).words))}${h(lengthNote(run))}</li>`)
        .join('');
      const rest = runs.length > LISTED ? `<li class="fl-muted">${h(l10n.t('… and {0} more (see the JSON report)', runs.length - LISTED))}</li>` : '';
      const heading = l10n.t('Left out of {0} ({1})', labels[k] ?? '', runs.length);
      return `<h3><span class="fl-badge">${h(labels[k] ?? '')}</span> ${h(heading)}</h3><ul class="fl-left-out">${items}${rest}</ul>`;
    })
    .join('');
}

/** The Markdown section; nothing when nothing was left out. */
export function leftOutMarkdown(labels: readonly string[], excluded: readonly (readonly LeftOutText[])[], out: string[]): void {
  if (excluded.every((runs) => runs.length === 0)) return;
  out.push(`## ${l10n.t('Left out of the analysis')}`, '', l10n.t('Text reading the files found not to be the articles’ own; it is in no count, alignment or tone.'), '');
  excluded.forEach((runs, k) => {
    for (const run of runs.slice(0, LISTED)) out.push(`- **${md(labels[k] ?? '')}** · ${md(LEFT_OUT_LABELS[run.reason].label)}: ${md(excerpt(run).words)}${lengthNote(run)}`);
    if (runs.length > LISTED) out.push(`- **${md(labels[k] ?? '')}** ${l10n.t('… and {0} more (see the JSON report).', runs.length - LISTED)}`);
  });
  out.push('');
}

/** The Markdown note under the header; nothing when nothing was left out. */
export function leftOutNoteMarkdown(labels: readonly string[], excluded: readonly (readonly LeftOutText[])[], out: string[]): void {
  const lines = leftOutLines(labels, excluded);
  // The lines are the views' own words and article labels: nothing to escape.
  if (lines.length === 0) return;
  // The bold words are a placeholder, so that a translation can put them where its sentence needs them.
  const leftOut = `**${l10n.t({ message: 'Left out', args: [], comment: ['The start of the note “Left out as not the articles’ own text — …”, in bold'] })}**`;
  const note = l10n.t({
    message: '{0} as not the articles’ own text — {1}.',
    args: [leftOut, lines.join('; ')],
    comment: ['{0} is “Left out”, in bold; {1} lists what was left out of each article'],
  });
  out.push(`> ${note}`, '');
}

/** The visible words of a run on one line, shortened at a word (`length` is the whole run's). */
function excerpt(run: LeftOutText): { readonly words: string; readonly length: number } {
  const words = (run.display ?? run.text).replace(/\s+/g, ' ').trim();
  if (words.length <= EXCERPT) return { words, length: words.length };
  const cut = words.lastIndexOf(' ', EXCERPT - 1);
  return { words: `${words.slice(0, cut > EXCERPT / 2 ? cut : EXCERPT - 1)}…`, length: words.length };
}

/** " (1,631 characters)" after a shortened excerpt; nothing after a whole one. */
function lengthNote(run: LeftOutText): string {
  const { words, length } = excerpt(run);
  return words.length < length ? ` ${l10n.t('({0} characters)', length.toLocaleString('en-US'))}` : '';
}
