import type * as vscode from 'vscode';
import type { CollectionReport, Report, Side } from '../../core/types';

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
