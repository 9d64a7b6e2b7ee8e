import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateApi, documentOf, hoverText, waitFor } from './helpers';
import type { EditorFeatures } from '../../src/extension/editorFeatures';

/**
 * What a new user meets with default settings: the legend of the highlights and its layer
 * switches, the first-line CodeLens naming each article, the compared editors wrapped while
 * compared, and a pasted article taken as plain text.
 */
describe('First hour: legend, layers, article lenses, wrapping', function () {
  this.timeout(60_000);

  let editor: EditorFeatures;
  let folder: vscode.WorkspaceFolder;
  let tmp: string;
  const settings = ['highlight.framing', 'highlight.wordDifferences', 'highlight.oneSidedContent', 'highlight.movedSentences', 'showSpellingVariants', 'highlight.loadedLanguage', 'wordWrap', 'lexicons'];

  before(async () => {
    editor = (await activateApi()).editor;
    const first = vscode.workspace.workspaceFolders?.[0];
    assert.ok(first, 'the fixture workspace is not open');
    folder = first;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-first-hour-'));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await editor.testing.wrapped();
    const configuration = vscode.workspace.getConfiguration('framingLens');
    for (const key of settings) await configuration.update(key, undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  after(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    // The ignore list lives in the workspace: leave the fixture folder as it was.
    await vscode.commands.executeCommand('framingLens.restoreIgnored', { all: true });
    fs.rmSync(path.join(folder.uri.fsPath, '.vscode', 'framing-lens-ignored.json'), { force: true });
    if (fs.existsSync(path.join(folder.uri.fsPath, '.vscode')) && fs.readdirSync(path.join(folder.uri.fsPath, '.vscode')).length === 0) fs.rmdirSync(path.join(folder.uri.fsPath, '.vscode'));
  });

  const fixture = (name: string) => vscode.Uri.joinPath(folder.uri, name);

  async function compare(a: vscode.Uri, b: vscode.Uri, options: { marks?: boolean } = {}): Promise<void> {
    const before = editor.comparison.current?.id;
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', a, b), true, 'the comparison did not start');
    await waitFor(() => editor.comparison.current !== undefined && editor.comparison.current.id !== before, 'the comparison to start');
    if (options.marks ?? true) await waitFor(() => Object.keys(editor.testing.decorations('a')).length > 0, 'decorations in A');
  }

  const kinds = (side: 'a' | 'b') => Object.keys(editor.testing.decorations(side)).sort();

  it('shows a legend of every layer, checked, with a swatch in the editor colour of each kind of mark', () => {
    const legend = editor.testing.legend();
    assert.deepEqual(
      legend.map((item) => item.label),
      ['Framing terms', 'Word differences', 'Only in this article', 'Moved sentences', 'Spelling variants', 'Loaded words', 'Dimmed: left out of the analysis (page furniture, another article)']
    );
    for (const layer of legend.slice(0, 6)) {
      assert.equal(layer.checked, true, `${layer.label} is not checked`);
      assert.ok(layer.description && layer.description.length > 5, `${layer.label} says nothing of its look`);
      assert.ok(layer.children.length > 0 && layer.children.every((child) => child.color?.startsWith('framingLens.')), `${layer.label}: ${JSON.stringify(layer.children)}`);
    }
    const framing = legend[0]!.children;
    assert.deepEqual(framing[0], { label: 'Place and person names', description: 'Kyiv / Kiev', color: 'framingLens.framing.placeName', children: [] });
    assert.equal(framing.length, 9);
    // Every swatch's colour is one the extension contributes, so it is the editor's own.
    const contributed = new Set((vscode.extensions.getExtension('framing-lens.framing-lens')!.packageJSON.contributes.colors as { id: string }[]).map((c) => c.id));
    for (const child of legend.flatMap((layer) => [layer, ...layer.children])) if (child.color) assert.ok(contributed.has(child.color), child.color);
  });

  it('hides and shows a layer: its decorations go and come back, its setting and the legend follow', async () => {
    const a = fixture('editor-a.txt');
    await compare(a, fixture('editor-b.txt'));
    assert.ok(kinds('a').includes('framing:place-name') && kinds('a').includes('wordReplaced'), kinds('a').join(', '));

    await vscode.commands.executeCommand('framingLens.toggleLayer', 'framing');
    await waitFor(() => !kinds('a').some((k) => k.startsWith('framing:')), () => `framing marks still drawn: ${kinds('a').join(', ')}`);
    assert.ok(kinds('a').includes('wordReplaced'), 'the other layers stay');
    assert.equal(vscode.workspace.getConfiguration('framingLens').get('highlight.framing'), false);
    assert.equal(editor.testing.legend()[0]!.checked, false);
    // Hovers explain only what is drawn.
    const lvov = documentOf(a).getText().indexOf('Lvov');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', a, documentOf(a).positionAt(lvov + 1));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.doesNotMatch(text, /Framing term\*\*/, text);

    await vscode.commands.executeCommand('framingLens.toggleLayer', 'framing');
    await waitFor(() => kinds('a').includes('framing:place-name'), 'framing marks drawn again');
    assert.equal(editor.testing.legend()[0]!.checked, true);

    await vscode.commands.executeCommand('framingLens.toggleLayer', 'moved');
    await waitFor(() => !kinds('a').includes('moved') && kinds('a').includes('onlyInA'), () => `moved hidden, one-sided kept: ${kinds('a').join(', ')}`);
  });

  it('leaves one-sided sentences untinted in a loosely related pair, and shows them in one click', async () => {
    // Unrelated texts: A may have nothing drawn at all.
    await compare(fixture('editor-a.txt'), fixture('weather-note.txt'), { marks: false });
    await sleepTurns();
    assert.ok(!kinds('a').includes('onlyInA'), kinds('a').join(', '));
    const oneSided = editor.testing.legend()[2]!;
    assert.equal(oneSided.checked, false);
    assert.equal(oneSided.description, 'hidden: the articles are loosely related');

    await vscode.commands.executeCommand('framingLens.toggleLayer', 'oneSided');
    await waitFor(() => kinds('a').includes('onlyInA') && kinds('b').includes('onlyInB'), () => `one-sided shown: ${kinds('a').join(', ')}`);
    assert.equal(vscode.workspace.getConfiguration('framingLens').get('highlight.oneSidedContent'), 'on');
  });

  it('names each compared article in a CodeLens on its first line, and drops it on Stop', async () => {
    const a = fixture('editor-a.txt');
    const b = fixture('editor-b.txt');
    await compare(a, b);
    const lenses = async (uri: vscode.Uri) =>
      ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).map((lens) => lens.command?.title ?? '').filter((t) => /sentence/.test(t));
    const [lensA] = await lenses(a);
    const [lensB] = await lenses(b);
    const report = editor.comparison.current!.report;
    // The headline, which the file's first line gives.
    const firstLine = (uri: vscode.Uri) => documentOf(uri).lineAt(0).text.trim();
    assert.ok(firstLine(a).length > 10);
    assert.equal(lensA, `A · ${report.articles[0].sentences} sentences · ${firstLine(a)}`);
    assert.equal(lensB, `B · ${report.articles[1].sentences} sentences · ${firstLine(b)}`);
    await vscode.commands.executeCommand('framingLens.stopComparing');
    assert.deepEqual(await lenses(a), []);
  });

  it('wraps the compared editors while they are compared and unwraps them on Stop', async () => {
    const long = (topic: string) =>
      Array.from({ length: 12 }, (_, k) => `Paragraph ${k + 1} about the ${topic}: ${'the council met again on the harbour road and said the water had risen over the wall. '.repeat(9)}`).join('\n');
    const a = vscode.Uri.file(path.join(tmp, 'long-a.txt'));
    const b = vscode.Uri.file(path.join(tmp, 'long-b.txt'));
    fs.writeFileSync(a.fsPath, long('flood'));
    fs.writeFileSync(b.fsPath, long('flood').replace(/said/g, 'claimed'));
    await compare(a, b);
    assert.deepEqual([...(await editor.testing.wrapped())].sort(), [a.toString(), b.toString()].sort());
    const lastVisibleLine = (uri: vscode.Uri) => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())!.visibleRanges.at(-1)!.end.line;
    // Wrapped, each 800-character line takes many rows: only the first few lines are in view.
    await waitFor(() => lastVisibleLine(a) < 8, () => `A shows lines up to ${lastVisibleLine(a)}`);

    await vscode.commands.executeCommand('framingLens.stopComparing');
    assert.deepEqual(await editor.testing.wrapped(), []);
    await waitFor(() => lastVisibleLine(a) === 11, () => `A unwrapped shows lines up to ${lastVisibleLine(a)}`);
    assert.equal(fs.readFileSync(a.fsPath, 'utf8'), long('flood'), 'the article is untouched');
  });

  it('does not wrap when framingLens.wordWrap is off', async () => {
    await vscode.workspace.getConfiguration('framingLens').update('wordWrap', false, vscode.ConfigurationTarget.Global);
    await compare(fixture('editor-a.txt'), fixture('editor-b.txt'));
    assert.deepEqual(await editor.testing.wrapped(), []);
  });

  it('takes a pasted article that VS Code guessed to be JSON as plain text, its text unchanged', async () => {
    const text = '{"note": "not data"} Police said the tram left the rails in Lvov on Tuesday. Officials rubbished the claim.';
    const pasted = await vscode.workspace.openTextDocument({ language: 'json', content: text });
    await vscode.window.showTextDocument(pasted);
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', pasted.uri, fixture('editor-b.txt')), true);
    const document = documentOf(pasted.uri);
    assert.equal(document.languageId, 'plaintext');
    assert.equal(document.getText(), text);
  });

  it('applies a lexicon file changed outside VS Code to the live comparison, with no save and no new comparison', async () => {
    const file = path.join(tmp, 'beat.framing-lexicon.json');
    const lexicon = (terms: string[]) =>
      JSON.stringify({ version: 1, sets: [{ id: 'harm-words', category: 'emotive', explanation: 'How harm is put.', source: 'Test lexicon', variants: [{ id: 'harm', terms, note: 'the usual word' }] }] });
    fs.writeFileSync(file, lexicon(['derailment']));
    await vscode.workspace.getConfiguration('framingLens').update('lexicons', [file], vscode.ConfigurationTarget.Global);
    const a = fixture('editor-a.txt');
    await compare(a, fixture('editor-b.txt'));
    const emotive = () => (editor.testing.decorations('a')['framing:emotive'] ?? []).map((s) => documentOf(a).getText().slice(s.start, s.end));
    assert.ok(!emotive().includes('injuring'));
    const id = editor.comparison.current!.id;
    fs.writeFileSync(file, lexicon(['injuring']));
    await waitFor(() => emotive().includes('injuring'), () => `the changed file applied: ${emotive().join(', ')}`, 15_000);
    assert.equal(editor.comparison.current!.id, id, 'the same comparison, updated');
  });

  it('opens the report in a full-width row below the articles, which keep their columns', async () => {
    const a = fixture('editor-a.txt');
    const b = fixture('editor-b.txt');
    await compare(a, b);
    await vscode.commands.executeCommand('framingLens.openReport');
    const reportGroup = () => vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && /framingLens\.report/.test(t.input.viewType)));
    await waitFor(() => reportGroup() !== undefined, 'the report tab');
    assert.equal(vscode.window.tabGroups.all.length, 3);
    assert.equal(reportGroup()!.viewColumn, vscode.ViewColumn.Three);
    const column = (uri: vscode.Uri) => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn;
    assert.equal(column(a), vscode.ViewColumn.One);
    assert.equal(column(b), vscode.ViewColumn.Two);
    const layout = await vscode.commands.executeCommand<{ orientation: number; groups: { groups?: unknown[] }[] }>('vscode.getEditorLayout');
    // Top to bottom: the row of the two articles, then the report.
    assert.equal(layout.orientation, 1, JSON.stringify(layout));
    assert.equal(layout.groups[0]?.groups?.length, 2, JSON.stringify(layout));
    assert.equal(layout.groups[1]?.groups, undefined, JSON.stringify(layout));
  });

  it('adds the selected word to a lexicon file of the user\'s, writing that file only, and highlights it at once', async () => {
    const a = fixture('editor-a.txt');
    await compare(a, fixture('editor-b.txt'));
    const before = fs.readFileSync(a.fsPath, 'utf8');
    const document = documentOf(a);
    const at = document.getText().indexOf('injuring');
    const shown = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    shown.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + 'injuring'.length));
    const file = path.join(tmp, 'beat-words.framing-lexicon.json');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('framingLens.addSelectionToLexicon', {
      file,
      setId: 'harm-words',
      category: 'emotive',
      explanation: 'How harm is put.',
      source: 'My own notes',
      variantId: 'injure',
      note: 'the usual word',
    });
    assert.equal(written?.fsPath, file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { sets: { id: string; variants: { terms: string[] }[] }[] };
    assert.deepEqual(json.sets[0]!.variants[0]!.terms, ['injuring'], 'the selection is the term');
    assert.deepEqual(vscode.workspace.getConfiguration('framingLens').get('lexicons'), [file]);
    const emotive = () => (editor.testing.decorations('a')['framing:emotive'] ?? []).map((s) => document.getText().slice(s.start, s.end));
    await waitFor(() => emotive().includes('injuring'), () => `the new term highlighted: ${emotive().join(', ')}`, 15_000);
    assert.equal(fs.readFileSync(a.fsPath, 'utf8'), before, 'the article is untouched');

    // An article is never taken for a lexicon file.
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('framingLens.addSelectionToLexicon', { file: a.fsPath, setId: 'harm-words', variantId: 'injure', term: 'hurting' });
    assert.equal(refused, undefined);
    assert.equal(fs.readFileSync(a.fsPath, 'utf8'), before);
    assert.match(editor.testing.messages.at(-1)?.text ?? '', /not a lexicon file/);
  });

  it('ignores a finding from its hover: gone from the editors and the report, which counts it, and restored', async () => {
    const a = fixture('editor-a.txt');
    await compare(a, fixture('editor-b.txt'));
    await editor.testing.ignoredReady();
    const drawnText = (kind: string) => ((editor.testing.decorations('a') as Record<string, { start: number; end: number }[] | undefined>)[kind] ?? []).map((s) => documentOf(a).getText().slice(s.start, s.end));
    assert.deepEqual(drawnText('framing:reporting-verb'), ['rubbished']);
    const hover = await hoverText(a, 'rubbished');
    const link = /\[Ignore\]\(command:framingLens\.ignoreFinding\?([^ )]+)/.exec(hover);
    assert.ok(link, hover);
    await vscode.commands.executeCommand('framingLens.ignoreFinding', ...(JSON.parse(decodeURIComponent(link[1]!)) as unknown[]));
    await waitFor(() => drawnText('framing:reporting-verb').length === 0, () => `rubbished still drawn: ${drawnText('framing:reporting-verb').join(', ')}`, 15_000);
    assert.ok(drawnText('framing:place-name').length > 0, 'the other findings stay');
    await waitFor(() => editor.comparison.current?.report.ignored === 1, 'the report recomputed without it', 15_000);
    assert.ok(!editor.comparison.current?.report.framing.some((e) => e.a.some((o) => o.text === 'rubbished')));
    const saved = JSON.parse(fs.readFileSync(path.join(folder.uri.fsPath, '.vscode', 'framing-lens-ignored.json'), 'utf8')) as { ignored: { key: string; label: string }[] };
    assert.deepEqual(saved.ignored.map((i) => i.label), ['rubbished / denied']);

    const { report } = await activateApi();
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => /1 finding ignored in this workspace/.test(report.shownBody() ?? ''), 'the report to count the ignored finding');

    assert.equal(await vscode.commands.executeCommand<number>('framingLens.restoreIgnored', { all: true }), 1);
    await waitFor(() => drawnText('framing:reporting-verb').length === 1, 'rubbished drawn again', 15_000);
    await waitFor(() => editor.comparison.current?.report.ignored === undefined, 'the report with it again', 15_000);
  });

  it('binds a key to Compare Articles and offers one command per action in the palette', () => {
    const manifest = vscode.extensions.getExtension('framing-lens.framing-lens')!.packageJSON.contributes;
    assert.ok((manifest.keybindings as { command: string }[]).some((k) => k.command === 'framingLens.compareArticles'));
    const hidden = new Set((manifest.menus.commandPalette as { command: string; when: string }[]).filter((m) => m.when === 'false').map((m) => m.command));
    assert.ok(hidden.has('framingLens.showTone'), 'Show Tone Panel repeats Focus on Tone View');
    assert.ok(hidden.has('framingLens.toggleLayer'));
  });
});

/** A few turns of the event loop, for drawing that happens right after a comparison. */
async function sleepTurns(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isUntitled && !document.isClosed) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
