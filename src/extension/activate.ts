import type * as vscode from 'vscode';
import { registerEditorFeatures, type EditorFeatures } from './editorFeatures';
import { configureL10n } from './l10n/configure';
import type { ExtensionPlatform } from './platform';
import { registerReport, type ReportFeatures } from './report/registerReport';
import { registerToneView, type ToneFeatures } from './tone/registerToneView';
import { registerExamples } from './walkthrough/examples';
import { openTourIfAsked } from './walkthrough/tour';

/**
 * What `activate` returns. Integration tests read it through
 * `vscode.extensions.getExtension(...).exports` to check what a user would see.
 */
export interface FramingLensApi {
  readonly editor: EditorFeatures;
  readonly tone: ToneFeatures;
  readonly report: ReportFeatures;
  /** Opens the walkthrough if the workspace asks for it and it has not been shown here; run once at activation. */
  readonly openTourIfAsked: () => Promise<boolean>;
}

/**
 * Composition root, shared by the desktop and the web entry points: creates the comparison
 * controller (on the platform's engine) with its editor features, then the views that read
 * from it. Every resource is registered in `context.subscriptions` by the register
 * functions. Activation itself does no work, commands do, but for the walkthrough a folder
 * opened by `npm start` asks for (see `openTourIfAsked`).
 */
export function activateExtension(context: vscode.ExtensionContext, platform: ExtensionPlatform): FramingLensApi {
  configureL10n();
  const editor = registerEditorFeatures(context, platform.createEngine());
  const tone = registerToneView(context, editor.comparison);
  const report = registerReport(context, editor.comparison, { caseSensitivePaths: platform.caseSensitivePaths });
  registerExamples(context);
  const openTour = () => openTourIfAsked(context.workspaceState);
  void openTour().catch(() => false);
  return { editor, tone, report, openTourIfAsked: openTour };
}
