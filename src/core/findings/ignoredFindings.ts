import type { FramingEntry, LoadedTerm, Report, Substitution } from '../types';
import type { HighlightSource } from '../views/highlights';

/**
 * Findings a user chose to ignore in a workspace ("Ignore This Finding"), by key: the same
 * finding gets the same key in every comparison, whatever its offsets, so ignoring "defense /
 * defence" once silences it in every pair of articles that has it.
 *
 * - a lexicon contrast: its set (`framing:kyiv-kiev`);
 * - agency and distancing, found by the engine: their category and both sides' words;
 * - a wording change or any other word difference: both sides' words (`change:slammed→criticised`);
 * - a loaded word: the word (`loaded:brutal`).
 */
export function framingKey(entry: FramingEntry): string {
  if (entry.agency || entry.distancing) return `${entry.category}:${words(entry.a.map((o) => o.text).join(' '))}→${words(entry.b.map((o) => o.text).join(' '))}`;
  return `framing:${entry.setId}`;
}

export function changeKey(a: string, b: string): string {
  return `change:${words(a)}→${words(b)}`;
}

export function loadedKey(term: Pick<LoadedTerm, 'entry' | 'text'>): string {
  return `loaded:${words(term.entry || term.text)}`;
}

/** The key of what a highlight shows, when it is a finding one can ignore (not a sentence-level mark, nor left-out text). */
export function highlightKey(source: HighlightSource): string | undefined {
  switch (source.type) {
    case 'framing':
      return framingKey(source.entry);
    case 'outlets':
      return `framing:${source.row.setId}`;
    case 'wordDiff':
      return changeKey(source.change?.a.text ?? source.diff.a.text, source.change?.b.text ?? source.diff.b.text);
    case 'nameVariant':
      return changeKey(source.change.a.text, source.change.b.text);
    case 'spelling':
      return source.entry ? framingKey(source.entry) : source.change ? changeKey(source.change.a.text, source.change.b.text) : undefined;
    case 'loaded':
      return loadedKey(source.term);
    default:
      return undefined;
  }
}

/** A short name of the finding a highlight shows, for the list of ignored findings. */
export function highlightLabel(source: HighlightSource): string {
  const quote = (text: string) => `“${text.replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
  switch (source.type) {
    case 'framing':
      return entryLabel(source.entry);
    case 'spelling':
      if (source.entry) return entryLabel(source.entry);
      return source.change ? `${quote(source.change.a.text)} / ${quote(source.change.b.text)}` : 'spelling variant';
    case 'outlets':
      return source.row.setId;
    case 'wordDiff':
      return `${quote(source.change?.a.text ?? source.diff.a.text)} / ${quote(source.change?.b.text ?? source.diff.b.text)}`;
    case 'nameVariant':
      return `${quote(source.change.a.text)} / ${quote(source.change.b.text)}`;
    case 'loaded':
      return quote(source.term.text);
    default:
      return source.type;
  }
}

/**
 * The report without the ignored findings (framing contrasts, wording changes, spelling
 * variants, loaded words), with `ignored` saying how many were left out. The key findings
 * are ranked afresh by `rank` from what is left, so an ignored finding is not among them.
 */
export function withoutIgnored(body: Omit<Report, 'keyFindings'>, ignored: ReadonlySet<string>): Omit<Report, 'keyFindings'> {
  if (ignored.size === 0) return body;
  let count = 0;
  const keep = <T>(list: readonly T[], key: (item: T) => string): T[] =>
    list.filter((item) => {
      const hidden = ignored.has(key(item));
      if (hidden) count++;
      return !hidden;
    });
  const change = (c: Substitution) => changeKey(c.a.text, c.b.text);
  const result = {
    ...body,
    framing: keep(body.framing, framingKey),
    changes: keep(body.changes, change),
    spelling: keep(body.spelling, framingKey),
    loaded: { a: keep(body.loaded.a, loadedKey), b: keep(body.loaded.b, loadedKey) },
  };
  return count > 0 ? { ...result, ignored: count } : result;
}

function entryLabel(entry: FramingEntry): string {
  const side = (list: FramingEntry['a']) => list.map((o) => o.text).filter(unique).slice(0, 3).join(', ') || '—';
  return `${side(entry.a)} / ${side(entry.b)}`;
}

function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function unique(value: string, index: number, all: readonly string[]): boolean {
  return all.indexOf(value) === index;
}
