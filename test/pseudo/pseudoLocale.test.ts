import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateApi, EXTENSION_ID, hoverText, waitFor } from '../integration/helpers';
import type { FramingLensApi } from '../../src/extension/activate';

/**
 * The extension in the pseudo-locale (`qps-ploc`), where every localised string has its
 * letters accented ("Similarity" → "Şīḿīŀȧȧřīŧẏ"): any word still in plain ASCII letters
 * that is not the articles' own, nor the lexicon's or a cited source's, is a string the
 * code shows without localising it. No Node API: the suite runs in the Node extension host
 * and in the web worker one (scripts/host/run-pseudo-locale-tests.mjs).
 */
describe('The pseudo-locale', function () {
  this.timeout(60_000);
  let api: FramingLensApi;
  let folder: vscode.Uri;

  before(async () => {
    assert.equal(vscode.env.language, 'qps-ploc', 'the host does not run in the pseudo-locale');
    api = await activateApi();
    const workspace = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspace, 'the fixture workspace is not open');
    folder = workspace.uri;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reaches the extension: its strings come accented', () => {
    assert.ok(vscode.l10n.bundle, 'no string bundle was loaded for qps-ploc');
    assert.notEqual(vscode.l10n.t('Framing terms'), 'Framing terms');
  });

  it('leaves no string unlocalised in the pair report panel', async () => {
    const files = ['report-a.txt', 'report-b.txt'];
    await compareAndOpenReport(files);
    const html = api.report.panelHtml();
    assert.ok(html, 'no report panel was opened');
    assert.ok(html.includes('Kyiv'), 'the report does not show the articles');
    assert.deepEqual(unlocalised(shownText(html), await dataOf(files)), []);
  });

  it('leaves no string unlocalised in the collection report panel', async () => {
    const files = ['outlet-daily.txt', 'outlet-gazette.txt', 'outlet-wire.txt'];
    await compareAndOpenReport(files);
    const html = api.report.panelHtml();
    assert.ok(html, 'no report panel was opened');
    assert.ok(html.includes('fl-matrix'), 'the report is not a collection report');
    assert.deepEqual(unlocalised(shownText(html), await dataOf(files)), []);
  });

  it('leaves no string unlocalised in a framing term’s hover', async () => {
    const files = ['report-a.txt', 'report-b.txt'];
    await compareAndOpenReport(files);
    const hover = await hoverText(vscode.Uri.joinPath(folder, files[0]!), 'Kiev');
    assert.ok(hover.length > 0, 'no hover at “Kiev”');
    // Command links' targets are ids, not text; the rest splits where Markdown marks it up.
    const text = hover.replace(/\]\((?:command|https?):[^)]*\)/g, ']').split(/\*\*|[*_`[\]|\n]| · | — /);
    assert.deepEqual(unlocalised(text, await dataOf(files)), []);
  });

  it('leaves no string unlocalised in the legend and the articles’ CodeLens', async () => {
    const files = ['report-a.txt', 'report-b.txt'];
    await compareAndOpenReport(files);
    const uri = vscode.Uri.joinPath(folder, files[0]!);
    await waitFor(() => api.editor.testing.lens(uri) !== undefined, 'the CodeLens of article A');
    const flatten = (items: ReturnType<typeof api.editor.testing.legend>): string[] => items.flatMap((item) => [item.label, item.description ?? '', ...flatten(item.children)]);
    const legend = flatten(api.editor.testing.legend());
    assert.ok(legend.length > 10, `${legend.length} legend texts`);
    assert.deepEqual(unlocalised([...legend, api.editor.testing.lens(uri)!].flatMap(segments), await dataOf(files)), []);
  });

  it('says in the language why it cannot compare an article with itself', async () => {
    const before = api.editor.testing.messages.length;
    const uri = vscode.Uri.joinPath(folder, 'report-a.txt');
    await vscode.commands.executeCommand('framingLens.compareArticles', uri, uri);
    await waitFor(() => api.editor.testing.messages.length > before, 'a message');
    const texts = api.editor.testing.messages.slice(before).map((m) => m.text);
    assert.deepEqual(unlocalised(texts, await dataOf(['report-a.txt'])), []);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  async function compareAndOpenReport(files: readonly string[]): Promise<void> {
    const uris = files.map((file) => vscode.Uri.joinPath(folder, file));
    await vscode.commands.executeCommand('framingLens.compareArticles', ...uris);
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => (api.report.panelHtml() ?? '').includes('fl-report'), 'the report panel');
  }

  /**
   * What a report may show as it is, untranslated: the articles and their file names, the
   * lexicon's notes and sources, the cited word list's source (whole passages of these), and
   * the lexicon's terms and the product's name (single words, anywhere).
   */
  async function dataOf(files: readonly string[]): Promise<Data> {
    const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const texts = await Promise.all(files.map((file) => read(vscode.Uri.joinPath(folder, file))));
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    const dir = vscode.Uri.joinPath(root, 'src', 'core', 'lexicon', 'data');
    const names = (await vscode.workspace.fs.readDirectory(dir)).map(([name]) => name).filter((name) => name.endsWith('.json'));
    const sets = (await Promise.all(names.map(async (name) => (JSON.parse(await read(vscode.Uri.joinPath(dir, name))) as { sets: LexiconSet[] }).sets))).flat();
    const loaded = JSON.parse(await read(vscode.Uri.joinPath(root, 'src', 'core', 'loaded', 'data', 'loaded-terms.json'))) as { source: string };
    const notes = sets.flatMap((set) => [set.explanation ?? '', set.source ?? '', ...set.variants.map((variant) => variant.note ?? '')]);
    // The web host names a file by its whole URI (vscode-remote://…), the Node host by its path.
    const paths = files.flatMap((file) => [vscode.Uri.joinPath(folder, file).fsPath, vscode.Uri.joinPath(folder, file).toString()]);
    // Lower-cased: a report may show an article's word in lower case ("collision" for "Collision").
    const passages = [...texts, ...paths, ...notes, loaded.source, ...LEGEND_EXAMPLES].map((text) => squeeze(text).toLowerCase());
    const terms = sets.flatMap((set) => set.variants.flatMap((variant) => variant.terms));
    return { passages, words: new Set(words([...terms, ...files, 'Framing Lens'].join(' ')).map((w) => w.toLowerCase())) };
  }
});

/** The legend's examples of framing words: English article wording, as the lexicon's terms are. */
const LEGEND_EXAMPLES = ['militants / fighters', 'slammed / criticised', 'police fired / shots were fired'];

interface LexiconSet {
  readonly explanation?: string;
  readonly source?: string;
  readonly variants: readonly { readonly terms: readonly string[]; readonly note?: string }[];
}

interface Data {
  /** Whitespace-squeezed, lower-cased passages a piece of text may be cut from. */
  readonly passages: readonly string[];
  /** Lower-cased words allowed anywhere. */
  readonly words: ReadonlySet<string>;
}

/**
 * What a reader of the page sees, piece by piece: each text node and each attribute shown as
 * text (tooltips, labels), without scripts and styles.
 */
function shownText(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  const attributes = [...body.matchAll(/\s(?:title|aria-label|placeholder|alt|data-label)="([^"]*)"/g)].map((m) => m[1]!);
  const nodes = body
    .replace(/<script\b[\s\S]*?<\/script>/gi, '<>')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '<>')
    .split(/<[^>]*>/);
  return [...nodes, ...attributes].map(decode);
}

/**
 * A piece of text cut where data may start or end inside it: at quotation marks, brackets
 * and separators, and at every localised (accented) word, so that “Odessa” (A): its note”
 * leaves the term and the note as segments of their own.
 */
function segments(piece: string): string[] {
  return piece
    .split(/[“”"‘«»()[\]·:;—–…]|\S*[^\x00-\x7F’]\S*/u)
    .map(squeeze)
    .filter((segment) => segment !== '');
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function words(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? [];
}

/**
 * The pieces of text, not cut whole from the data, that hold a word of two or more letters
 * in plain ASCII (no pseudo-locale accent) that is not one of the data's own single words;
 * each with those words first, so a failure says what to localise.
 */
function unlocalised(pieces: readonly string[], data: Data): string[] {
  const found = pieces
    .flatMap(segments)
    .filter((piece) => !data.passages.some((passage) => passage.includes(piece.toLowerCase())))
    .map((piece) => ({ piece, english: words(piece).filter((w) => w.length >= 2 && /^[A-Za-z]+$/.test(w) && !data.words.has(w.toLowerCase())) }))
    .filter((found) => found.english.length > 0)
    .map(({ piece, english }) => `${english.join(' ')} ← ${piece.length > 160 ? `${piece.slice(0, 160)}…` : piece}`);
  return [...new Set(found)].sort();
}
