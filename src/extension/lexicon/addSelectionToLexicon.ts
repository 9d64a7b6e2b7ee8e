import * as vscode from 'vscode';
import { addTermToLexicon, idFrom, type TermToAdd } from '../../core/lexicon/addTerm';
import { FRAMING_CATEGORIES } from '../../core/lexicon/lexicon';
import { categoryLabel } from '../../core/render/labels';
import type { FramingCategory } from '../../core/types';
import type { ComparisonController } from '../comparison/controller';
import { resolve } from '../comparison/lexiconLoader';
import type { Messages } from '../comparison/messages';
import { CONFIG_SECTION } from '../config';

/**
 * What a script or test may pass instead of answering the prompts: the lexicon file (a path,
 * absolute or workspace-relative, or a URI string), the set and variant, and what a new set
 * or variant needs. The term is the selection unless given.
 */
export interface AddToLexiconArgs extends Partial<TermToAdd> {
  readonly file?: string;
}

/**
 * Add Selection to Lexicon: the selected word or phrase becomes a term of a set of one of the
 * user's lexicon files, picked or created (set, category and variant likewise), and the live
 * comparison uses it at once. Writes only the lexicon file the user chose, a `.json` file
 * that is not one of the compared articles, and adds it to `framingLens.lexicons` when it is
 * not listed yet. Resolves to the file written, or undefined when nothing was.
 */
export async function addSelectionToLexicon(controller: ComparisonController, messages: Messages, arg?: unknown): Promise<vscode.Uri | undefined> {
  const given: AddToLexiconArgs = typeof arg === 'object' && arg !== null && !(arg instanceof vscode.Uri) ? (arg as AddToLexiconArgs) : {};
  const editor = vscode.window.activeTextEditor;
  const term = (given.term ?? (editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '')).replace(/\s+/g, ' ').trim();
  if (!term) {
    messages.info(vscode.l10n.t('Framing Lens: select a word or phrase in an article first, then run Add Selection to Lexicon.'));
    return undefined;
  }
  const file = given.file ? await fileOf(given.file) : await pickFile(controller);
  if (!file) return undefined;
  if (!file.path.toLowerCase().endsWith('.json') || controller.current?.articles.some((uri) => uri.toString() === file.toString())) {
    messages.error(vscode.l10n.t('Framing Lens: {0} is not a lexicon file (a .json file); nothing was written.', file.path.split('/').pop() ?? ''));
    return undefined;
  }
  const text = await readIfThere(file);
  const sets = existingSets(text);
  const set = given.setId ? { id: given.setId, isNew: !sets.some((s) => s.id === given.setId) } : await pickSet(sets, term);
  if (!set) return undefined;
  let add: TermToAdd = { term, setId: set.id, variantId: given.variantId ?? '' };
  if (set.isNew) {
    const details = given.category ? { category: given.category, explanation: given.explanation, source: given.source } : await askNewSet();
    if (!details) return undefined;
    add = { ...add, ...details } as TermToAdd;
  }
  if (!given.variantId) {
    const variants = sets.find((s) => s.id === set.id)?.variants ?? [];
    const variant = await pickVariant(variants, term);
    if (!variant) return undefined;
    add = { ...add, variantId: variant.id, ...(variant.note ? { note: variant.note } : {}) };
  } else if (given.note) add = { ...add, note: given.note };
  const result = addTermToLexicon(text, add);
  if ('problems' in result) {
    messages.error(vscode.l10n.t('Framing Lens: "{0}" was not added — {1}', term, result.problems[0] ?? ''));
    return undefined;
  }
  if (result.added) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.json));
  await listInSettings(file);
  controller.lexiconsChanged();
  const where = `${set.id} / ${add.variantId}`;
  messages.info(
    result.added
      ? vscode.l10n.t({
          message: 'Framing Lens: added “{0}” to {1} in {2}.',
          args: [term, where, file.path.split('/').pop() ?? ''],
          comment: ['{1} is a set id and a variant id, e.g. "kyiv-kiev / kiev"'],
        })
      : vscode.l10n.t({ message: 'Framing Lens: {0} already has “{1}”.', args: [where, term], comment: ['{0} is a set id and a variant id, e.g. "kyiv-kiev / kiev"'] })
  );
  return file;
}

async function fileOf(path: string): Promise<vscode.Uri | undefined> {
  if (/^[a-z][\w+.-]+:\/\//i.test(path)) return vscode.Uri.parse(path);
  const found = await resolve(path);
  if (found) return found;
  // A new relative file goes in the first workspace folder.
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...path.split(/[\\/]+/).filter(Boolean)) : undefined;
}

async function pickFile(controller: ComparisonController): Promise<vscode.Uri | undefined> {
  const listed = await Promise.all(controller.config.lexicons.map(async (path) => ({ path, uri: await resolve(path) })));
  const items: (vscode.QuickPickItem & { uri?: vscode.Uri })[] = [
    ...listed
      .filter((l) => l.uri)
      .map((l) => ({ label: l.path, description: vscode.l10n.t({ message: 'in {0}', args: ['framingLens.lexicons'], comment: ['{0} is the name of a setting'] }), uri: l.uri })),
    { label: `$(new-file) ${vscode.l10n.t('New lexicon file…')}`, description: vscode.l10n.t('a .framing-lexicon.json file of your own') },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Add to which lexicon file?'),
    placeHolder: vscode.l10n.t('Only the file you choose is written'),
  });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('New lexicon file'),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'my.framing-lexicon.json') } : {}),
    filters: { [vscode.l10n.t({ message: 'Framing Lens lexicon', comment: ['A file type in the save dialog; keep the product name Framing Lens'] })]: ['json'] },
  });
}

