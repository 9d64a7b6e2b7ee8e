import * as vscode from 'vscode';
import { FRAMING_CATEGORIES } from '../core/lexicon/lexicon';
import type { FramingCategory } from '../core/types';
import type { Layer, OneSidedMode } from '../core/views/layers';

/** Typed mirror of `contributes.configuration` (see package.json). */
export interface FramingLensConfig {
  /** The framing layer as a whole; `highlightCategories` says which of its kinds. */
  readonly highlightFraming: boolean;
  readonly highlightCategories: ReadonlySet<HighlightableCategory>;
  readonly highlightWordDifferences: boolean;
  /** Sentences only one article has: `auto` hides them in loosely related pairs. */
  readonly oneSidedContent: OneSidedMode;
  readonly highlightMovedSentences: boolean;
  readonly showSpellingVariants: boolean;
  readonly highlightLoadedLanguage: boolean;
  /** Whether compared editors wrap their lines while compared. */
  readonly wordWrap: boolean;
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
    highlightFraming: c.get('highlight.framing', true),
    highlightCategories: new Set(c.get<string[]>('highlight.categories', [...HIGHLIGHTABLE]).filter(isHighlightable)),
    highlightWordDifferences: c.get('highlight.wordDifferences', true),
    oneSidedContent: oneSidedMode(c.get<unknown>('highlight.oneSidedContent', 'auto')),
    highlightMovedSentences: c.get('highlight.movedSentences', true),
    showSpellingVariants: c.get('showSpellingVariants', true),
    highlightLoadedLanguage: c.get('highlight.loadedLanguage', true),
    wordWrap: c.get('wordWrap', true),
    countSpellingAsFraming: c.get('countSpellingAsFraming', false),
    lexicons: c.get<string[]>('lexicons', []),
    sentimentEnabled: c.get('sentiment.enabled', true),
    updateDelay: Math.min(5000, Math.max(50, c.get('updateDelay', 400))),
    outletNames: outletNames(c.get<unknown>('outletNames', {})),
  };
}

/** The one-sided setting; `true` and `false`, which it was before it had `auto`, read as `on` and `off`. */
function oneSidedMode(value: unknown): OneSidedMode {
  if (value === true || value === 'on') return 'on';
  if (value === false || value === 'off') return 'off';
  return 'auto';
}

/** The setting (under `framingLens.`) that shows or hides each layer of highlights. */
export const LAYER_SETTINGS: Readonly<Record<Layer, string>> = {
  framing: 'highlight.framing',
  wordDifferences: 'highlight.wordDifferences',
  oneSided: 'highlight.oneSidedContent',
  moved: 'highlight.movedSentences',
  spelling: 'showSpellingVariants',
  loaded: 'highlight.loadedLanguage',
};

/** The `framingLens.outletNames` entries with a file name and a name, blanks ignored. */
function outletNames(value: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return names;
  for (const [file, name] of Object.entries(value)) {
    if (typeof name === 'string' && name.trim() && file.trim()) names.set(file.trim(), name.trim().slice(0, 120));
  }
  return names;
}
