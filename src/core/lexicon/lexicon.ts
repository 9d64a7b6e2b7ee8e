import * as l10n from '@vscode/l10n';
import { STOPWORDS, stem } from '../text/normalize';
import type { FramingCategory, Lexicon, LexiconSet, LexiconVariant } from '../types';
import { inflections } from './inflect';
import { termTokens } from './terms';

/** One thing wrong with a lexicon file, located by a JSON path such as `sets[3].variants[0].terms`. */
export interface LexiconProblem {
  readonly path: string;
  /** A sentence a user can act on; it names the path and says what is expected. */
  readonly message: string;
}

/** The framing categories, in the order reports list them. */
export const FRAMING_CATEGORIES: readonly FramingCategory[] = [
  'place-name',
  'reporting-verb',
  'event-label',
  'actor-label',
  'territory',
  'hedge',
  'emotive',
  'spelling-variant',
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SET_KEYS = ['id', 'category', 'explanation', 'source', 'variants', 'exceptions', 'weight'];
const VARIANT_KEYS = ['id', 'terms', 'inflect', 'marked', 'note'];
const TOP_KEYS = ['$schema', 'version', 'sets'];

/**
 * Reads a lexicon from parsed JSON (a user's file or a bundled one) and checks it.
 *
 * The lexicon is returned only when there are no problems at all: a typo in a user's file is
 * reported, never silently turned into a missing set. `origin` names the file in messages
 * about the file as a whole.
 */
export function parseLexicon(json: unknown, origin: string): { lexicon?: Lexicon; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  // Each message is one sentence that starts with the path it is about, so that a translation can word it whole.
  const report = (path: string, message: string) => problems.push({ path, message });
  if (!isObject(json)) {
    return { problems: [{ path: '', message: l10n.t('{0} is not a lexicon: expected an object with a "sets" array', origin) }] };
  }
  for (const key of Object.keys(json)) {
    if (!TOP_KEYS.includes(key)) {
      report(key, l10n.t('{0} is not a known property of a lexicon file (known: {1})', key, TOP_KEYS.join(', ')));
    }
  }
  if (json.version !== undefined && json.version !== 1) {
    report('version', l10n.t('{0} must be 1 (the only lexicon format so far), not {1}', 'version', JSON.stringify(json.version)));
  }
  if (!Array.isArray(json.sets)) {
    report(
      'sets',
      json.sets === undefined
        ? l10n.t('{0} must be an array of contrast sets ({1} has none)', 'sets', origin)
        : l10n.t('{0} must be an array of contrast sets ({1} has {2})', 'sets', origin, typeof json.sets)
    );
    return { problems };
  }
  const firstIndexOfId = new Map<string, number>();
  const sets: LexiconSet[] = [];
  json.sets.forEach((raw: unknown, index: number) => {
    const set = checkSet(raw, `sets[${index}]`, report);
    if (!set) {
      return;
    }
    const earlier = firstIndexOfId.get(set.id);
    if (earlier !== undefined) {
      report(`sets[${index}].id`, l10n.t('{0} "{1}" is already the id of {2}; set ids must be unique', `sets[${index}].id`, set.id, `sets[${earlier}]`));
      return;
    }
    firstIndexOfId.set(set.id, index);
    sets.push(set);
  });
  return problems.length === 0 ? { lexicon: { version: 1, sets }, problems } : { problems };
}

/**
 * Combines lexicons: later lexicons add sets, and a set whose id is already present replaces
 * the earlier one in place (so a user can refine a bundled set by reusing its id).
 */
export function mergeLexicons(base: Lexicon, ...extra: readonly Lexicon[]): Lexicon {
  const sets = [...base.sets];
  const indexOf = new Map(sets.map((set, index) => [set.id, index]));
  for (const lexicon of extra) {
    for (const set of lexicon.sets) {
      const at = indexOf.get(set.id);
      if (at === undefined) {
        indexOf.set(set.id, sets.length);
        sets.push(set);
      } else {
        sets[at] = set;
      }
    }
  }
  return { version: 1, sets };
}

type Report = (path: string, message: string) => void;

function checkSet(raw: unknown, path: string, report: Report): LexiconSet | undefined {
  if (!isObject(raw)) {
    report(path, l10n.t('{0} must be an object with id, category, explanation, source and variants', path));
    return undefined;
  }
  const counted = countingReport(report);
  unknownKeys(raw, SET_KEYS, path, counted.report);
  const id = kebab(raw.id, `${path}.id`, 'set', counted.report);
  if (typeof raw.category !== 'string' || !FRAMING_CATEGORIES.includes(raw.category as FramingCategory)) {
    const at = `${path}.category`;
    const categories = FRAMING_CATEGORIES.join(', ');
    counted.report(
      at,
      typeof raw.category === 'string'
        ? l10n.t('{0} "{1}" is not a category; use one of: {2}', at, raw.category, categories)
        : l10n.t('{0} must be one of: {1}', at, categories)
    );
  }
  text(raw.explanation, `${path}.explanation`, (at) => l10n.t('{0} must be a non-empty string: what the choice between the variants signals', at), counted.report);
  text(raw.source, `${path}.source`, (at) => l10n.t('{0} must be a non-empty string: where the explanation comes from (style guide, decision, dictionary)', at), counted.report);
  if (raw.weight !== undefined && raw.weight !== 1 && raw.weight !== 2 && raw.weight !== 3) {
    const at = `${path}.weight`;
    counted.report(at, l10n.t('{0} must be 1, 2 or 3 (how much a contrast in this set matters), not {1}', at, JSON.stringify(raw.weight)));
  }
  const variants = checkVariants(raw.variants, `${path}.variants`, counted.report);
  const exceptions = checkExceptions(raw.exceptions, `${path}.exceptions`, variants, counted.report);
  if (counted.count() > 0 || !id || !variants) {
    return undefined;
  }
  return {
    id,
    category: raw.category as FramingCategory,
    explanation: (raw.explanation as string).trim(),
    source: (raw.source as string).trim(),
    variants,
    ...(exceptions && exceptions.length > 0 ? { exceptions } : {}),
    ...(typeof raw.weight === 'number' ? { weight: raw.weight } : {}),
  };
}

function checkVariants(raw: unknown, path: string, report: Report): LexiconVariant[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) {
    report(path, l10n.t('{0} must be a non-empty array of variants (one variant is allowed for a one-sided loaded term)', path));
    return undefined;
  }
  const variants: LexiconVariant[] = [];
  const ids = new Map<string, number>();
  raw.forEach((item: unknown, index: number) => {
    const at = `${path}[${index}]`;
    if (!isObject(item)) {
      report(at, l10n.t('{0} must be an object with id, terms and note', at));
      return;
    }
    unknownKeys(item, VARIANT_KEYS, at, report);
    const id = kebab(item.id, `${at}.id`, 'variant', report);
    if (id && ids.has(id)) {
      report(`${at}.id`, l10n.t('{0} "{1}" is already the id of {2}', `${at}.id`, id, `${path}[${ids.get(id)}]`));
    } else if (id) {
      ids.set(id, index);
    }
    const terms = checkTerms(item.terms, `${at}.terms`, report);
    const note = text(item.note, `${at}.note`, (where) => l10n.t('{0} must be a non-empty string: who tends to use this variant and what it implies', where), report);
    for (const flag of ['inflect', 'marked'] as const) {
      if (item[flag] !== undefined && typeof item[flag] !== 'boolean') {
        report(`${at}.${flag}`, l10n.t('{0} must be true or false', `${at}.${flag}`));
      }
    }
    if (id && terms && note) {
      variants.push({
        id,
        terms,
        note,
        ...(typeof item.inflect === 'boolean' ? { inflect: item.inflect } : {}),
        ...(typeof item.marked === 'boolean' ? { marked: item.marked } : {}),
      });
    }
  });
  return variants.length === raw.length ? variants : undefined;
}

