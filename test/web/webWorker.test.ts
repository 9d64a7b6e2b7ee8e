import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExclusionReason } from '../../src/core/extract/types';
import type { EditorFeatures } from '../../src/extension/editorFeatures';
import type { ReportFeatures } from '../../src/extension/report/registerReport';
import { EXTENSION_ID, activateApi, documentOf, hoverText, waitFor } from '../integration/helpers';

/**
 * What is particular to the web extension, in the web worker host: that it runs there (no
 * Node, the `browser` entry), that what it reads and writes goes through the workspace's
 * file system (an extra lexicon file, an exported report), as on vscode.dev, and that web
 * pages are read there as on the desktop.
 */
describe('Web extension in the web worker host', function () {
  this.timeout(60_000);

  let editor: EditorFeatures;
  let report: ReportFeatures;
  let folder: vscode.Uri;
  let scratch: vscode.Uri;

  before(async () => {
    const api = await activateApi();
    editor = api.editor;
    report = api.report;
    const workspace = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspace, 'the fixture workspace is not open');
    folder = workspace.uri;
    scratch = vscode.Uri.joinPath(folder, '.web-test-scratch');
    await vscode.workspace.fs.createDirectory(scratch);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('framingLens').update('lexicons', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(scratch, { recursive: true });
  });

  async function compare(a: vscode.Uri, b: vscode.Uri): Promise<void> {
    const before = editor.comparison.current?.id;
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', a, b), true, `the comparison did not start: ${editor.testing.messages.at(-1)?.text}`);
    await waitFor(() => editor.comparison.current !== undefined && editor.comparison.current.id !== before, 'the comparison to start');
    await waitFor(() => Object.keys(editor.testing.decorations('a')).length > 0, 'decorations in A');
  }

  function drawn(uri: vscode.Uri, side: 'a' | 'b'): Record<string, string[]> {
    const text = documentOf(uri).getText();
    const result: Record<string, string[]> = {};
    for (const [kind, spans] of Object.entries(editor.testing.decorations(side))) result[kind] = (spans ?? []).map((s) => text.slice(s.start, s.end));
    return result;
  }

  it('runs in a web worker, without Node, from the browser entry', () => {
    const scope = globalThis as { process?: unknown; navigator?: unknown; importScripts?: unknown; document?: unknown };
    assert.equal(typeof scope.process, 'undefined', 'no Node process object');
    assert.equal(typeof scope.navigator, 'object', 'a browser navigator');
    assert.equal(typeof scope.importScripts, 'function', 'a worker scope');
    assert.equal(typeof scope.document, 'undefined', 'not a page');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension?.isActive, 'the extension is active in this host');
    // The web worker host runs extensions as UI extensions; the Node host of code-server as workspace ones.
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
  });

  it('compares two fixture articles, draws each kind of difference on the right words, and explains one in its hover', async () => {
    const a = vscode.Uri.joinPath(folder, 'editor-a.txt');
    const b = vscode.Uri.joinPath(folder, 'editor-b.txt');
    await compare(a, b);
    const inA = drawn(a, 'a');
    const inB = drawn(b, 'b');
    assert.deepEqual(inA['framing:place-name'], ['Lvov', 'Lvov']);
    assert.deepEqual(inB['framing:place-name'], ['Lviv', 'Lviv']);
    assert.deepEqual(inA['framing:reporting-verb'], ['rubbished']);
    assert.deepEqual(inB['framing:reporting-verb'], ['denied']);
    assert.deepEqual(inA.onlyInA, ['Service on the line is expected to resume on Saturday.']);
    assert.deepEqual(inB.onlyInB, ['Relatives of the injured gathered outside the regional hospital in the evening.']);
    assert.ok(inB.wordReplaced?.includes('hurting'), `replaced words in B: ${JSON.stringify(inB.wordReplaced)}`);
    const markdown = await hoverText(a, 'rubbished');
    assert.match(markdown, /Framing term\*\* · Reporting verbs/);
    assert.match(markdown, /A: \*rubbished\* — B: \*denied\*/);
    assert.match(markdown, /\[Reveal counterpart\]\(command:framingLens\.revealCounterpart\?/);
  });

  it('reads an extra lexicon file, given by its absolute path, from the workspace file system', async () => {
    const lexicon = vscode.Uri.joinPath(scratch, 'tram.framing-lexicon.json');
    const sets = [
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
    ];
    await vscode.workspace.fs.writeFile(lexicon, new TextEncoder().encode(JSON.stringify({ version: 1, sets })));
    await vscode.workspace.getConfiguration('framingLens').update('lexicons', [lexicon.path], vscode.ConfigurationTarget.Global);
    const a = vscode.Uri.joinPath(folder, 'editor-a.txt');
    const b = vscode.Uri.joinPath(folder, 'editor-b.txt');
    await compare(a, b);
    await waitFor(() => (drawn(a, 'a')['framing:emotive'] ?? []).length > 0, () => `the extra set to be highlighted: ${JSON.stringify(editor.testing.messages)}`);
    assert.deepEqual(drawn(a, 'a')['framing:emotive'], ['injuring']);
    assert.deepEqual(drawn(b, 'b')['framing:emotive'], ['hurting']);
  });

  it('reads a saved web page as its article, as the plain-text article reads (HTML parsed without the DOM a worker lacks)', async () => {
    // The pages are fixtures of the repository, read from the extension's own folder.
    const pages = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'pages');
    const copies: vscode.Uri[] = [];
    for (const name of ['harbour-page.html', 'harbour-page.txt', 'harbour-wire.txt']) {
      const copy = vscode.Uri.joinPath(scratch, name);
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(pages, name), copy, { overwrite: true });
      copies.push(copy);
    }
    const [page, plain, wire] = copies as [vscode.Uri, vscode.Uri, vscode.Uri];
    await compare(page, wire);
    const fromPage = editor.comparison.current!.report;
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await compare(plain, wire);
    const fromText = editor.comparison.current!.report;

    const sentences = fromPage.sentences.a.map((s) => s.text).join('\n');
    for (const furniture of ['cookies', 'Most read', 'Share this article', 'All rights reserved']) assert.ok(!sentences.includes(furniture), `${furniture} is a sentence`);
    const reasons = new Set<ExclusionReason>(fromPage.excluded.a.map((run) => run.reason));
    for (const reason of ['navigation', 'banner', 'footer'] as const) assert.ok(reasons.has(reason), `no ${reason} in ${[...reasons].join(', ')}`);
    assert.equal(fromPage.sentences.a.length, fromText.sentences.a.length);
    assert.equal(fromPage.pairs.length, fromText.pairs.length);
    assert.deepEqual(fromPage.onlyInB.map((s) => s.text), fromText.onlyInB.map((s) => s.text));
  });

  it('shows the report and exports it to the workspace file system', async () => {
    const a = vscode.Uri.joinPath(folder, 'report-a.txt');
    const b = vscode.Uri.joinPath(folder, 'report-b.txt');
    await compare(a, b);
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => report.panelHtml() !== undefined && report.isReady(), 'the report panel to load');
    const html = report.panelHtml()!;
    const findings = html.indexOf('id="fl-findings"');
    assert.ok(findings > 0 && findings < html.indexOf('id="fl-summary"'), 'key findings come first');
    assert.match(html, /Kiev/);
    assert.match(html, /Kyiv/);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'article text is escaped');

    const target = vscode.Uri.joinPath(scratch, 'report.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('framingLens.exportReport', { format: 'markdown', uri: target });
    assert.equal(written?.toString(), target.toString());
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(markdown, /^# Framing Lens report/);
    assert.match(markdown, /Kiev/);
    assert.match(markdown, /Kyiv/);
  });
});
