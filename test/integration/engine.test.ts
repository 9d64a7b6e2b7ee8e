import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateApi, waitFor } from './helpers';
import type { EditorFeatures } from '../../src/extension/editorFeatures';

/**
 * The engine in the Node extension host: it runs on a worker thread (dist/engineWorker.js,
 * the bundle the package ships), computes the highlights with the reports, and what the
 * editors draw is what it computed.
 */
describe('Engine on a worker thread', function () {
  this.timeout(60_000);

  let editor: EditorFeatures;
  let uriA: vscode.Uri;
  let uriB: vscode.Uri;

  before(async () => {
    editor = (await activateApi()).editor;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    uriA = vscode.Uri.joinPath(folder.uri, 'editor-a.txt');
    uriB = vscode.Uri.joinPath(folder.uri, 'editor-b.txt');
  });

  after(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('compares on the worker and draws the highlights it computed with the reports', async () => {
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', uriA, uriB), true);
    await waitFor(() => Object.keys(editor.testing.decorations('b')).length > 0, 'decorations in B');
    assert.equal(editor.testing.engineKind, 'worker');
    const current = editor.comparison.current;
    assert.ok(current, 'no live comparison');
    const computed = current.highlights;
    assert.ok(computed, 'the engine sent no highlights');
    assert.deepEqual(editor.testing.highlights('b'), computed.lists[current.partner]);
    const placeNames = computed.lists[current.partner]!.filter((h) => h.kind === 'framing:place-name').map((h) => ({ start: h.start, end: h.end }));
    assert.deepEqual(editor.testing.decorations('b')['framing:place-name'], placeNames);
  });

  it('keeps the analyses in the worker: comparing the same articles again analyses nothing', async () => {
    const before = editor.testing.engineCounts;
    await vscode.commands.executeCommand('framingLens.stopComparing');
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', uriA, uriB), true);
    const after = editor.testing.engineCounts;
    assert.equal(after.analyses, before.analyses);
    assert.equal(after.reports, before.reports);
  });
});
