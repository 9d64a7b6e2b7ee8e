import * as vscode from 'vscode';
import type { Side } from '../../core/types';
import { articleView } from '../../core/views/articleView';
import { counterpartOf, noCounterpartMessage } from '../../core/views/counterpart';
import { label } from '../comparison/articles';
import type { ComparedDocuments } from '../comparison/types';
import { framingLensSays, type Messages } from '../comparison/messages';

/**
 * The argument of the hover links: a span of one article, named by its side in the pair the
 * hover explains and, with three or more articles, by its index.
 */
export interface RevealArgument {
  readonly side: Side;
  readonly article?: number;
  readonly start: number;
  readonly end: number;
}

/** The argument of the links to each outlet: a span of article `article`. */
export interface RevealInArticleArgument {
  readonly article: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Framing Lens: Reveal Counterpart. Selects, in the other article, what corresponds to the
 * given span (from a hover link) or to the selection in the active compared editor: the other
 * side of a word difference, the other article's term of a framing set, the corresponding
 * sentence. The focus's counterpart is in its partner; any other article's is in the focus.
 * For content only one article has, says so.
 */
export async function revealCounterpartCommand(controller: ComparedDocuments, messages: Messages, arg?: unknown): Promise<void> {
  const current = controller.current;
  if (!current) {
    messages.info(vscode.l10n.t('Framing Lens: nothing is being compared — run Compare Articles first.'));
    return;
  }
  const from = isRevealArgument(arg) ? arg : atCursor(controller);
  if (!from) {
    messages.info(vscode.l10n.t('Framing Lens: put the cursor in one of the compared articles to reveal its counterpart.'));
    return;
  }
  const article = from.article ?? (from.side === 'a' ? current.focus : current.partner);
  const view = articleView(current, article);
  if (!view) return;
  const target = counterpartOf(view.report, view.side, from);
  // Side A of an article's view is the focus; side B is the article itself, or the partner.
  const articleOfSide = (side: Side) => (side === 'a' ? current.focus : view.side === 'b' ? view.article : current.partner);
  if (!target.found) {
    const other: Side = view.side === 'a' ? 'b' : 'a';
    const why = noCounterpartMessage(target.reason, label(articleOfSide(view.side)), label(articleOfSide(other)));
    messages.info(framingLensSays(why));
    return;
  }
  const targetArticle = articleOfSide(target.side);
  await controller.revealArticle(targetArticle, target.start, target.end);
}

/** Selects a span of a given article (the hover's links to each outlet). */
export async function revealInArticleCommand(controller: ComparedDocuments, arg?: unknown): Promise<void> {
  if (!isSpanOfArticle(arg)) return;
  await controller.revealArticle(arg.article, arg.start, arg.end);
}

function atCursor(controller: ComparedDocuments): RevealArgument | undefined {
  const editor = vscode.window.activeTextEditor;
  const current = controller.current;
  const article = editor && controller.articleOf(editor.document.uri);
  if (!editor || !current || article === undefined) return undefined;
  const { start, end } = editor.selection;
  const side: Side = article === current.focus ? 'a' : 'b';
  return { side, article, start: editor.document.offsetAt(start), end: editor.document.offsetAt(end) };
}

function isRevealArgument(value: unknown): value is RevealArgument {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const article = v.article === undefined || (Number.isInteger(v.article) && (v.article as number) >= 0);
  return (v.side === 'a' || v.side === 'b') && article && isSpan(v);
}

function isSpanOfArticle(value: unknown): value is RevealInArticleArgument {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Number.isInteger(v.article) && (v.article as number) >= 0 && isSpan(v);
}

function isSpan(v: Record<string, unknown>): boolean {
  return Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) >= 0 && (v.start as number) <= (v.end as number);
}
