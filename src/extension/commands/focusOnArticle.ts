import * as vscode from 'vscode';
import type { ComparisonController } from '../comparison/controller';
import type { Messages } from '../comparison/messages';

/**
 * Framing Lens: Focus on This Article. With three or more articles compared, makes the given
 * article (the editor title button's, or the active editor's) the focus: the others are then
 * drawn against it and the report compares it with each of them.
 */
export async function focusOnArticleCommand(controller: ComparisonController, messages: Messages, arg?: unknown): Promise<boolean> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!controller.current) {
    messages.info(vscode.l10n.t('Framing Lens: nothing is being compared — run Compare Articles first.'));
    return false;
  }
  if (!uri || controller.articleOf(uri) === undefined) {
    messages.info(vscode.l10n.t('Framing Lens: open one of the compared articles to focus on it.'));
    return false;
  }
  return controller.focusOn(uri);
}
