import * as vscode from 'vscode';
import { highlightsOfArticle, sameHighlightOptions } from '../../core/views/articleHighlights';
import type { Report } from '../../core/types';
import type { Highlight, HighlightOptions, SideHighlights } from '../../core/views/highlights';
import { layerOf, oneSidedShown, type Layer } from '../../core/views/layers';
import { highlightKey } from '../../core/findings/ignoredFindings';
import type { FramingLensConfig } from '../config';
import { Disposable } from '../util/dispose';
import type { ComparedDocuments } from './types';

/**
 * The `framingLens.highlight.*` settings as the pure highlight builder takes them. One-sided
 * and moved sentences come together from it; which of them are shown depends on the pair as
 * well (see `visibleLayers`), so both are computed when either may be.
 */
export function highlightOptions(config: FramingLensConfig): HighlightOptions {
  return {
    categories: config.highlightFraming ? config.highlightCategories : new Set(),
    wordDifferences: config.highlightWordDifferences,
    oneSidedContent: config.oneSidedContent !== 'off' || config.highlightMovedSentences,
    spellingVariants: config.showSpellingVariants,
    loadedLanguage: config.highlightLoadedLanguage,
  };
}

/** Whether each layer is shown for the live comparison: its setting, and for one-sided content the pair too. */
export function visibleLayers(config: FramingLensConfig, report: Report | undefined): Readonly<Record<Layer, boolean>> {
  return {
    framing: config.highlightFraming,
    wordDifferences: config.highlightWordDifferences,
    oneSided: oneSidedShown(config.oneSidedContent, report),
    moved: config.highlightMovedSentences,
    spelling: config.showSpellingVariants,
    loaded: config.highlightLoadedLanguage,
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
    const all = computed ?? highlightsOfArticle(current, index, options, this._pairs);
    if (!all) return [];
    // In a collection, one-sided content is each article's against the focus: the pair's measure does not apply.
    const shown = visibleLayers(this.controller.config, current.collection ? undefined : current.report);
    // The report leaves ignored findings out; word differences with no report entry are left out here.
    const ignored = new Set(this.controller.ignoredKeys);
    const list = all.filter((h) => {
      const layer = layerOf(h.kind);
      if (layer !== undefined && !shown[layer]) return false;
      if (ignored.size === 0) return true;
      const key = highlightKey(h.source);
      return key === undefined || !ignored.has(key);
    });
    this._articles.set(index, list);
    return list;
  }

  private invalidate(): void {
    this._pairs = new WeakMap();
    this._articles = new Map();
    this._onDidChange.fire();
  }
}
