import * as vscode from 'vscode';
import type { Side } from '../core/types';
import type { Highlight } from '../core/views/highlights';
import { CommandId } from './commandIds';
import { compareArticlesCommand } from './commands/compareArticles';
import { revealCounterpartCommand } from './commands/revealCounterpart';
import { stopComparingCommand } from './commands/stopComparing';
import { ComparisonController } from './comparison/controller';
import { EditorContextKeys } from './comparison/editorContext';
import { HighlightStore } from './comparison/highlightStore';
import { Messages, type ShownMessage } from './comparison/messages';
import type { ComparisonSource } from './comparison/types';
import { Decorator, type AppliedDecorations } from './decorations/decorator';
import { registerHover } from './hover/hoverProvider';
import { ComparisonStatusBar } from './statusBar';

/** Read-only views into the editor features for the integration tests. */
export interface EditorTesting {
  /** Offsets last drawn in one article, by highlight kind. */
  decorations(side: Side): AppliedDecorations;
  /** The highlights of one article under the current settings (what hovers explain). */
  highlights(side: Side): readonly Highlight[];
  /** Notifications shown by the comparison, oldest first. */
  readonly messages: readonly ShownMessage[];
}

export interface EditorFeatures {
  readonly comparison: ComparisonSource;
  readonly testing: EditorTesting;
}

/**
 * The editor side of Framing Lens: the comparison controller, its commands, decorations,
 * hovers, status bar item and context keys. Everything is registered in
 * `context.subscriptions`.
 */
export function registerEditorFeatures(context: vscode.ExtensionContext): EditorFeatures {
  const messages = new Messages();
  const controller = new ComparisonController(messages);
  const store = new HighlightStore(controller);
  const decorator = new Decorator(controller, store);
  context.subscriptions.push(
    controller,
    store,
    decorator,
    new EditorContextKeys(controller),
    new ComparisonStatusBar(controller),
    registerHover(controller, store),
    vscode.commands.registerCommand(CommandId.CompareArticles, (first?: unknown, second?: unknown) =>
      compareArticlesCommand(controller, messages, first, second)
    ),
    vscode.commands.registerCommand(CommandId.StopComparing, () => stopComparingCommand(controller)),
    vscode.commands.registerCommand(CommandId.RevealCounterpart, (arg?: unknown) => revealCounterpartCommand(controller, messages, arg))
  );
  return {
    comparison: controller,
    testing: {
      decorations: (side) => decorator.applied(side),
      highlights: (side) => store.get(side),
      get messages() {
        return messages.shown;
      },
    },
  };
}
