import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EditorFeatures } from '../../src/extension/editorFeatures';
import type { ReportFeatures } from '../../src/extension/report/registerReport';
import { activateApi, documentOf, EXTENSION_ID, hoverText, waitFor } from './helpers';

/**
 * A scraped page (furniture lines, the headline repeated, and a second, unrelated article
 * appended) compared with a clean wire copy of the same story; then a saved web page
 * compared with the same article as plain text.
 */
describe('Text left out of the analysis', function () {
  this.timeout(60_000);

  let editor: EditorFeatures;
  let report: ReportFeatures;

  before(async () => {
    const api = await activateApi();
    editor = api.editor;
    report = api.report;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function compare(...names: string[]): Promise<vscode.Uri[]> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    const uris = names.map((name) => vscode.Uri.joinPath(folder.uri, name));
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const before = editor.comparison.current?.id;
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', uris[0], uris), true);
    await waitFor(() => editor.comparison.current !== undefined && editor.comparison.current.id !== before, 'the comparison to start');
    await waitFor(() => [0, 1].every((k) => Object.keys(editor.testing.decorations(k)).length > 0), 'decorations in both editors');
    return uris;
  }

  function drawn(uri: vscode.Uri, article: number, kind: string): string[] {
    const text = documentOf(uri).getText();
    const spans = (editor.testing.decorations(article) as Record<string, readonly { start: number; end: number }[] | undefined>)[kind] ?? [];
    return spans.map((s) => text.slice(s.start, s.end));
  }

  it('dims the scrape’s furniture and the appended article, and analyses neither', async () => {
    const [scrape] = await compare('frost-scrape.txt', 'frost-wire.txt');
    const text = documentOf(scrape!).getText();
    const current = editor.comparison.current!;
    const excluded = current.report.excluded.a;
    const appended = excluded.find((run) => run.reason === 'appended-article');
    assert.ok(appended, JSON.stringify(excluded));
    assert.ok(text.slice(appended.start).startsWith('Town library reopens'), text.slice(appended.start, appended.start + 40));
    assert.equal(appended.end, text.trimEnd().length);
    for (const run of excluded) assert.equal(run.text, text.slice(run.start, run.end));
    const furniture = excluded.filter((run) => run.reason !== 'appended-article').map((run) => run.text);
    for (const line of ['Short Url', 'Updated 14 April 2024', 'Follow']) assert.ok(furniture.includes(line), `${line} in ${JSON.stringify(furniture)}`);
    // None of it is a sentence of the article, so none of it is "only in A".
    const sentences = current.report.sentences.a.map((s) => s.text);
    assert.ok(!sentences.some((s) => /library|Short Url|Follow|Updated/.test(s)), sentences.join(' | '));
    assert.ok(!current.report.onlyInA.some((s) => /library|Brenner/.test(s.text)));
    // Dimmed in the editor, exactly where the report says.
    assert.deepEqual(drawn(scrape!, 0, 'leftOut'), excluded.map((run) => run.text.trim()));
    assert.deepEqual(drawn(scrape!, 1, 'leftOut'), []);
  });

  it('reads a saved web page on the engine (its worker on the desktop): its navigation, banner and footer left out, every run a slice of the file', async () => {
    // The page readers (Readability on linkedom) come from dist/pageLibs.js beside the worker's bundle.
    const pages = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'pages');
    const page = vscode.Uri.joinPath(pages, 'harbour-page.html');
    const before = editor.comparison.current?.id;
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', page, [page, vscode.Uri.joinPath(pages, 'harbour-wire.txt')]), true);
    await waitFor(() => editor.comparison.current !== undefined && editor.comparison.current.id !== before, 'the comparison to start');
    // The web extension host (a web worker itself) starts no workers and compares inline.
    const inWebWorker = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';
    assert.equal(editor.testing.engineKind, inWebWorker ? 'inline' : 'worker');
    const current = editor.comparison.current!;
    const text = documentOf(page).getText();
    const reasons = new Set(current.report.excluded.a.map((run) => run.reason));
    for (const reason of ['navigation', 'banner', 'footer'] as const) assert.ok(reasons.has(reason), `no ${reason} in ${[...reasons].join(', ')}`);
    for (const run of current.report.excluded.a) assert.equal(run.text, text.slice(run.start, run.end));
    const sentences = current.report.sentences.a.map((s) => s.text).join('\n');
    for (const furniture of ['cookies', 'Most read', 'All rights reserved']) assert.ok(!sentences.includes(furniture), `${furniture} is a sentence`);
    await waitFor(() => drawn(page, 0, 'leftOut').length > 0, 'the page furniture to be dimmed');
  });

  it('says on hover why a line was left out, and offers to bring it back', async () => {
    const [scrape] = await compare('frost-scrape.txt', 'frost-wire.txt');
    const hover = await hoverText(scrape!, 'Mayor Tomas Brenner');
    assert.match(hover, /Left out of the analysis.*Another article/);
    assert.match(hover, /Include left-out text/);
    const furniture = await hoverText(scrape!, 'Short Url');
    assert.match(furniture, /Left out of the analysis/);
  });

  it('brings the left-out text back on request, and leaves it out again', async () => {
    const [scrape] = await compare('frost-scrape.txt', 'frost-wire.txt');
    const sentencesBefore = editor.comparison.current!.report.sentences.a.length;
    const revision = editor.comparison.current!.revision;
    await vscode.commands.executeCommand('framingLens.includeLeftOut');
    await waitFor(() => editor.comparison.current!.revision > revision, 'the comparison to be recomputed');
    const included = editor.comparison.current!;
    assert.deepEqual(included.report.excluded.a, []);
    assert.ok(included.report.sentences.a.length > sentencesBefore + 4, `${included.report.sentences.a.length} sentences`);
    assert.ok(included.report.onlyInA.some((s) => s.text.includes('Tomas Brenner')));
    await waitFor(() => drawn(scrape!, 0, 'leftOut').length === 0, 'the dimming to go');
    await vscode.commands.executeCommand('framingLens.leaveOutAgain');
    await waitFor(() => editor.comparison.current!.report.excluded.a.length > 0, 'the text to be left out again');
    assert.equal(editor.comparison.current!.report.sentences.a.length, sentencesBefore);
  });

  it('lists what was left out in the report', async () => {
    await compare('frost-scrape.txt', 'frost-wire.txt');
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => report.shownBody() !== undefined, 'the report panel');
    const html = report.shownBody()!;
    assert.match(html, /Left out as not the articles’ own text — A: another article appended, page title \(1\), share bar \(2\), page furniture \(1\)\./);
    assert.match(html, /<h2[^>]*>Left out of the analysis<\/h2>/);
    assert.match(html, /Town library reopens after two years of repairs/);
  });
});
