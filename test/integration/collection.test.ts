import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CollectionReport } from '../../src/core/types';
import type { EditorFeatures } from '../../src/extension/editorFeatures';
import type { ReportFeatures } from '../../src/extension/report/registerReport';
import { activateApi, documentOf, hoverText, waitFor } from './helpers';

/**
 * Three outlets on one dam breach, selected together in the Explorer: the wire service (A)
 * and the gazette (C) write "Odesa", the daily (B) "Odessa"; the gazette leaves out the
 * engineers' warning.
 */
describe('Three articles compared at once', function () {
  this.timeout(60_000);

  let editor: EditorFeatures;
  let report: ReportFeatures;
  let uris: vscode.Uri[];
  const texts: string[] = [];

  before(async () => {
    const api = await activateApi();
    editor = api.editor;
    report = api.report;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    uris = ['outlet-wire.txt', 'outlet-daily.txt', 'outlet-gazette.txt'].map((name) => vscode.Uri.joinPath(folder.uri, name));
    for (const uri of uris) texts.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const before = editor.comparison.current?.id;
    // As the Explorer calls it: the clicked file, then every selected file.
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', uris[0], uris), true);
    await waitFor(() => editor.comparison.current !== undefined && editor.comparison.current.id !== before, 'the comparison to start');
    await waitFor(() => [0, 1, 2].every((k) => Object.keys(editor.testing.decorations(k)).length > 0), 'decorations in all three editors');
  });

  after(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  function drawn(article: number, kind: string): string[] {
    const text = documentOf(uris[article]!).getText();
    const spans = (editor.testing.decorations(article) as Record<string, readonly { start: number; end: number }[] | undefined>)[kind] ?? [];
    return spans.map((s) => text.slice(s.start, s.end));
  }

  it('opens the three articles side by side, the first as the focus', () => {
    const current = editor.comparison.current!;
    assert.equal(current.articles.length, 3);
    assert.equal(current.focus, 0);
    assert.deepEqual(
      current.collection?.articles.map((a) => a.title),
      ['Dam breach floods villages near Odesa', 'Villages flooded after dam fails near Odessa', 'Six villages under water after Dniester dam breach']
    );
    const columns = uris.map((uri) => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn);
    assert.deepEqual(columns, [vscode.ViewColumn.One, vscode.ViewColumn.Two, vscode.ViewColumn.Three]);
  });

  it('marks each outlet’s spelling of the city in its own editor', () => {
    assert.deepEqual(drawn(0, 'framing:place-name'), ['Odesa', 'Odesa']);
    assert.deepEqual(drawn(1, 'framing:place-name'), ['Odessa', 'Odessa']);
    // The gazette agrees with the focus, but not with the daily: still a choice among the outlets.
    assert.deepEqual(drawn(2, 'framing:place-name'), ['Odesa']);
  });

  it('draws every other outlet against the focus: the gazette’s missing warning is A’s alone against C', () => {
    const text = documentOf(uris[0]!).getText();
    const onlyInFocus = (editor.testing.decorations(1)['onlyInB'] ?? []).length;
    assert.equal(onlyInFocus, 0, 'the daily has every fact the wire has');
    const highlights = editor.testing.highlights(2);
    assert.ok(highlights.every((h) => h.end <= documentOf(uris[2]!).getText().length));
    assert.ok(text.includes('Engineers had warned'));
    const coverage = editor.comparison.current!.collection!.coverage;
    const warning = coverage.find((g) => g.sentences.some((s) => s.text.startsWith('Engineers had warned')));
    assert.deepEqual(warning?.missing, [2]);
  });

  it('lists in a hover how every other outlet words the place, with a link to each', async () => {
    const markdown = await hoverText(uris[2]!, 'Odesa');
    assert.match(markdown, /\*\*C\*\* \(this article\)/);
    assert.match(markdown, /\*\*A\*\* · Dam breach floods villages near Odesa: \*Odesa\* ×2 · \[Reveal\]\(command:framingLens\.revealInArticle\?/);
    assert.match(markdown, /\*\*B\*\* · Villages flooded after dam fails near Odessa: \*Odessa\* ×2 · \[Reveal\]/);
    const link = /command:framingLens\.revealInArticle\?([^ )]+)/.exec(markdown.slice(markdown.indexOf('**B**')))![1]!;
    const [arg] = JSON.parse(decodeURIComponent(link)) as [{ article: number; start: number; end: number }];
    assert.equal(arg.article, 1);
    assert.equal(texts[1]!.slice(arg.start, arg.end), 'Odessa');
    await vscode.commands.executeCommand('framingLens.revealInArticle', arg);
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), uris[1]!.toString());
    assert.equal(active.document.getText(active.selection), 'Odessa');
  });

  it('opens a report that leads with the variant matrix, then coverage, similarity and the pairs', async () => {
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => report.isVisible() && report.mode() === 'live', 'the report panel');
    const body = report.shownBody()!;
    const order = ['matrix', 'coverage', 'similarity'].map((id) => body.indexOf(`<section id="fl-${id}"`));
    assert.ok(order.every((at) => at >= 0), `headings at ${order.join(', ')}`);
    assert.deepEqual([...order].sort((x, y) => x - y), order, 'matrix, coverage, similarity in that order');
    const matrix = body.slice(order[0]!, order[1]!);
    assert.match(matrix, /Odessa/);
    assert.match(matrix, /Odesa/);
    assert.match(body.slice(order[1]!, order[2]!), /Engineers had warned/);
    assert.ok(!/\bodesa-odessa\b/.test(body), 'no internal set id');
    assert.match(body, /data-article="1" data-start="\d+" data-end="\d+"/);
    assert.match(body, /<button type="button" class="fl-focus" data-focus="2"/);

    // The report's Focus button: the gazette becomes the focus, and the report follows.
    await report.simulateMessage({ type: 'focus', article: 2 });
    await waitFor(() => editor.comparison.current?.focus === 2, 'the gazette as the focus');
    await waitFor(() => /data-focus="0"/.test(report.shownBody() ?? '') && !/data-focus="2"/.test(report.shownBody() ?? ''), 'the report to follow the new focus');
    await report.simulateMessage({ type: 'focus', article: 0 });
    await waitFor(() => editor.comparison.current?.focus === 0, 'the wire as the focus again');
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
  });

  it('exports the collection as JSON (schema 2) whose every span slices its article', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-collection-'));
    const out = vscode.Uri.file(path.join(tmp, 'collection.json'));
    await vscode.commands.executeCommand('framingLens.exportReport', { format: 'json', uri: out });
    const json = JSON.parse(fs.readFileSync(out.fsPath, 'utf8')) as CollectionReport;
    assert.equal(json.schemaVersion, 2);
    assert.equal(json.articles.length, 3);
    let checked = 0;
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.article === 'number' && typeof record.start === 'number' && typeof record.text === 'string') {
        assert.equal(texts[record.article]!.slice(record.start, record.end as number), record.text);
        checked++;
      }
      Object.values(record).forEach(walk);
    };
    const { comparisons: _pairs, ...collection } = json;
    walk(collection);
    assert.ok(checked > 20, `${checked} spans checked`);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('switches the focus: the wire is then drawn against the daily', async () => {
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.focusOnArticle', uris[1]), true);
    const current = editor.comparison.current!;
    assert.equal(current.focus, 1);
    assert.equal(current.partner, 0, 'the old focus stands beside the new one');
    assert.deepEqual(current.collection?.comparisons.map((c) => [c.a, c.b]), [[1, 0], [1, 2]]);
    await waitFor(() => drawn(0, 'wordReplaced').includes('broke'), 'the wire drawn against the daily');
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.focusOnArticle', uris[0]), true);
    await waitFor(() => editor.comparison.current?.focus === 0, 'the focus back on the wire');
  });

  it('recomputes only the edited article and its pairs, and never writes to the articles', async () => {
    const before = editor.testing.engineCounts;
    const revision = editor.comparison.current!.revision;
    const gazette = documentOf(uris[2]!);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(gazette.uri, gazette.positionAt(gazette.getText().length), '\nA second dam upstream is being inspected by divers.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => (editor.comparison.current?.revision ?? 0) > revision, 'the comparison to follow the edit');
    const after = editor.testing.engineCounts;
    assert.equal(after.analyses - before.analyses, 1, 'one article analysed again');
    assert.equal(after.alignments - before.alignments, 2, 'its two pairs aligned again');
    assert.equal(after.reports - before.reports, 1, 'its comparison with the focus redone');
    const unshared = editor.comparison.current!.collection!.unshared[2]!.map((s) => s.text);
    assert.deepEqual(unshared, ['A second dam upstream is being inspected by divers.']);
    const back = new vscode.WorkspaceEdit();
    back.replace(gazette.uri, new vscode.Range(gazette.positionAt(0), gazette.positionAt(gazette.getText().length)), texts[2]!);
    assert.ok(await vscode.workspace.applyEdit(back));
    await gazette.save();
    for (const [k, uri] of uris.entries()) {
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), texts[k], `${uri.path} unchanged on disk`);
    }
  });

  it('names an outlet as the user asks in framingLens.outletNames', async () => {
    const config = vscode.workspace.getConfiguration('framingLens');
    await config.update('outletNames', { 'outlet-daily.txt': 'The Daily <Courier>' }, vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => editor.comparison.current?.collection?.articles[1]?.title === 'The Daily <Courier>', 'the outlet named');
      assert.equal(editor.comparison.current!.collection!.articles[0]!.title, 'Dam breach floods villages near Odesa', 'the others keep their headline');
      const markdown = await hoverText(uris[2]!, 'Odesa');
      assert.match(markdown, /\*\*B\*\* · The Daily &lt;Courier\\>: \*Odessa\* ×2/);
    } finally {
      await config.update('outletNames', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => editor.comparison.current?.collection?.articles[1]?.title === 'Villages flooded after dam fails near Odessa', 'the headline back');
  });

  it('goes on with the other two when one of three articles is closed', async () => {
    const id = editor.comparison.current!.id;
    await vscode.window.showTextDocument(documentOf(uris[2]!), { viewColumn: vscode.ViewColumn.Three });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => editor.comparison.current?.articles.length === 2, 'the comparison to go on with two articles');
    const current = editor.comparison.current!;
    assert.equal(current.id, id, 'the same comparison, not a new one');
    assert.equal(current.collection, undefined, 'two articles are a pair');
    assert.deepEqual(current.articles.map((u) => u.toString()), [uris[0]!.toString(), uris[1]!.toString()]);
    assert.ok(editor.testing.messages.some((m) => /article C \(outlet-gazette\.txt\) was closed — comparing the other 2/.test(m.text)));
  });
});
