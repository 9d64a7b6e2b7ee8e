import type * as vscode from 'vscode';
import type { CollectionReport, Report, Side } from '../../core/types';
import type { Highlight, HighlightOptions } from '../../core/views/highlights';
import type { ToneModel } from '../../core/views/toneModel';
import type { FramingLensConfig } from '../config';

/**
 * A comparison that is live: two or more documents, and the latest reports computed from
 * them. One article is the focus; the pair report compares it (side A) with its partner
 * (side B), the article shown beside it in detail. With three or more articles the
 * collection report compares the focus with every other article.
 */
export interface LiveComparison {
  /** Changes with every new comparison (not with updates of the same one). */
  readonly id: number;
  /** Every compared document, in the order the user gave them (article indices). */
  readonly articles: readonly vscode.Uri[];
  readonly focus: number;
  readonly partner: number;
  /** `articles[focus]` and `articles[partner]`: the pair shown in detail. */
  readonly a: vscode.Uri;
  readonly b: vscode.Uri;
  /** The focus (A) against the partner (B). */
  readonly report: Report;
  /** Three or more articles: the variant matrix, coverage, and the focus against each other article. */
  readonly collection?: CollectionReport;
  /** Increases with every recomputation after an edit. */
  readonly revision: number;
  /**
   * Every article's highlights (by article index) under `options`, computed with the reports
   * where the engine runs; the highlight store uses them while the settings are the same.
   */
  readonly highlights?: { readonly options: HighlightOptions; readonly lists: readonly (readonly Highlight[])[] };
  /** The Tone panel's model, computed with the reports where the engine runs (its comparison id and revision 0). */
  readonly tone?: ToneModel;
}

/**
 * What views (tone panel, report panel, status bar, hovers) need from the comparison
 * controller; they depend on this interface, not on the controller class.
 */
export interface ComparisonSource {
  readonly current: LiveComparison | undefined;
  /** Fires after a comparison starts, is updated after an edit, or ends (`undefined`). */
  readonly onDidChange: vscode.Event<LiveComparison | undefined>;
  /** Shows and selects `[start, end)` of the focus (`a`) or its partner (`b`) in its editor. */
  reveal(side: Side, start: number, end: number): Promise<void>;
  /** Shows and selects `[start, end)` of article `article` in its editor (opening it if needed). */
  revealArticle(article: number, start: number, end: number): Promise<void>;
}

/**
 * What the editor views (decorations, hovers, context keys, the highlight store) need: the
 * live comparison, which article a document is, whether its text is still the one compared,
 * the settings, and the lexicon's notes. They depend on this, not on the controller class.
 */
export interface ComparedDocuments extends ComparisonSource {
  readonly config: FramingLensConfig;
  readonly onDidChangeConfig: vscode.Event<FramingLensConfig>;
  /** Which article a document is in the live comparison, if any. */
  articleOf(uri: vscode.Uri): number | undefined;
  /** The document of one article, as long as its text is the one the reports were computed from. */
  upToDateDocument(article: number): vscode.TextDocument | undefined;
  /** The note of a lexicon variant (who uses it, what it implies). */
  variantNote(setId: string, variantId: string): string | undefined;
  /** The findings ignored in this workspace, by key. */
  readonly ignoredKeys: readonly string[];
}
