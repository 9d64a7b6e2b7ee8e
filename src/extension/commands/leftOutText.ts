import * as vscode from 'vscode';
import type { ComparisonController } from '../comparison/controller';
import type { Messages } from '../comparison/messages';

/**
 * Framing Lens: Include Left-out Text — analyses the page furniture, appended articles and
 * other text reading the files left out (dimmed in the editors), in every compared article.
 */
export async function includeLeftOutCommand(controller: ComparisonController, messages: Messages): Promise<void> {
  if (!controller.current) {
    messages.info(vscode.l10n.t('Framing Lens: nothing is being compared — run "Compare Articles" first.'));
    return;
  }
  await controller.setIncludeLeftOut(true);
}

/** Framing Lens: Leave Out Page Furniture Again — undoes Include Left-out Text. */
export async function leaveOutAgainCommand(controller: ComparisonController): Promise<void> {
  await controller.setIncludeLeftOut(false);
}
