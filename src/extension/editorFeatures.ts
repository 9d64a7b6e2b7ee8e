import * as vscode from 'vscode';
import type { Engine } from '../core/engine/engine';
import type { Side } from '../core/types';
import type { Highlight } from '../core/views/highlights';
import { CommandId } from './commandIds';
import { compareArticlesCommand } from './commands/compareArticles';
import { focusOnArticleCommand } from './commands/focusOnArticle';
import { includeLeftOutCommand, leaveOutAgainCommand } from './commands/leftOutText';
import { revealCounterpartCommand, revealInArticleCommand } from './commands/revealCounterpart';
import { stopComparingCommand } from './commands/stopComparing';
import { ComparisonController } from './comparison/controller';
import { EditorContextKeys } from './comparison/editorContext';
import { HighlightStore } from './comparison/highlightStore';
import { Messages, type ShownMessage } from './comparison/messages';
import type { ComparisonSource } from './comparison/types';
import { Decorator, type AppliedDecorations } from './decorations/decorator';
import { ArticleLens } from './editors/articleLens';
import { CompareWordWrap } from './editors/wordWrap';
import { registerHover } from './hover/hoverProvider';
import { chooseLayers, toggleLayer } from './legend/layerSettings';
import { addSelectionToLexicon } from './lexicon/addSelectionToLexicon';
import { ignoreFinding, restoreIgnored } from './findings/ignoreCommands';
import { IgnoredStore } from './findings/ignoredStore';
import { LegendView, type LegendItemView } from './legend/legendView';
import { ComparisonStatusBar } from './statusBar';

/** Read-only views into the editor features for the integration tests. */
export interface EditorTesting {
  /** Offsets last drawn in one article (by index, or the focus `a` and its partner `b`), by highlight kind. */
  decorations(article: number | Side): AppliedDecorations;
  /** The highlights of one article under the current settings (what hovers explain). */
  highlights(article: number | Side): readonly Highlight[];
  /** How many analyses, alignments and pair reports the engine has computed so far. */
  readonly engineCounts: { readonly analyses: number; readonly alignments: number; readonly reports: number };
  /** Where the engine runs: `worker` (a worker thread) or `inline` (the extension host's thread). */
  readonly engineKind: 'worker' | 'inline' | undefined;
  /** Notifications shown by the comparison, oldest first. */
  readonly messages: readonly ShownMessage[];
  /** What the Legend view shows now. */
  legend(): readonly LegendItemView[];
  /** The first-line CodeLens text of a compared document. */
  lens(uri: vscode.Uri): string | undefined;
  /** Resolves once the workspace's ignored findings have been read. */
  ignoredReady(): Promise<void>;
  /** The documents wrapped for the comparison, once the wrapping asked for so far is done. */
  wrapped(): Promise<readonly string[]>;
}

export interface EditorFeatures {
  readonly comparison: ComparisonSource;
  readonly testing: EditorTesting;
}

/**
 * The editor side of Framing Lens: the comparison controller, its commands, decorations,
 * hovers, status bar item and context keys, comparing on `engine`. Everything is registered
 * in `context.subscriptions`.
 */
export function registerEditorFeatures(context: vscode.ExtensionContext, engine: Engine): EditorFeatures {
  const messages = new Messages();
  const controller = new ComparisonController(messages, engine);
  const store = new HighlightStore(controller);
  const decorator = new Decorator(controller, store);
  const ignored = new IgnoredStore(context.workspaceState);
  ignored.onDidChange(() => void controller.setIgnored(ignored.keys));
  const legend = new LegendView(controller);
  const lens = new ArticleLens(controller);
  const wrap = new CompareWordWrap(controller);
  context.subscriptions.push(
    ignored,
    legend,
    lens,
    wrap,
    controller,
    store,
    decorator,
    new EditorContextKeys(controller),
    new ComparisonStatusBar(controller),
    registerHover(controller, store),
    vscode.commands.registerCommand(CommandId.CompareArticles, (...args: unknown[]) => compareArticlesCommand(controller, messages, ...args)),
    vscode.commands.registerCommand(CommandId.FocusOnArticle, (uri?: unknown) => focusOnArticleCommand(controller, messages, uri)),
    vscode.commands.registerCommand(CommandId.RevealInArticle, (arg?: unknown) => revealInArticleCommand(controller, arg)),
    vscode.commands.registerCommand(CommandId.StopComparing, () => stopComparingCommand(controller)),
    vscode.commands.registerCommand(CommandId.IncludeLeftOut, () => includeLeftOutCommand(controller, messages)),
    vscode.commands.registerCommand(CommandId.LeaveOutAgain, () => leaveOutAgainCommand(controller)),
    vscode.commands.registerCommand(CommandId.RevealCounterpart, (arg?: unknown) => revealCounterpartCommand(controller, messages, arg)),
    vscode.commands.registerCommand(CommandId.ChooseLayers, () => chooseLayers(controller)),
    vscode.commands.registerCommand(CommandId.IgnoreFinding, (arg?: unknown) => ignoreFinding(controller, store, ignored, messages, arg)),
    vscode.commands.registerCommand(CommandId.RestoreIgnored, (arg?: unknown) => restoreIgnored(ignored, messages, arg)),
    vscode.commands.registerCommand(CommandId.AddSelectionToLexicon, (arg?: unknown) => addSelectionToLexicon(controller, messages, arg)),
    vscode.commands.registerCommand(CommandId.ToggleLayer, (layer?: unknown) => toggleLayer(controller, layer))
  );
  return {
    comparison: controller,
    testing: {
      decorations: (article) => decorator.applied(article),
      highlights: (article) => store.get(article),
      get engineCounts() {
        return controller.engineCounts;
      },
      get engineKind() {
        return controller.engineKind;
      },
      get messages() {
        return messages.shown;
      },
      legend: () => legend.snapshot(),
      lens: (uri) => lens.label(uri),
      ignoredReady: () => ignored.ready(),
      wrapped: async () => {
        await wrap.settled();
        return wrap.wrapped;
      },
    },
  };
}