interface ExistingSet {
  readonly id: string;
  readonly category: string;
  readonly variants: readonly { readonly id: string; readonly terms: readonly string[] }[];
}

function existingSets(text: string | undefined): readonly ExistingSet[] {
  try {
    const json = JSON.parse(text ?? '') as { sets?: ExistingSet[] };
    return Array.isArray(json.sets) ? json.sets.filter((s) => typeof s?.id === 'string') : [];
  } catch {
    return [];
  }
}

async function pickSet(sets: readonly ExistingSet[], term: string): Promise<{ id: string; isNew: boolean } | undefined> {
  const items: (vscode.QuickPickItem & { id?: string })[] = [
    ...sets.map((s) => ({ label: s.id, description: categoryLabel(s.category as FramingCategory), detail: s.variants.map((v) => v.terms.join(', ')).join(' / '), id: s.id })),
    { label: `$(add) ${vscode.l10n.t('New set…')}`, description: vscode.l10n.t('a new contrast: one referent, named in different ways') },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Add “{0}” to which set?', term) });
  if (!picked) return undefined;
  if (picked.id) return { id: picked.id, isNew: false };
  const id = await vscode.window.showInputBox({
    title: vscode.l10n.t('Id of the new set'),
    value: idFrom(term),
    validateInput: (value) =>
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
        ? sets.some((s) => s.id === value)
          ? vscode.l10n.t('The file has a set of that id already.')
          : undefined
        : vscode.l10n.t('Lower-case letters, digits and hyphens, e.g. "harbour-names".'),
  });
  return id ? { id, isNew: true } : undefined;
}

async function askNewSet(): Promise<Pick<TermToAdd, 'category' | 'explanation' | 'source'> | undefined> {
  const category = await vscode.window.showQuickPick(
    FRAMING_CATEGORIES.map((c) => ({ label: categoryLabel(c), description: c, category: c })),
    { title: vscode.l10n.t('Which kind of framing is it?') }
  );
  if (!category) return undefined;
  const explanation = await vscode.window.showInputBox({
    title: vscode.l10n.t('What does the choice between the words signal?'),
    prompt: vscode.l10n.t('Shown in hovers and reports'),
    validateInput: required,
  });
  if (!explanation) return undefined;
  const source = await vscode.window.showInputBox({
    title: vscode.l10n.t('Where does that come from?'),
    prompt: vscode.l10n.t('A style guide, a study, your own notes'),
    value: vscode.l10n.t({ message: 'My own notes', comment: ['The source a new set of the user\'s lexicon names unless the user writes another'] }),
    validateInput: required,
  });
  if (!source) return undefined;
  return { category: category.category, explanation, source };
}

async function pickVariant(variants: ExistingSet['variants'], term: string): Promise<{ id: string; note?: string } | undefined> {
  const items: (vscode.QuickPickItem & { id?: string })[] = [
    ...variants.map((v) => ({ label: v.id, description: v.terms.join(', '), id: v.id })),
    { label: `$(add) ${vscode.l10n.t('New variant…')}`, description: vscode.l10n.t('“{0}” as a way of naming it of its own', term) },
  ];
  const picked = variants.length === 0 ? items[items.length - 1]! : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Add “{0}” as which variant?', term) });
  if (!picked) return undefined;
  if (picked.id) return { id: picked.id };
  const id = await vscode.window.showInputBox({
    title: vscode.l10n.t('Id of the new variant'),
    value: idFrom(term),
    validateInput: (value) =>
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
        ? variants.some((v) => v.id === value)
          ? vscode.l10n.t('The set has a variant of that id already.')
          : undefined
        : vscode.l10n.t('Lower-case letters, digits and hyphens.'),
  });
  if (!id) return undefined;
  const note = await vscode.window.showInputBox({
    title: vscode.l10n.t('Who says “{0}”, and what does it imply?', term),
    prompt: vscode.l10n.t('Shown next to each use'),
    validateInput: required,
  });
  return note ? { id, note } : undefined;
}

function required(value: string): string | undefined {
  return value.trim() ? undefined : vscode.l10n.t('Write a few words.');
}

async function readIfThere(file: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch {
    return undefined;
  }
}

/** Lists the file in `framingLens.lexicons` (workspace-relative when it is in a folder) unless it is there already. */
async function listInSettings(file: vscode.Uri): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const paths = configuration.get<string[]>('lexicons', []);
  for (const path of paths) if ((await resolve(path))?.toString() === file.toString()) return;
  const folder = vscode.workspace.getWorkspaceFolder(file);
  const path = folder ? vscode.workspace.asRelativePath(file, false) : file.scheme === 'file' ? file.fsPath : file.toString();
  const target = folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const current = (target === vscode.ConfigurationTarget.Workspace ? configuration.inspect<string[]>('lexicons')?.workspaceValue : configuration.inspect<string[]>('lexicons')?.globalValue) ?? [];
  await configuration.update('lexicons', [...current, path], target);
}
