import * as vscode from 'vscode';
import { FRAMING_CATEGORIES } from '../core/lexicon/lexicon';
import type { FramingCategory } from '../core/types';

/** Typed mirror of `contributes.configuration` (see package.json). */
export interface FramingLensConfig {
  readonly highlightCategories: ReadonlySet<HighlightableCategory>;
  readonly highlightWordDifferences: boolean;
  readonly highlightOneSidedContent: boolean;
  readonly showSpellingVariants: boolean;
  readonly highlightLoadedLanguage: boolean;
  readonly countSpellingAsFraming: boolean;
  /** Workspace-relative paths of extra lexicon files. */
  readonly lexicons: readonly string[];
  readonly sentimentEnabled: boolean;
  readonly updateDelay: number;
  /** Names for outlets, by file name: `{ "001_2467.txt": "Dawn" }`. */
  readonly outletNames: ReadonlyMap<string, string>;
}

export const CONFIG_SECTION = 'framingLens';

type HighlightableCategory = Exclude<FramingCategory, 'spelling-variant'>;

/** Framing categories that can be highlighted (spelling variants have their own switch). */
export const HIGHLIGHTABLE: readonly HighlightableCategory[] = [
  ...FRAMING_CATEGORIES.filter((c): c is HighlightableCategory => c !== 'spelling-variant'),
  // Found by the engine rather than listed in a lexicon, so not lexicon categories.
  'agency',
  'distancing',
];

function isHighlightable(value: string): value is HighlightableCategory {
  return (HIGHLIGHTABLE as readonly string[]).includes(value);
}

/** Reads the configuration once; pass the result down instead of reading settings deep inside. */
export function readConfig(scope?: vscode.ConfigurationScope): FramingLensConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    highlightCategories: new Set(c.get<string[]>('highlight.categories', [...HIGHLIGHTABLE]).filter(isHighlightable)),
    highlightWordDifferences: c.get('highlight.wordDifferences', true),
    highlightOneSidedContent: c.get('highlight.oneSidedContent', true),
    showSpellingVariants: c.get('showSpellingVariants', true),
    highlightLoadedLanguage: c.get('highlight.loadedLanguage', true),
    countSpellingAsFraming: c.get('countSpellingAsFraming', false),
    lexicons: c.get<string[]>('lexicons', []),
    sentimentEnabled: c.get('sentiment.enabled', true),
    updateDelay: Math.min(5000, Math.max(50, c.get('updateDelay', 400))),
    outletNames: outletNames(c.get<unknown>('outletNames', {})),
  };
}

/** The `framingLens.outletNames` entries with a file name and a name, blanks ignored. */
function outletNames(value: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return names;
  for (const [file, name] of Object.entries(value)) {
    if (typeof name === 'string' && name.trim() && file.trim()) names.set(file.trim(), name.trim().slice(0, 120));
  }
  return names;
}
