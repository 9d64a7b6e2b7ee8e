import * as vscode from 'vscode';
import type { Side } from '../../core/types';
import { highlights, type Highlight, type HighlightOptions, type SideHighlights } from '../../core/views/highlights';
import type { FramingLensConfig } from '../config';
import { Disposable } from '../util/dispose';
import type { ComparisonController } from './controller';

/** The `framingLens.highlight.*` settings as the pure highlight builder takes them. */
export function highlightOptions(config: FramingLensConfig): HighlightOptions {
  return {
    categories: config.highlightCategories,
    wordDifferences: config.highlightWordDifferences,
    oneSidedContent: config.highlightOneSidedContent,
    spellingVariants: config.showSpellingVariants,
    loadedLanguage: config.highlightLoadedLanguage,
  };
}

/**
 * The highlights of the live comparison under the current settings, computed once per report
 * and settings change and shared by the decorations and the hovers, so a hover always explains
 * exactly what is drawn.
 */
export class HighlightStore extends Disposable {
  private _cache: SideHighlights | undefined;

  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when the highlights may have changed (new report, settings, comparison ended). */
  public readonly onDidChange = this._onDidChange.event;

  constructor(private readonly controller: ComparisonController) {
    super();
    this._register(controller.onDidChange(() => this.invalidate()));
    this._register(controller.onDidChangeConfig(() => this.invalidate()));
  }

  /** Highlights of one article, sorted by start; empty when nothing is compared. */
  public get(side: Side): readonly Highlight[] {
    const report = this.controller.current?.report;
    if (!report) return [];
    this._cache ??= highlights(report, highlightOptions(this.controller.config));
    return this._cache[side];
  }

  private invalidate(): void {
    this._cache = undefined;
    this._onDidChange.fire();
  }
}
