import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateApi, documentOf, hoverText, waitFor } from './helpers';
import type { EditorFeatures } from '../../src/extension/editorFeatures';

/**
 * The editor experience, driven through the commands a user runs, on two fixture articles
 * about an invented tram derailment: "Lvov" / "Lviv" (place name), "rubbished" / "denied"
 * (reporting verb), "injuring" / "hurting" (a replaced word), "defense" / "defence" (spelling),
 * a sentence only in A, one only in B, and a witness sentence moved to the top in B.
 */
describe('Editor: compare, highlight, hover, reveal', function () {
  this.timeout(60_000);

  let editor: EditorFeatures;
  let uriA: vscode.Uri;
  let uriB: vscode.Uri;
  let tmp: string;

  before(async () => {
    editor = (await activateApi()).editor;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    uriA = vscode.Uri.joinPath(folder.uri, 'editor-a.txt');
    uriB = vscode.Uri.joinPath(folder.uri, 'editor-b.txt');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-editor-'));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await closeAll();
  });

  after(async () => {
    await vscode.workspace.getConfiguration('framingLens').update('lexicons', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function compare(a: vscode.Uri, b: vscode.Uri, options: { marks?: boolean } = {}): Promise<void> {
    const before = editor.comparison.current?.id;
    const started = await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', a, b);
    assert.equal(started, true, `the comparison did not start: ${lastMessage()}`);
    await waitFor(() => editor.comparison.current !== undefined && editor.comparison.current.id !== before, 'the comparison to start');
    if (options.marks ?? true) await waitFor(() => Object.keys(editor.testing.decorations('a')).length > 0, 'decorations in A');
  }

  function lastMessage(): string {
    return editor.testing.messages.at(-1)?.text ?? '(no message)';
  }

  function drawnIn(document: vscode.TextDocument, kind: keyof ReturnType<EditorFeatures['testing']['decorations']>): string[] {
    return (editor.testing.decorations('a')[kind] ?? []).map((s) => document.getText().slice(s.start, s.end));
  }

  /** The texts under the ranges last drawn for each kind in one article. */
  function drawn(side: 'a' | 'b'): Record<string, string[]> {
    const document = documentOf(side === 'a' ? uriA : uriB);
    const text = document.getText();
    const result: Record<string, string[]> = {};
    for (const [kind, spans] of Object.entries(editor.testing.decorations(side))) {
      result[kind] = (spans ?? []).map((s) => text.slice(s.start, s.end));
    }
    return result;
  }

  it('opens A on the left and B on the right and highlights each kind of difference on the right words', async () => {
    await compare(uriA, uriB);
    assert.equal(editorOf(uriA)?.viewColumn, vscode.ViewColumn.One);
    assert.equal(editorOf(uriB)?.viewColumn, vscode.ViewColumn.Two);

    const a = drawn('a');
    assert.deepEqual(a['framing:place-name'], ['Lvov', 'Lvov']);
    assert.deepEqual(a['framing:reporting-verb'], ['rubbished']);
    assert.deepEqual(a.onlyInA, ['Service on the line is expected to resume on Saturday.']);
    assert.deepEqual(a.moved, ['Witnesses said the tram was travelling much faster than usual before the bend.']);
    assert.deepEqual(a.spelling, ['defense']);
    assert.ok(a.wordReplaced?.includes('injuring'), `replaced words in A: ${JSON.stringify(a.wordReplaced)}`);
    assert.ok(a.wordReplaced?.includes('rubbished'));
    assert.equal(a.onlyInB, undefined);

    const b = drawn('b');
    assert.deepEqual(b['framing:place-name'], ['Lviv', 'Lviv']);
    assert.deepEqual(b['framing:reporting-verb'], ['denied']);
    assert.deepEqual(b.onlyInB, ['Relatives of the injured gathered outside the regional hospital in the evening.']);
    assert.deepEqual(b.moved, ['Witnesses said the tram was travelling much faster than usual before the bend.']);
    assert.deepEqual(b.spelling, ['defence']);
    assert.ok(b.wordReplaced?.includes('hurting'));
    // Near-identical sentences get a handful of precise marks, not a painted sentence.
    assert.ok(!b.wordReplaced?.some((t) => t.length > 20), `over-long replaced spans: ${JSON.stringify(b.wordReplaced)}`);
    assert.equal(b.wordReplaced?.includes('defence'), false, 'a spelling variant is not shown as a replaced word');
  });

  it('explains a framing term in its hover, with trusted links to reveal the counterpart and open the report', async () => {
    await compare(uriA, uriB);
    const markdown = await hoverText(uriA, 'rubbished');
    assert.match(markdown, /Framing term\*\* · Reporting verbs/);
    assert.match(markdown, /A: \*rubbished\* — B: \*denied\*/);
    assert.match(markdown, /\[Reveal counterpart\]\(command:framingLens\.revealCounterpart\?/);
    assert.match(markdown, /\[Open report\]\(command:framingLens\.openReport/);
    // Short at first, so it fits the hover box: the notes and sources come with Details.
    assert.doesNotMatch(markdown, /Source:/);
    const details = /\[Details\]\(command:framingLens\.hoverDetails\?([^ )]+)/.exec(markdown);
    assert.ok(details, markdown);
    await vscode.commands.executeCommand('framingLens.hoverDetails', ...(JSON.parse(decodeURIComponent(details[1]!)) as unknown[]));
    const full = await hoverText(uriA, 'rubbished');
    assert.match(full, /Source:/);
    assert.match(full, /\[Fewer details\]/);
    await vscode.commands.executeCommand('framingLens.hoverDetails');
    assert.doesNotMatch(await hoverText(uriA, 'rubbished'), /Source:/);
  });

  it('explains a wording change in its hover with both sides', async () => {
    await compare(uriA, uriB);
    const markdown = await hoverText(uriB, 'hurting');
    assert.match(markdown, /\*\*Wording change\*\*/);
    assert.match(markdown, /A: \*injuring\* — B: \*hurting\*/);
  });

  it('says in the hover of a one-sided sentence that the other article has no counterpart', async () => {
    await compare(uriA, uriB);
    const markdown = await hoverText(uriA, 'resume on Saturday');
    assert.match(markdown, /\*\*No close match\*\* — no sentence of B tells this closely/);
  });

  it('shows no hover on text that is not highlighted', async () => {
    await compare(uriA, uriB);
    assert.equal(await hoverText(uriA, 'Police closed'), '');
  });

  it('reveals the counterpart of a word in the other editor, from a hover link argument', async () => {
    await compare(uriA, uriB);
    const text = documentOf(uriA).getText();
    const start = text.indexOf('rubbished');
    await vscode.commands.executeCommand('framingLens.revealCounterpart', { side: 'a', start, end: start + 'rubbished'.length });
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), uriB.toString());
    assert.equal(active.document.getText(active.selection), 'denied');
  });

  it('reveals the counterpart sentence of a moved sentence at the cursor', async () => {
    await compare(uriA, uriB);
    const shown = await vscode.window.showTextDocument(documentOf(uriA), { viewColumn: vscode.ViewColumn.One });
    const offset = shown.document.getText().indexOf('Witnesses') + 3;
    shown.selection = new vscode.Selection(shown.document.positionAt(offset), shown.document.positionAt(offset));
    await vscode.commands.executeCommand('framingLens.revealCounterpart');
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), uriB.toString());
    assert.equal(active.document.getText(active.selection), 'Witnesses said the tram was travelling much faster than usual before the bend.');
    assert.equal(active.selection.start.line, 2);
  });

  it('says so when revealing content only one article has', async () => {
    await compare(uriA, uriB);
    const start = documentOf(uriA).getText().indexOf('Service on the line');
    await vscode.commands.executeCommand('framingLens.revealCounterpart', { side: 'a', start, end: start });
    assert.equal(lastMessage(), 'Framing Lens: No close match found in article B for this sentence of A.');
  });

  it('clears decorations, hovers and the comparison on Stop Comparing', async () => {
    await compare(uriA, uriB);
    await vscode.commands.executeCommand('framingLens.stopComparing');
    assert.equal(editor.comparison.current, undefined);
    assert.deepEqual(editor.testing.decorations('a'), {});
    assert.deepEqual(editor.testing.decorations('b'), {});
    assert.equal(await hoverText(uriA, 'rubbished'), '');
  });

  it('updates highlights after an edit to an untitled copy, once the debounce has passed', async () => {
    const copy = await vscode.workspace.openTextDocument({ content: fs.readFileSync(uriB.fsPath, 'utf8'), language: 'plaintext' });
    await compare(uriA, copy.uri);
    assert.ok(drawn('b').wordReplaced?.includes('hurting') ?? false);
    const revision = editor.comparison.current!.revision;
    const start = copy.getText().indexOf('hurting');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(copy.uri, new vscode.Range(copy.positionAt(start), copy.positionAt(start + 'hurting'.length)), 'wounding');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => editor.comparison.current!.revision > revision, 'the comparison to update after the edit');
    const b = editor.testing.decorations('b').wordReplaced ?? [];
    assert.ok(b.some((s) => copy.getText().slice(s.start, s.end) === 'wounding'), 'the new word is highlighted');
    await revertAndClose(copy);
  });

  it('ends the comparison when one of the documents is closed', async () => {
    await compare(uriA, uriB);
    await vscode.window.showTextDocument(documentOf(uriB), { viewColumn: vscode.ViewColumn.Two });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => editor.comparison.current === undefined, 'the comparison to end');
    assert.match(lastMessage(), /stopped comparing — article B \(editor-b\.txt\) was closed/);
  });

  it('refuses an empty article with a clear message and starts nothing', async () => {
    const empty = await vscode.workspace.openTextDocument({ content: '  \n\n ', language: 'plaintext' });
    const started = await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', uriA, empty.uri);
    assert.equal(started, false);
    assert.equal(editor.comparison.current, undefined);
    assert.deepEqual(editor.testing.messages.at(-1), { severity: 'error', text: 'Framing Lens: article B is empty — nothing to compare' });
  });

  it('refuses a binary file before opening it', async () => {
    const binary = path.join(tmp, 'photo.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const started = await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', vscode.Uri.file(binary), uriB);
    assert.equal(started, false);
    assert.equal(editor.comparison.current, undefined);
    assert.equal(lastMessage(), 'Framing Lens: article A (photo.txt) is not a text file (it contains binary data)');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === binary), 'the binary file was opened');
  });

  it('refuses to compare a document with itself', async () => {
    const started = await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', uriA, uriA);
    assert.equal(started, false);
    assert.match(lastMessage(), /A and B are the same document/);
  });

  it('compares identical texts but says they are identical', async () => {
    const twin = await vscode.workspace.openTextDocument({ content: fs.readFileSync(uriA.fsPath, 'utf8'), language: 'plaintext' });
    await compare(uriA, twin.uri, { marks: false });
    assert.ok(editor.comparison.current, 'identical articles are still compared');
    assert.ok(editor.testing.messages.some((m) => /identical/.test(m.text)), `messages: ${JSON.stringify(editor.testing.messages)}`);
    await revertAndClose(twin);
  });

  it('highlights the same words in a file with CRLF line ends', async () => {
    const crlf = path.join(tmp, 'editor-a-crlf.txt');
    fs.writeFileSync(crlf, fs.readFileSync(uriA.fsPath, 'utf8').replace(/\r?\n/g, '\r\n'));
    await compare(vscode.Uri.file(crlf), uriB);
    const document = documentOf(vscode.Uri.file(crlf));
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    const spans = editor.testing.decorations('a')['framing:reporting-verb'] ?? [];
    assert.deepEqual(spans.map((s) => document.getText(new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)))), ['rubbished']);
    assert.deepEqual(drawnIn(document, 'onlyInA'), ['Service on the line is expected to resume on Saturday.']);
  });

  it('compares long articles (over 200 KB each) and finishes', async function () {
    this.timeout(120_000);
    const paragraphs = (text: string, n: number) =>
      Array.from({ length: n }, (_, i) => text.split('\n\n').slice(1).map((p) => p.replace(/\.$/, ` (report ${i}).`)).join('\n\n')).join('\n\n');
    const a = await vscode.workspace.openTextDocument({ content: paragraphs(fs.readFileSync(uriA.fsPath, 'utf8'), 400), language: 'plaintext' });
    const b = await vscode.workspace.openTextDocument({ content: paragraphs(fs.readFileSync(uriB.fsPath, 'utf8'), 400), language: 'plaintext' });
    assert.ok(a.getText().length > 200 * 1024 && b.getText().length > 200 * 1024);
    await compare(a.uri, b.uri);
    assert.ok((editor.testing.decorations('a')['framing:reporting-verb'] ?? []).length >= 100);
  });

  it('goes on with the built-in lexicon when an extra lexicon file is broken, naming the file and its problem', async () => {
    const broken = path.join(tmp, 'broken.framing-lexicon.json');
    fs.writeFileSync(broken, JSON.stringify({ version: 1, sets: [{ id: 'Tram Words', category: 'vehicle' }] }));
    await vscode.workspace.getConfiguration('framingLens').update('lexicons', [broken], vscode.ConfigurationTarget.Global);
    await compare(uriA, uriB);
    const warning = editor.testing.messages.find((m) => m.severity === 'warning' && m.text.includes(broken));
    assert.ok(warning, `no warning names the file: ${JSON.stringify(editor.testing.messages)}`);
    assert.match(warning.text, /sets\[0\]/);
    assert.deepEqual(drawn('a')['framing:reporting-verb'], ['rubbished'], 'the built-in lexicon still applies');
  });

  it('reads a rejected lexicon file again at the next comparison, telling its problem once', async () => {
    const file = path.join(tmp, 'fixed-later.framing-lexicon.json');
    fs.writeFileSync(file, '{ "version": 1, "sets": [ ');
    await vscode.workspace.getConfiguration('framingLens').update('lexicons', [file], vscode.ConfigurationTarget.Global);
    await compare(uriA, uriB);
    const told = () => editor.testing.messages.filter((m) => m.severity === 'warning' && m.text.includes(file)).length;
    await waitFor(() => told() === 1, 'the problem told');
    await compare(uriA, uriB);
    assert.equal(told(), 1, 'a file that stays broken is not reported again');
    // Fixed outside VS Code: no save event, no change of the setting.
    fs.writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        sets: [{ id: 'harm-words', category: 'emotive', explanation: 'How harm is put.', source: 'Test lexicon', variants: [{ id: 'injure', terms: ['injuring'], note: 'the usual word' }] }],
      })
    );
    await compare(uriA, uriB);
    await waitFor(() => (drawn('a')['framing:emotive'] ?? []).includes('injuring'), 'the fixed file to apply');
  });

  it('adds the sets of a valid extra lexicon file', async () => {
    const extra = path.join(tmp, 'tram.framing-lexicon.json');
    fs.writeFileSync(
      extra,
      JSON.stringify({
        version: 1,
        sets: [
          {
            id: 'accident-harm',
            category: 'emotive',
            explanation: 'How the harm to passengers is put.',
            source: 'Test lexicon',
            variants: [
              { id: 'injure', terms: ['injuring'], note: 'the usual word' },
              { id: 'hurt', terms: ['hurting'], note: 'plainer' },
            ],
          },
        ],
      })
    );
    await vscode.workspace.getConfiguration('framingLens').update('lexicons', [extra], vscode.ConfigurationTarget.Global);
    await compare(uriA, uriB);
    await waitFor(() => (drawn('a')['framing:emotive'] ?? []).length > 0, 'the extra set to be highlighted');
    assert.deepEqual(drawn('a')['framing:emotive'], ['injuring']);
    assert.deepEqual(drawn('b')['framing:emotive'], ['hurting']);
  });
});


function editorOf(uri: vscode.Uri): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
}


async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function closeAll(): Promise<void> {
  // Untitled documents would ask whether to save; revert them first.
  for (const document of vscode.workspace.textDocuments) {
    if (document.isUntitled && !document.isClosed) await revertAndClose(document);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