function checkTerms(raw: unknown, path: string, report: Report): string[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.some((t) => typeof t !== 'string')) {
    report(path, l10n.t('{0} must be a non-empty array of strings', path));
    return undefined;
  }
  let ok = true;
  raw.forEach((term: string, index: number) => {
    const problem = termProblem(term, `${path}[${index}]`);
    if (problem) {
      report(`${path}[${index}]`, problem);
      ok = false;
    }
  });
  return ok ? raw.map((t: string) => t.trim()) : undefined;
}

/** Why the term at `path` could never match, or would flag neutral text; undefined when it is fine. */
function termProblem(term: string, path: string): string | undefined {
  const tokens = termTokens(term);
  if (tokens.length === 0) {
    return l10n.t('{0} "{1}" contains no words', path, term);
  }
  if (tokens[0]!.wildcard || tokens[tokens.length - 1]!.wildcard) {
    return l10n.t('{0} "{1}" may use "*" only between words (it stands for any one word)', path, term);
  }
  if (tokens.every((t) => t.wildcard || STOPWORDS.has(t.norm))) {
    return l10n.t('{0} "{1}" consists only of function words, which would flag neutral text', path, term);
  }
  return undefined;
}

function checkExceptions(raw: unknown, path: string, variants: readonly LexiconVariant[] | undefined, report: Report): string[] | undefined {
  if (raw === undefined) {
    return undefined;
  }
  if (!Array.isArray(raw) || raw.some((t) => typeof t !== 'string' || termTokens(t).length === 0)) {
    report(path, l10n.t('{0} must be an array of phrases, each containing words', path));
    return undefined;
  }
  if (variants) {
    // Exceptions are written in base forms ("claim responsibility" for "claimed"), so compare
    // stems and inflected forms, not the words as written.
    const forms = new Set<string>();
    for (const variant of variants) {
      for (const term of variant.terms) {
        for (const token of termTokens(term)) {
          forms.add(stem(token.norm));
          for (const form of inflections(token.norm)) forms.add(form);
        }
      }
    }
    raw.forEach((phrase: string, index: number) => {
      if (!termTokens(phrase).some((token) => forms.has(stem(token.norm)) || forms.has(token.norm))) {
        report(`${path}[${index}]`, l10n.t('{0} "{1}" contains none of the set\'s terms, so it can never apply', `${path}[${index}]`, phrase));
      }
    });
  }
  return raw.map((t: string) => t.trim());
}

