import * as l10n from '@vscode/l10n';
import type { FramingCategory } from '../types';
import { kebabSlug } from '../text/slug';
import { parseLexicon, type LexiconProblem } from './lexicon';

/** What Add Selection to Lexicon adds: a term, to a variant of a set (each made when new). */
export interface TermToAdd {
  readonly term: string;
  readonly setId: string;
  readonly variantId: string;
  /** For a new set: its category, what the choice signals, and where that comes from. */
  readonly category?: FramingCategory;
  readonly explanation?: string;
  readonly source?: string;
  /** For a new variant: who uses it and what it implies. */
  readonly note?: string;
}

/** The file's JSON with the term added, or the problems that stop it (nothing is written then). */
export type AddTermResult = { readonly json: string; readonly added: boolean } | { readonly problems: readonly string[] };

/**
 * Adds a term to a lexicon file's text (`undefined` or blank for a new file), keeping
 * everything else in it: other sets, their order, fields the format allows that this does not
 * know. The result is checked as a lexicon, so a file is never written that the extension
 * would then reject; a file that is not a valid lexicon already is left alone, with its
 * problems. Adding a term the variant already has changes nothing (`added` false).
 */
export function addTermToLexicon(text: string | undefined, add: TermToAdd): AddTermResult {
  const term = add.term.replace(/\s+/g, ' ').trim();
  if (!term) return { problems: [l10n.t('There is no text to add: select a word or phrase first.')] };
  if (term.length > 80) return { problems: [l10n.t('The selection is too long for a lexicon term: select a word or a short phrase (at most 80 characters).')] };
  let root: Record<string, unknown>;
  if (text === undefined || !text.trim()) root = { version: 1, sets: [] };
  else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { problems: [l10n.t('The file is not valid JSON ({0}); fix it or choose another file.', (error as Error).message)] };
    }
    const checked = parseLexicon(parsed, theFile());
    if (checked.problems.length > 0) return { problems: checked.problems.map(describe) };
    root = parsed as Record<string, unknown>;
  }
  const sets = [...((root['sets'] as Record<string, unknown>[] | undefined) ?? [])];
  let setIndex = sets.findIndex((set) => set['id'] === add.setId);
  if (setIndex < 0) {
    if (!add.category || !add.explanation?.trim() || !add.source?.trim()) {
      return { problems: [l10n.t('A new set "{0}" needs a category, what the choice signals, and where that comes from.', add.setId)] };
    }
    sets.push({ id: add.setId, category: add.category, explanation: add.explanation.trim(), source: add.source.trim(), variants: [] });
    setIndex = sets.length - 1;
  }
  const set = { ...sets[setIndex]! };
  const variants = [...((set['variants'] as Record<string, unknown>[] | undefined) ?? [])];
  let variantIndex = variants.findIndex((variant) => variant['id'] === add.variantId);
  if (variantIndex < 0) {
    if (!add.note?.trim()) return { problems: [l10n.t('A new variant "{0}" needs a note: who uses it, and what it implies.', add.variantId)] };
    variants.push({ id: add.variantId, terms: [], note: add.note.trim() });
    variantIndex = variants.length - 1;
  }
  const variant = { ...variants[variantIndex]! };
  const terms = [...((variant['terms'] as string[] | undefined) ?? [])];
  const added = !terms.some((t) => t.toLowerCase() === term.toLowerCase());
  if (added) terms.push(term);
  variant['terms'] = terms;
  variants[variantIndex] = variant;
  set['variants'] = variants;
  sets[setIndex] = set;
  const result = { ...root, sets };
  const checked = parseLexicon(result, theFile());
  if (checked.problems.length > 0) return { problems: checked.problems.map(describe) };
  return { json: `${JSON.stringify(result, null, 2)}\n`, added };
}

/** A lexicon id made from words ("Port Calloway" → "port-calloway"), for new sets and variants. */
export function idFrom(text: string): string {
  return kebabSlug(text, 'term');
}

/** How a problem with the lexicon file as a whole names it. */
function theFile(): string {
  return l10n.t({ message: 'the file', args: [], comment: ['Names the lexicon file in a problem, e.g. “the file is not a lexicon: …”'] });
}

function describe(problem: LexiconProblem): string {
  return problem.message;
}
