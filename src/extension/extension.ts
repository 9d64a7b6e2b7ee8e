import type * as vscode from 'vscode';
import { registerEditorFeatures, type EditorFeatures } from './editorFeatures';
import { registerReport, type ReportFeatures } from './report/registerReport';
import { registerToneView, type ToneFeatures } from './tone/registerToneView';

/**
 * What `activate` returns. Integration tests read it through
 * `vscode.extensions.getExtension(...).exports` to check what a user would see.
 */
export interface FramingLensApi {
  readonly editor: EditorFeatures;
  readonly tone: ToneFeatures;
  readonly report: ReportFeatures;
}

/**
 * Composition root: creates the comparison controller with its editor features, then the
 * views that read from it. Every resource is registered in `context.subscriptions` by the
 * register functions. Activation itself does no work; commands do.
 */
export function activate(context: vscode.ExtensionContext): FramingLensApi {
  const editor = registerEditorFeatures(context);
  const tone = registerToneView(context, editor.comparison);
  const report = registerReport(context, editor.comparison);
  return { editor, tone, report };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
