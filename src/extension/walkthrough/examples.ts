import * as vscode from 'vscode';
import { CommandId } from '../commandIds';

/** Where the bundled example articles are shown: read-only documents, so trying them changes no file. */
export const EXAMPLE_SCHEME = 'framing-lens-example';

/** The example pair the walkthrough opens: the same invented strike as two outlets tell it. */
export const EXAMPLE_PAIR = ['harbour-gazette.txt', 'continental-wire.txt'] as const;

/**
 * The example articles that ship with the extension (`examples/`), as read-only documents
 * (`framing-lens-example:/harbour-gazette.txt`), and Open Example Articles, which shows the
 * pair side by side. Read-only, so a new user cannot change them by accident and is never
 * asked to save them; the same in the web extension, where they are fetched with the rest of it.
 */
export function registerExamples(context: vscode.ExtensionContext): void {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: async (uri) => {
      const name = uri.path.replace(/^\/+/, '');
      if (!/^[\w.-]+$/.test(name)) throw new Error(vscode.l10n.t('There is no example named {0}.', name));
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', name));
      return new TextDecoder().decode(bytes);
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(EXAMPLE_SCHEME, provider),
    vscode.commands.registerCommand(CommandId.OpenExamples, () => openExamples())
  );
}

/** Opens the example pair side by side (A left, B right) and resolves to their documents. */
export async function openExamples(): Promise<vscode.TextDocument[]> {
  const documents: vscode.TextDocument[] = [];
  for (const [k, name] of EXAMPLE_PAIR.entries()) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: EXAMPLE_SCHEME, path: `/${name}` }));
    await vscode.window.showTextDocument(document, { viewColumn: k === 0 ? vscode.ViewColumn.One : vscode.ViewColumn.Two, preview: false });
    documents.push(document);
  }
  return documents;
}
