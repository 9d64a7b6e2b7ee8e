import * as vscode from 'vscode';
import type { FramingCategory } from '../core/types';

/** Typed mirror of `contributes.configuration` (see package.json). */
export interface FramingLensConfig {
  readonly highlightCategories: ReadonlySet<Exclude<FramingCategory, 'spelling-variant'>>;
  readonly highlightWordDifferences: boolean;
  readonly highlightOneSidedContent: boolean;
  readonly showSpellingVariants: boolean;
  readonly countSpellingAsFraming: boolean;
  /** Workspace-relative paths of extra lexicon files. */
  readonly lexicons: readonly string[];
  readonly sentimentEnabled: boolean;
  readonly updateDelay: number;
}

export const CONFIG_SECTION = 'framingLens';

/** Reads the configuration once; pass the result down instead of reading settings deep inside. */
export function readConfig(scope?: vscode.ConfigurationScope): FramingLensConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    highlightCategories: new Set(c.get<FramingLensConfig['highlightCategories'] extends ReadonlySet<infer T> ? T[] : never>('highlight.categories', [
      'place-name',
      'reporting-verb',
      'event-label',
      'actor-label',
      'territory',
      'hedge',
      'emotive',
    ])),
    highlightWordDifferences: c.get('highlight.wordDifferences', true),
    highlightOneSidedContent: c.get('highlight.oneSidedContent', true),
    showSpellingVariants: c.get('showSpellingVariants', true),
    countSpellingAsFraming: c.get('countSpellingAsFraming', false),
    lexicons: c.get<string[]>('lexicons', []),
    sentimentEnabled: c.get('sentiment.enabled', true),
    updateDelay: Math.min(5000, Math.max(50, c.get('updateDelay', 400))),
  };
}
