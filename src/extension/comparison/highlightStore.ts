import * as vscode from 'vscode';
import { highlightsOfArticle, sameHighlightOptions } from '../../core/views/articleHighlights';
import type { Highlight, HighlightOptions, SideHighlights } from '../../core/views/highlights';
import type { FramingLensConfig } from '../config';
import { Disposable } from '../util/dispose';
import type { ComparedDocuments } from './types';

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
 * exactly what is drawn. Each article is drawn from its view (see `highlightsOfArticle`): the
 * focus against its partner, every other article against the focus, and with three or more
 * articles, the framing sets on which the outlets differ. The engine computes them with the
 * reports, off the extension host's thread; they are computed here only after the highlight
 * settings change, until the next comparison brings them again.
 */
export class HighlightStore extends Disposable {
  private _pairs = new WeakMap<object, SideHighlights>();
  private _articles = new Map<number, readonly Highlight[]>();

  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when the highlights may have changed (new report, settings, comparison ended). */
  public readonly onDidChange = this._onDidChange.event;

  constructor(private readonly controller: ComparedDocuments) {
    super();
    this._register(controller.onDidChange(() => this.invalidate()));
    this._register(controller.onDidChangeConfig(() => this.invalidate()));
  }

  /** Highlights of one article (by index, or `a`/`b` for the focus and its partner), sorted by start. */
  public get(article: number | 'a' | 'b'): readonly Highlight[] {
    const current = this.controller.current;
    if (!current) return [];
    const index = article === 'a' ? current.focus : article === 'b' ? current.partner : article;
    const cached = this._articles.get(index);
    if (cached) return cached;
    const options = highlightOptions(this.controller.config);
    const computed = current.highlights && sameHighlightOptions(current.highlights.options, options) ? current.highlights.lists[index] : undefined;
    const list = computed ?? highlightsOfArticle(current, index, options, this._pairs);
    if (!list) return [];
    this._articles.set(index, list);
    return list;
  }

  private invalidate(): void {
    this._pairs = new WeakMap();
    this._articles = new Map();
    this._onDidChange.fire();
  }
}
