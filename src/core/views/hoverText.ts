import * as l10n from '@vscode/l10n';
import { highlightKey, highlightLabel } from '../findings/ignoredFindings';
import { escapeMarkdown } from '../render/escape';
import { categoryLabel, loadedNote, pairLabel, substitutionLabel, signed, termList } from '../render/labels';
import { LEFT_OUT_LABELS } from '../render/leftOutLabels';
import { LOADED_DATA_SOURCE } from '../loaded/loader';
import type { CollectionFraming, CollectionReport, FramingEntry, Report, Side, Span, TextSpan } from '../types';
import { counterpartOf, otherSide, sideLabel } from './counterpart';
import type { Highlight, HighlightSource } from './highlights';

/** Command ids the hover links to; passed in so the engine knows nothing about the editor. */
export interface HoverCommands {
  readonly revealCounterpart: string;
  readonly openReport: string;
  /** Selects a span of a given article (`{ article, start, end }`), for the links to each outlet. */
  readonly revealInArticle?: string;
  /** Brings the text reading the files left out back into the comparison. */
  readonly includeLeftOut?: string;
  /** Shows the hover again with its details (notes, sources, tone), or without them. */
  readonly toggleDetails?: string;
  /** Hides a finding in this workspace (`{ key, label }`, see `ignoredFindings.ts`). */
  readonly ignoreFinding?: string;
}

export interface HoverInput {
  readonly report: Report;
  /** The article the hover is shown in. */
  readonly side: Side;
  /** The highlights under the mouse (see `highlightsAt`). */
  readonly hits: readonly Highlight[];
  readonly commands: HoverCommands;
  /** The note of one lexicon variant (who uses it, what it implies), when the lexicon is at hand. */
  readonly variantNote?: (setId: string, variantId: string) => string | undefined;
  /** Three or more articles: the collection, and which of its articles the hover is shown in. */
  readonly collection?: CollectionReport;
  readonly article?: number;
  /**
   * `short`: what it is, its counterpart and what the choice signals, in a few lines that fit
   * the hover box, with a link to the details; `full` (the default): the notes, the
   * explanation, its source and the tone of the words too.
   */
  readonly detail?: 'short' | 'full';
}

/** Most outlets listed in a hover; the report lists them all. */
const MAX_OUTLETS = 8;

/** Longest article excerpt quoted in a hover. */
const MAX_QUOTE = 140;

/** Sections lead with what matters most: framing, then wording, then sentence-level marks. */
const ORDER: Readonly<Record<HighlightSource['type'], number>> = {
  framing: 0,
  outlets: 0,
  nameVariant: 1,
  wordDiff: 2,
  spelling: 3,
  loaded: 4,
  moved: 5,
  onlyIn: 6,
  leftOut: 7,
};

/**
 * The Markdown of the hover over highlighted text: for each highlight under the mouse, what
 * kind of difference it is, its counterpart in the other article, and for framing terms the
 * category, the variant notes, the explanation and its source; the AFINN weights of the words
 * involved; then links to reveal the counterpart and to open the report. Article text is
 * escaped, so nothing in an article can add links or formatting. Empty when nothing is hit.
 */
export function hoverMarkdown(input: HoverInput): string {
  const hits = [...input.hits].sort((x, y) => ORDER[x.source.type] - ORDER[y.source.type] || x.end - x.start - (y.end - y.start));
  const seen = new Set<unknown>();
  const sections: Section[] = [];
  for (const hit of hits) {
    const key = recordOf(hit.source);
    if (seen.has(key)) continue;
    seen.add(key);
    sections.push(section(input, hit));
  }
  const [first, ...rest] = sections;
  if (!first) return '';
  const full = input.detail !== 'short';
  const withDetails = sections.some((s) => s.details.length > 0 || (s.signal !== undefined && !full));
  const toggle =
    input.commands.toggleDetails && withDetails
      ? full
        ? link(l10n.t('Fewer details'), `command:${input.commands.toggleDetails}`, l10n.t('Show only what it is and its counterpart'))
        : link(l10n.t('Details'), `command:${input.commands.toggleDetails}`, l10n.t('Show the notes, sources and tone'))
      : undefined;
  // Short: what it is, its counterpart and the one line that says what the choice signals,
  // then the links, so the hover fits its box; the details come on request.
  const body = (s: Section) => (full ? s.details : s.signal ? [s.signal] : []);
  // The links come right after the first heading, where they are seen without scrolling a
  // long explanation; the details and the other highlights under the mouse follow.
  const top = [first.head.join('  \n'), ...(full ? [] : body(first)), links(input, toggle), ...(full ? body(first) : [])].join('\n\n');
  return [top, ...rest.map((s) => [s.head.join('  \n'), ...body(s)].join('\n\n'))].join('\n\n---\n\n');
}

