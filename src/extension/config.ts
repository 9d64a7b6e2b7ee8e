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
  };
}
