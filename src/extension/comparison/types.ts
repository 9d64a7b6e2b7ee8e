import type * as vscode from 'vscode';
import type { Report, Side } from '../../core/types';

/** A comparison that is live: two documents, and the latest report computed from them. */
export interface LiveComparison {
  /** Changes with every new comparison (not with updates of the same one). */
  readonly id: number;
  readonly a: vscode.Uri;
  readonly b: vscode.Uri;
  readonly report: Report;
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
  /** Shows and selects `[start, end)` of one article in its editor (opening it if needed). */
  reveal(side: Side, start: number, end: number): Promise<void>;
}