/** One highlight explained: a heading (kind and counterpart), what it signals in one line, and details. */
interface Section {
  readonly head: readonly string[];
  readonly details: readonly string[];
  /** The short hover's one line on what the choice signals (the details' first sentence). */
  readonly signal?: string;
}

/** The first sentence of a note, escaped: what a short hover says of it. */
function firstSentence(text: string | undefined): string | undefined {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const end = clean.search(/(?<=[.!?])\s(?=[A-Z“"‘'(])/);
  const sentence = end > 0 ? clean.slice(0, end) : clean;
  return escapeMarkdown(sentence.length > 180 ? `${sentence.slice(0, 179).trimEnd()}…` : sentence);
}

function recordOf(source: HighlightSource): unknown {
  switch (source.type) {
    case 'onlyIn':
      return source.sentence;
    case 'moved':
      return source.pair;
    case 'wordDiff':
      return source.diff;
    case 'framing':
      return source.entry;
    case 'nameVariant':
      return source.change;
    case 'spelling':
      return source.entry ?? source.change;
    case 'loaded':
      return source.term;
    case 'outlets':
      return source.row;
    case 'leftOut':
      return source.run;
  }
}

function section(input: HoverInput, hit: Highlight): Section {
  const { report, side } = input;
  const other = otherSide(side);
  const A = sideLabel(side);
  const B = sideLabel(other);
  const source = hit.source;
  switch (source.type) {
    case 'framing':
      if (source.entry.agency || source.entry.distancing) return engineFramingSection(source.entry);
      return withOutlets(input, framingSection(input, source.entry), source.entry.setId);
    case 'outlets':
      return outletsSection(input, source.row);
    case 'loaded': {
      const { term } = source;
      return {
        head: [
          `${kind(l10n.t('Loaded word'))} · ${prose(
            term.subjectivity === 'strong' ? l10n.t('strongly subjective — {0} uses it in its own voice', A) : l10n.t('weakly subjective — {0} uses it in its own voice', A)
          )}`,
          `${A}: ${emph(term.text)}`,
        ],
        details: [escapeMarkdown(loadedNote()), sourceLine(LOADED_DATA_SOURCE), ...toneLine(report, [[side, term]])],
        ...signalOf(loadedNote()),
      };
    }
    case 'nameVariant': {
      const { change } = source;
      return {
        head: [
          `${kind(l10n.t('Framing term'))} · ${prose(categoryLabel('place-name'))} — ${prose(l10n.t('the same name spelled two ways'))}`,
          counterpartLine(change.a, change.b),
        ],
        details: toneLine(report, [['a', change.a], ['b', change.b]]),
      };
    }
    case 'wordDiff': {
      const { diff, change, pair } = source;
      if (diff.kind === 'replaced') {
        const label = change && change.category !== 'unclassified' ? ` · ${prose(substitutionLabel(change.category))}` : '';
        return { head: [`${kind(l10n.t('Wording change'))}${label}`, counterpartLine(diff.a, diff.b)], details: toneLine(report, [['a', diff.a], ['b', diff.b]]) };
      }
      const only: Side = diff.kind === 'deleted' ? 'a' : 'b';
      const otherSpan = only === 'a' ? pair.bSpan : pair.aSpan;
      return {
        head: [
          `${kind(l10n.t('Words only in {0}', sideLabel(only)))} — ${prose(l10n.t('the corresponding sentence of article {0} does not have them', sideLabel(otherSide(only))))}`,
          `${sideLabel(only)}: ${emph(diff[only].text)}`,
        ],
        details: [
          `${prose(l10n.t("{0}'s sentence:", sideLabel(otherSide(only))))} ${quote(sentenceText(report, otherSide(only), otherSpan))}`,
          ...toneLine(report, [[only, diff[only]]]),
        ],
      };
    }
    case 'spelling': {
      const [a, b] = source.entry
        ? [termList(source.entry.a) || '—', termList(source.entry.b) || '—']
        : [source.change!.a.text, source.change!.b.text];
      return { head: [`${kind(l10n.t('Spelling variant'))} — ${prose(l10n.t('shown, not counted as framing'))}`, `A: ${emph(a)} — B: ${emph(b)}`], details: [] };
    }
    case 'moved': {
      const { pair } = source;
      const ownIndex = side === 'a' ? pair.a : pair.b;
      const otherIndex = side === 'a' ? pair.b : pair.a;
      const where =
        pair.kind === 'identical'
          ? l10n.t('both articles have this sentence, at different places')
          : l10n.t('both articles have this sentence ({0}), at different places', pairLabel(pair.kind));
      return {
        head: [
          `${kind(l10n.t({ message: 'Moved', args: [], comment: ['Hover heading: a sentence both articles have, at different places'] }))} — ${prose(where)}`,
          prose(l10n.t('In {0}: {1} · in {2}: {3}', A, position(ownIndex, report.sentences[side].length), B, position(otherIndex, report.sentences[other].length))),
        ],
        // The other article's wording is worth quoting only when it differs.
        details: pair.kind === 'identical' ? [] : [`${B}: ${quote(sentenceText(report, other, side === 'a' ? pair.bSpan : pair.aSpan))}`],
      };
    }
    case 'leftOut': {
      const { label, why } = LEFT_OUT_LABELS[source.run.reason];
      return {
        head: [`${kind(l10n.t('Left out of the analysis'))} · ${prose(label)} — ${prose(l10n.t("{0}, not the article's own text", why))}`],
        details: [prose(l10n.t('It is in no count, alignment, framing term or tone of the comparison.'))],
      };
    }
    case 'onlyIn':
      return {
        head: [`${kind(l10n.t('No close match'))} — ${prose(l10n.t('no sentence of {0} tells this closely ({0} may word it very differently, or leave it out)', B))}`],
        details: toneLine(report, [[side, source.sentence]], l10n.t('Tone of this sentence (AFINN):')),
      };
  }
}

/**
 * Agency and distancing: short first (what it is and the two wordings), then the note that
 * names the agent or the marked words, what such wording does, and where that comes from.
 */
function engineFramingSection(entry: FramingEntry): Section {
  const side = entry.agency?.agentSide ?? entry.distancing!.side;
  const other = otherSide(side);
  const summary = entry.agency
    ? l10n.t('article {0} does not say who acted', sideLabel(other))
    : entry.distancing!.counterpart
      ? l10n.t('article {0} distances itself from a word {1} uses plainly', sideLabel(side), sideLabel(other))
      : l10n.t('article {0} distances itself from a word', sideLabel(side));
  const show = (list: FramingEntry['a']) => (list.length ? emph(list.map((o) => o.text).join(' · ')) : '—');
  return {
    head: [`${kind(categoryLabel(entry.category))} — ${prose(summary)}`, `A: ${show(entry.a)} — B: ${show(entry.b)}`],
    details: [escapeMarkdown(entry.note), escapeMarkdown(entry.explanation), sourceLine(entry.source)],
    ...signalOf(entry.note || entry.explanation),
  };
}

function signalOf(text: string | undefined): { signal?: string } {
  const signal = firstSentence(text);
  return signal ? { signal } : {};
}

function framingSection(input: HoverInput, entry: FramingEntry): Section {
  const head = [
    `${kind(l10n.t('Framing term'))} · ${prose(categoryLabel(entry.category))}${entry.contrast ? '' : ` ${prose(l10n.t('(both articles use the same term)'))}`}`,
    `A: ${entry.a.length ? emph(termList(entry.a)) : noTerm()} — B: ${entry.b.length ? emph(termList(entry.b)) : noTerm()}`,
  ];
  const details: string[] = [];
  const notes: string[] = [];
  /** Each variant's note cut to its first sentence: what a short hover says the choice signals. */
  const shortNotes: string[] = [];
  if (input.variantNote) {
    const variants = [...new Set([...entry.variantsA, ...entry.variantsB])];
    for (const variantId of variants) {
      const note = input.variantNote(entry.setId, variantId);
      const example = [...entry.a, ...entry.b].find((o) => o.variantId === variantId);
      if (note && example) {
        notes.push(`- ${emph(example.text)}: ${escapeMarkdown(note)}`);
        shortNotes.push(`- ${emph(example.text)}: ${firstSentence(note)}`);
      }
    }
  }
  if (notes.length > 0) {
    details.push(notes.join('\n'));
    if (entry.explanation) details.push(escapeMarkdown(entry.explanation));
  } else if (entry.note || entry.explanation) {
    details.push(escapeMarkdown(entry.note || entry.explanation));
  }
  if (entry.source) details.push(sourceLine(entry.source));
  details.push(...toneLine(input.report, [...entry.a.map((o) => ['a', o] as const), ...entry.b.map((o) => ['b', o] as const)]));
  return { head, details, ...(shortNotes.length > 0 ? { signal: shortNotes.join('\n') } : signalOf(entry.note || entry.explanation)) };
}

/**
 * A set some outlets of a collection word differently, in an article whose pair with the
 * focus does not contrast on it: how every outlet words it, then the notes.
 */
function outletsSection(input: HoverInput, row: CollectionFraming): Section {
  const head = [`${kind(l10n.t('Framing term'))} · ${prose(categoryLabel(row.category))} — ${prose(l10n.t('the outlets word it differently'))}`, ...outletLines(input, row)];
  const details: string[] = [];
  const noted = [...new Set(row.variants.flat())].flatMap((variantId) => {
    const note = input.variantNote?.(row.setId, variantId);
    const example = row.uses.flat().find((u) => u.variantId === variantId);
    return note && example ? [{ text: example.text, note }] : [];
  });
  if (noted.length > 0) details.push(noted.map((n) => `- ${emph(n.text)}: ${escapeMarkdown(n.note)}`).join('\n'));
  if (row.explanation) details.push(escapeMarkdown(row.explanation));
  if (row.source) details.push(sourceLine(row.source));
  // Short: what each outlet's word signals, in a line each; else the explanation's first sentence.
  const signal = noted.length > 0 ? noted.map((n) => `- ${emph(n.text)}: ${firstSentence(n.note)}`).join('\n') : firstSentence(row.explanation);
  return { head, details, ...(signal ? { signal } : {}) };
}

/** A pair's framing section, with how every outlet of the collection words the set. */
function withOutlets(input: HoverInput, section: Section, setId: string): Section {
  const row = input.collection?.framing.find((r) => r.setId === setId);
  if (!row) return section;
  return { ...section, head: [...section.head, kind(l10n.t('All outlets:')), ...outletLines(input, row)] };
}

/** "**B** · headline: *Odessa* ×2 · Reveal", one line per outlet, this article first. */
function outletLines(input: HoverInput, row: CollectionFraming): string[] {
  const collection = input.collection!;
  const here = input.article ?? -1;
  const order = collection.articles.map((_, k) => k).sort((x, y) => Number(y === here) - Number(x === here) || x - y);
  const lines = order.slice(0, MAX_OUTLETS).map((k) => {
    const article = collection.articles[k]!;
    const uses = row.uses[k] ?? [];
    // This article needs no title: the reader is looking at it.
    const name = k === here ? `**${article.label}** ${prose(l10n.t('(this article)'))}` : `**${article.label}** · ${escapeMarkdown(shorten(article.title, 48))}`;
    if (uses.length === 0) return `${name}: —`;
    const counts = new Map<string, number>();
    for (const use of uses) counts.set(use.text, (counts.get(use.text) ?? 0) + 1);
    const words = [...counts].map(([text, n]) => `${emph(text)}${n > 1 ? ` ×${n}` : ''}`).join(', ');
    const reveal =
      k !== here && input.commands.revealInArticle
        ? ` · ${link(
            l10n.t('Reveal'),
            `command:${input.commands.revealInArticle}?${encodeURIComponent(JSON.stringify([{ article: k, start: uses[0]!.start, end: uses[0]!.end }]))}`,
            l10n.t('Select it in article {0}', article.label)
          )}`
        : '';
    return `${name}: ${words}${reveal}`;
  });
  const more = order.length - MAX_OUTLETS;
  if (more > 0) lines.push(prose(more === 1 ? l10n.t('and 1 more in the report') : l10n.t('and {0} more in the report', more)));
  return lines;
}

function shorten(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > limit ? `${clean.slice(0, limit - 1).trimEnd()}…` : clean;
}

function links(input: HoverInput, toggle: string | undefined): string {
  const parts: string[] = [];
  // The most specific highlight with a counterpart decides where "Reveal counterpart" goes.
  const bySize = [...input.hits].sort((x, y) => x.end - x.start - (y.end - y.start));
  for (const hit of bySize) {
    const target = counterpartOf(input.report, input.side, hit);
    if (target.found) {
      const from = input.article === undefined ? { side: input.side } : { side: input.side, article: input.article };
      const args = encodeURIComponent(JSON.stringify([{ ...from, start: hit.start, end: hit.end }]));
      const title = l10n.t('Select the counterpart in article {0}', sideLabel(target.side));
      parts.push(link(l10n.t('Reveal counterpart'), `command:${input.commands.revealCounterpart}?${args}`, title));
      break;
    }
  }
  if (input.commands.includeLeftOut && input.hits.some((h) => h.source.type === 'leftOut')) {
    parts.push(link(l10n.t('Include left-out text'), `command:${input.commands.includeLeftOut}`, l10n.t('Analyse the text left out of every compared article')));
  }
  parts.push(link(l10n.t('Open report'), `command:${input.commands.openReport}`, l10n.t('Open the comparison report')));
  if (toggle) parts.push(toggle);
  if (input.commands.ignoreFinding) {
    // The finding the hover leads with, when it is one a reader may call noise.
    const first = [...input.hits].sort((x, y) => ORDER[x.source.type] - ORDER[y.source.type]).find((hit) => highlightKey(hit.source));
    if (first) {
      const args = encodeURIComponent(JSON.stringify([{ key: highlightKey(first.source), label: highlightLabel(first.source) }]));
      parts.push(
        link(l10n.t('Ignore'), `command:${input.commands.ignoreFinding}?${args}`, l10n.t('Do not show this finding in this workspace (Restore Ignored Findings brings it back)'))
      );
    }
  }
  return parts.join(' · ');
}

function counterpartLine(a: TextSpan, b: TextSpan): string {
  const show = (span: TextSpan) => (span.text.trim() ? emph(span.text) : '—');
  return `A: ${show(a)} — B: ${show(b)}`;
}

/** "Tone (AFINN): *rubbished* −2 · *denied* −2", from the words the report scored in the spans. */
function toneLine(report: Report, spans: readonly (readonly [Side, Span])[], label = l10n.t('Tone (AFINN):')): string[] {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const [side, span] of spans) {
    for (const sentence of report.sentiment[side].sentences) {
      if (sentence.end <= span.start || sentence.start >= span.end) continue;
      for (const word of sentence.words) {
        if (word.start < span.start || word.end > span.end) continue;
        const key = `${side}:${word.text.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        parts.push(`${sideLabel(side)} ${emph(word.text)} ${signed(word.weight)}`);
      }
    }
  }
  return parts.length > 0 ? [`${prose(label)} ${parts.join(' · ')}`] : [];
}

function position(indices: readonly number[], total: number): string {
  const numbers = indices.map((i) => i + 1);
  return numbers.length > 1 ? l10n.t('sentences {0} of {1}', numbers.join('–'), total) : l10n.t('sentence {0} of {1}', numbers.join('–'), total);
}

function sentenceText(report: Report, side: Side, span: Span): string {
  return report.sentences[side]
    .filter((s) => s.start < span.end && s.end > span.start)
    .map((s) => s.text)
    .join(' ');
}

function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return emph(clean.length > MAX_QUOTE ? clean.slice(0, MAX_QUOTE - 1).trimEnd() + '…' : clean);
}

/** Article text in italics, escaped, with no blank ends (which would break the emphasis). */
function emph(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean ? `*${escapeMarkdown(clean)}*` : '—';
}

/**
 * A translated phrase in the hover's Markdown: escaped like article text, since a translation
 * is text and not markup, but keeping its parentheses, which cannot open a link once the
 * brackets are escaped, so that the English reads as it always has.
 */
function prose(text: string): string {
  return escapeMarkdown(text).replace(/\\([()])/g, '$1');
}

/** The bold kind a section leads with ("**Framing term**"). */
function kind(label: string): string {
  return `**${prose(label)}**`;
}

/** Where a note comes from: "*Source:* …", the source (lexicon data) escaped as written. */
function sourceLine(source: string): string {
  return `*${prose(l10n.t('Source:'))}* ${escapeMarkdown(source)}`;
}

/** What a side of a framing set shows when it uses none of the set's terms. */
function noTerm(): string {
  return `*${prose(l10n.t('(no term of this set)'))}*`;
}

/** A Markdown link with a tooltip: both translated, so the text is escaped and the title quoted. */
function link(text: string, target: string, title: string): string {
  return `[${prose(text)}](${target} "${title.replace(/[\r\n]+/g, ' ').replace(/["\\]/g, '\\$&')}")`;
}
