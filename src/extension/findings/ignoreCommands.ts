import * as vscode from 'vscode';
import { highlightKey, highlightLabel } from '../../core/findings/ignoredFindings';
import { highlightsAt } from '../../core/views/highlights';
import type { ComparisonController } from '../comparison/controller';
import type { HighlightStore } from '../comparison/highlightStore';
import type { Messages } from '../comparison/messages';
import type { IgnoredFinding, IgnoredStore } from './ignoredStore';

/**
 * Ignore This Finding: the finding a hover's Ignore link names (`{ key, label }`), or the one
 * under the cursor, is no longer shown in this workspace — not highlighted, not in the
 * report's lists or key findings, which count what was left out. Restore Ignored Findings
 * brings it back.
 */
export async function ignoreFinding(controller: ComparisonController, store: HighlightStore, ignored: IgnoredStore, messages: Messages, arg?: unknown): Promise<boolean> {
  const item = findingOf(arg) ?? findingAtCursor(controller, store);
  if (!item) {
    messages.info(vscode.l10n.t('Framing Lens: there is no finding at the cursor to ignore (a framing term, a changed word or a loaded word).'));
    return false;
  }
  await ignored.ignore(item);
  messages.info(vscode.l10n.t('Framing Lens: {0} is ignored in this workspace. "Restore Ignored Findings…" shows it again.', item.label));
  return true;
}

/** Restore Ignored Findings…: the ones named (`{ keys }`, or `{ all: true }`), or those picked from the list. */
export async function restoreIgnored(ignored: IgnoredStore, messages: Messages, arg?: unknown): Promise<number> {
  await ignored.ready();
  const items = ignored.items;
  if (items.length === 0) {
    messages.info(vscode.l10n.t('Framing Lens: no finding is ignored in this workspace.'));
    return 0;
  }
  let keys: readonly string[] | undefined;
  if (typeof arg === 'object' && arg !== null) {
    const given = arg as { keys?: unknown; all?: unknown };
    if (given.all === true) keys = items.map((item) => item.key);
    else if (Array.isArray(given.keys)) keys = given.keys.filter((k): k is string => typeof k === 'string');
  }
  if (!keys) {
    const picked = await vscode.window.showQuickPick(
      items.map((item) => ({ label: item.label, description: kindOf(item.key), key: item.key })),
      { canPickMany: true, title: vscode.l10n.t('Framing Lens: show these findings again'), placeHolder: vscode.l10n.t('Check the findings to restore') }
    );
    if (!picked) return 0;
    keys = picked.map((p) => p.key);
  }
  await ignored.restore(keys);
  return keys.length;
}

/** The kind of finding a key names (its prefix, see `highlightKey`), as a reader knows it. */
function kindOf(key: string): string {
  const prefix = key.split(':')[0] ?? '';
  switch (prefix) {
    case 'framing':
      return vscode.l10n.t({ message: 'framing', comment: ['The kind of an ignored finding: a framing term of the lexicon'] });
    case 'change':
      return vscode.l10n.t({ message: 'change', comment: ['The kind of an ignored finding: a changed word'] });
    case 'loaded':
      return vscode.l10n.t({ message: 'loaded', comment: ['The kind of an ignored finding: a loaded word'] });
    case 'agency':
      return vscode.l10n.t({ message: 'agency', comment: ['The kind of an ignored finding: who is said to have done something'] });
    case 'distancing':
      return vscode.l10n.t({ message: 'distancing', comment: ['The kind of an ignored finding: words that distance the writer from a claim'] });
    default:
      return prefix;
  }
}

function findingOf(arg: unknown): IgnoredFinding | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { key, label } = arg as { key?: unknown; label?: unknown };
  return typeof key === 'string' && key.includes(':') && typeof label === 'string' ? { key, label: label.slice(0, 200) } : undefined;
}

function findingAtCursor(controller: ComparisonController, store: HighlightStore): IgnoredFinding | undefined {
  const editor = vscode.window.activeTextEditor;
  const article = editor ? controller.articleOf(editor.document.uri) : undefined;
  if (!editor || article === undefined) return undefined;
  for (const hit of highlightsAt(store.get(article), editor.document.offsetAt(editor.selection.active))) {
    const key = highlightKey(hit.source);
    if (key) return { key, label: highlightLabel(hit.source) };
  }
  return undefined;
}
