/**
 * The report contract: every span's `text` is the slice of the file the user has open. The
 * engine reads HTML and Markdown with markup blanked to spaces (see `readArticle`), so for
 * those files a span's text may differ from the file's slice: "Troops    fired" where the file
 * says "Troops</b> fired". Before a report leaves as JSON, `withFileText` puts the file's
 * slice in `text` and the visible words in `display` wherever they differ.
 *
 * Which article a span belongs to follows from where it sits in the report: under a key `a`
 * or `b` (or `onlyInA`/`onlyInB`) the pair's side; in a record with `article` that article;
 * in a record with `side` (distancing) that side, its `counterpart` the other; in an agency
 * record, `agent` and `action` the agent's side and `agentless` the other.
 */
import type { Side } from '../types';
import { visibleWords } from './visibleWords';

/** Which article each side of the pair is: a pair report's `{a: 0, b: 1}`, a collection comparison's own. */
interface Sides {
  readonly a: number;
  readonly b: number;
}

interface Context {
  readonly sides?: Sides;
  readonly article?: number;
}

/**
 * The report (pair or collection) with `text` of every span set to `sources[k]`'s slice and
 * `display` to the words the engine read, where the two differ. `sources` are the files'
 * texts in article order. Nothing changes for plain-text files.
 */
export function withFileText<T>(report: T, sources: readonly string[]): T {
  const root = report as { schemaVersion?: number };
  const context: Context = root.schemaVersion === 1 ? { sides: { a: 0, b: 1 } } : {};
  return rebase(report, context, sources) as T;
}

function rebase(value: unknown, context: Context, sources: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => rebase(item, context, sources));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const own = ownContext(record, context);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(record)) {
    // Left-out runs are the file's slices already; key findings hold no text.
    if (key === 'excluded' || key === 'keyFindings' || child === null || typeof child !== 'object') out[key] = child;
    else out[key] = rebase(child, childContext(record, key, own), sources);
  }
  return own.article === undefined ? out : spanWithFileText(out, sources[own.article]);
}

/** The context of a record itself: its `article`, or its `side` as the pair's article. */
function ownContext(record: Record<string, unknown>, context: Context): Context {
  if (typeof record.a === 'number' && typeof record.b === 'number' && 'pairs' in record) {
    // A collection's comparison: sides a and b are the articles it names.
    return { sides: { a: record.a, b: record.b } };
  }
  if (typeof record.article === 'number') return { ...context, article: record.article };
  if (isSide(record.side) && context.sides) return { ...context, article: context.sides[record.side] };
  return context;
}

function childContext(record: Record<string, unknown>, key: string, context: Context): Context {
  const { sides } = context;
  if (!sides) return context;
  const side = sideOfKey(record, key);
  return side ? { sides, article: sides[side] } : context;
}

/** The side a child holds, when its key says so. */
function sideOfKey(record: Record<string, unknown>, key: string): Side | undefined {
  if (key === 'a' || key === 'onlyInA') return 'a';
  if (key === 'b' || key === 'onlyInB') return 'b';
  if (isSide(record.agentSide)) {
    if (key === 'agent' || key === 'action') return record.agentSide;
    if (key === 'agentless') return other(record.agentSide);
  }
  if (isSide(record.side)) {
    if (key === 'counterpart') return other(record.side);
    return record.side;
  }
  return undefined;
}

function spanWithFileText(record: Record<string, unknown>, source: string | undefined): Record<string, unknown> {
  const { start, end, text } = record;
  if (source === undefined || typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string') return record;
  const slice = source.slice(start, end);
  if (slice === text) return record;
  // The engine's text is the file with markup blanked, of the same length: read its visible words.
  const display = text.length === slice.length ? visibleWords(slice, text) : text;
  return { ...record, text: slice, display: display.replace(/\s+/g, ' ').trim() };
}

function isSide(value: unknown): value is Side {
  return value === 'a' || value === 'b';
}

function other(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}