/** The id of a set or of a variant at `path`, when it is kebab-case. */
function kebab(value: unknown, path: string, of: 'set' | 'variant', report: Report): string | undefined {
  if (typeof value !== 'string' || !KEBAB.test(value)) {
    const given = typeof value === 'string' ? value : undefined;
    if (of === 'set') {
      report(
        path,
        given === undefined
          ? l10n.t('{0} must be a kebab-case string such as "kyiv-kiev"', path)
          : l10n.t('{0} must be a kebab-case string such as "kyiv-kiev", not "{1}"', path, given)
      );
    } else {
      report(
        path,
        given === undefined
          ? l10n.t('{0} must be a kebab-case string unique within its set, such as "kyiv"', path)
          : l10n.t('{0} must be a kebab-case string unique within its set, such as "kyiv", not "{1}"', path, given)
      );
    }
    return undefined;
  }
  return value;
}

/** A non-empty string at `path`; else `problem(path)` is reported. */
function text(value: unknown, path: string, problem: (path: string) => string, report: Report): string | undefined {
  if (typeof value !== 'string' || value.trim().length === 0) {
    report(path, problem(path));
    return undefined;
  }
  return value.trim();
}

function unknownKeys(object: Record<string, unknown>, known: readonly string[], path: string, report: Report): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      report(`${path}.${key}`, l10n.t('{0} is not a known property (known: {1})', `${path}.${key}`, known.join(', ')));
    }
  }
}

/** Wraps a reporter so a caller can tell whether anything was reported through it. */
function countingReport(report: Report): { report: Report; count: () => number } {
  let count = 0;
  return {
    report: (path, message) => {
      count++;
      report(path, message);
    },
    count: () => count,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
