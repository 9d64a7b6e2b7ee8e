import * as vscode from 'vscode';
import { resolve } from '../comparison/lexiconLoader';

/**
 * A workspace file that asks for the walkthrough on opening: `npm start` writes it into the
 * folder it opens, so a newcomer's first page is the tour. Its presence also activates the
 * extension (`workspaceContains` in the manifest); nothing else does at startup.
 */
export const TOUR_MARKER = '.vscode/framing-lens-tour.json';

/** The walkthrough's id: the extension's id, `#`, the id in `contributes.walkthroughs`. */
export const WALKTHROUGH_ID = 'framing-lens.framing-lens#framingLens.gettingStarted';

const SHOWN_KEY = 'framingLens.tourShown';

/**
 * Opens the walkthrough once per workspace whose folder has the tour file; later windows on
 * the same folder open as the user left them. Resolves to whether it opened it.
 */
export async function openTourIfAsked(state: vscode.Memento): Promise<boolean> {
  if (state.get<boolean>(SHOWN_KEY)) return false;
  if (!(await resolve(TOUR_MARKER))) return false;
  await state.update(SHOWN_KEY, true);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
  return true;
}
