import * as vscode from 'vscode';
import type { Side } from '../../core/types';
import { counterpartOf } from '../../core/views/counterpart';
import type { ComparisonController } from '../comparison/controller';
import type { Messages } from '../comparison/messages';

/** The argument of the hover links: a span of one article. */
export interface RevealArgument {
  readonly side: Side;
  readonly start: number;
  readonly end: number;
}

/**
 * Framing Lens: Reveal Counterpart. Selects, in the other article, what corresponds to the
 * given span (from a hover link) or to the selection in the active compared editor: the other
 * side of a word difference, the other article's term of a framing set, the corresponding
 * sentence. For content only one article has, says so.
 */
export async function revealCounterpartCommand(controller: ComparisonController, messages: Messages, arg?: unknown): Promise<void> {
  const report = controller.current?.report;
  if (!report) {
    messages.info('Framing Lens: nothing is being compared — run Compare Articles first.');
    return;
  }
  const from = isRevealArgument(arg) ? arg : atCursor(controller);
  if (!from) {
    messages.info('Framing Lens: put the cursor in one of the two compared articles to reveal its counterpart.');
    return;
  }
  const target = counterpartOf(report, from.side, from);
  if (!target.found) {
    messages.info(`Framing Lens: ${target.message}`);
    return;
  }
  await controller.reveal(target.side, target.start, target.end);
}

function atCursor(controller: ComparisonController): RevealArgument | undefined {
  const editor = vscode.window.activeTextEditor;
  const side = editor && controller.sideOf(editor.document.uri);
  if (!editor || !side) return undefined;
  const { start, end } = editor.selection;
  return { side, start: editor.document.offsetAt(start), end: editor.document.offsetAt(end) };
}

function isRevealArgument(value: unknown): value is RevealArgument {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.side === 'a' || v.side === 'b') && Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) <= (v.end as number);
}
