import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateApi, waitFor } from './helpers';
import type { ToneModel } from '../../src/core/views/toneModel';
import type { ToneFeatures } from '../../src/extension/tone/registerToneView';

/**
 * The Tone panel, driven through the commands a user runs, on two fixture articles about an
 * invented ferry breakdown: A tells of a calm rescue (score above zero), B of terrified
 * passengers and blame (well below zero); both name Portugal. The webview itself cannot be
 * clicked from the extension host, so the tests read what the host posted to it and send the
 * page's messages through the panel's testing hook.
 */
describe('Tone panel', function () {
  this.timeout(60_000);

  let tone: ToneFeatures;
  let uriA: vscode.Uri;
  let uriB: vscode.Uri;

  before(async () => {
    tone = (await activateApi()).tone;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    uriA = vscode.Uri.joinPath(folder.uri, 'tone-a.txt');
    uriB = vscode.Uri.joinPath(folder.uri, 'tone-b.txt');
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('framingLens').update('sentiment.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens on Show Tone Panel, loads its script under the CSP and shows the empty state', async () => {
    await vscode.commands.executeCommand('framingLens.showTone');
    await waitFor(() => tone.isResolved() && tone.isReady(), 'the Tone page to say it is ready', 20_000);
    assert.equal(tone.lastModel(), null);
  });

  it('locks the page down: strict CSP, one script with a nonce, the model only in an escaped attribute', () => {
    const html = tone.html();
    assert.ok(html);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'no CSP');
    assert.match(csp, /^default-src 'none'; style-src [^;]+; script-src 'nonce-([A-Za-z0-9]{32})';$/);
    const nonce = /'nonce-([A-Za-z0-9]+)'/.exec(csp)![1];
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]!, new RegExp(`nonce="${nonce}" src="[^"]+/media/tone\\.js"`));
    assert.doesNotMatch(html, /<script[^>]*>[^<]+<\/script>/, 'inline script');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'inline event handler');
    assert.doesNotMatch(html, /\sstyle=/i, 'inline style');
  });

  it('shows both articles’ scores, one bar per sentence, the actors and the tone gap', async () => {
    await vscode.commands.executeCommand('framingLens.compareArticles', uriA, uriB);
    await vscode.commands.executeCommand('framingLens.showTone');
    const model = await waitForModel((m) => m?.articles[0].title === 'tone-a.txt', 'the model of tone-a.txt and tone-b.txt');
    const [a, b] = model.articles;

    assert.equal(model.enabled, true);
    assert.deepEqual([a.label, a.title, b.label, b.title], ['A', 'tone-a.txt', 'B', 'tone-b.txt']);
    assert.ok(a.score > 0, `A (a calm rescue) scores ${a.score}`);
    assert.ok(b.score < 0, `B (terrified, blamed, neglect) scores ${b.score}`);
    assert.ok(b.comparative < 0 && a.comparative > 0);
    assert.equal(a.sentences.length, 5);
    assert.equal(b.sentences.length, 5);
    assert.equal(a.score, a.sentences.reduce((sum, s) => sum + s.score, 0));
    assert.ok(model.scale >= Math.max(...[...a.sentences, ...b.sentences].map((s) => Math.abs(s.score))));

    assert.ok(a.positive.some((d) => d.word === 'praised' && d.weight > 0), JSON.stringify(a.positive));
    assert.ok(b.negative.some((d) => d.word === 'terrified' && d.weight < 0), JSON.stringify(b.negative));

    const portugal = model.actors.find((actor) => actor.actor === 'Portugal');
    assert.ok(portugal, `actors: ${model.actors.map((x) => x.actor).join(', ')}`);
    assert.ok(portugal.a.mentions > 0 && portugal.b.mentions > 0);
    assert.ok(portugal.b.score < portugal.a.score);

    assert.equal(model.gap.total, b.score - a.score);
    assert.equal(model.gap.fromWording + model.gap.fromOneSidedContent, model.gap.total);
    assert.match(model.limits, /word list/);
  });

  it('selects a sentence in its editor when its bar is clicked', async () => {
    const model = tone.lastModel()!;
    const sentence = model.articles[1].sentences[3]!;
    await tone.handleMessage({ type: 'reveal', side: 'b', start: sentence.start, end: sentence.end });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no active editor after revealing');
    assert.equal(editor.document.uri.toString(), uriB.toString());
    assert.equal(editor.document.offsetAt(editor.selection.start), sentence.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), sentence.end);
    assert.ok(editor.document.getText(editor.selection).startsWith(sentence.preview.replace(/…$/, '')));
  });

  it('draws the model again when shown after being hidden (its page is not kept while hidden)', async () => {
    const shown = tone.lastModel();
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor(() => !tone.isReady(), 'the hidden page to be dropped', 10_000);
    let posts = 0;
    const listener = tone.onDidPost(() => posts++);
    try {
      await vscode.commands.executeCommand('framingLens.showTone');
      await waitFor(() => tone.isReady() && posts > 0, 'the page to load again and get the model', 20_000);
    } finally {
      listener.dispose();
    }
    assert.equal(tone.lastModel(), shown);
  });

  it('shows that tone is switched off instead of zeros', async () => {
    const config = vscode.workspace.getConfiguration('framingLens');
    await config.update('sentiment.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const off = await waitForModel((m) => m?.enabled === false, 'the model with tone switched off');
      assert.match(off.limits, /switched off/);
      assert.equal(off.articles[0].title, 'tone-a.txt');
    } finally {
      await config.update('sentiment.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForModel((m) => m?.enabled === true, 'the model with tone back on');
  });

  it('follows edits to an untitled copy of an article while the comparison is live', async () => {
    const textA = new TextDecoder().decode(await vscode.workspace.fs.readFile(uriA));
    const copy = await vscode.workspace.openTextDocument({ content: textA, language: 'plaintext' });
    const previous = tone.lastModel()?.comparisonId;
    await vscode.commands.executeCommand('framingLens.compareArticles', copy.uri, uriB);
    try {
      const before = await waitForModel((m) => !!m && m.comparisonId !== previous, 'the model of the untitled copy');
      assert.equal(before.articles[0].sentences.length, 5);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(copy.uri, copy.positionAt(copy.getText().length), '\nThe captain was furious and blamed a careless mechanic.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = await waitForModel(
        (m) => !!m && m.comparisonId === before.comparisonId && m.revision > before.revision,
        'the model to follow the edit'
      );
      assert.equal(after.articles[0].sentences.length, 6);
      assert.ok(after.articles[0].score < before.articles[0].score);
    } finally {
      // Untitled documents would ask whether to save; revert before closing.
      await vscode.window.showTextDocument(copy);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('goes back to the empty state on Stop Comparing, and a reveal then does nothing', async () => {
    // Closing the copy above ended that comparison; start this one from a clean editor area.
    await waitFor(() => tone.lastModel() === null, 'the comparison of the closed copy to end', 10_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('framingLens.compareArticles', uriA, uriB);
    const model = await waitForModel((m) => m?.articles[0].title === 'tone-a.txt', 'the model of tone-a.txt and tone-b.txt');
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await waitFor(() => tone.lastModel() === null, 'the empty state', 10_000);
    const sentence = model.articles[0].sentences[0]!;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await tone.handleMessage({ type: 'reveal', side: 'a', start: sentence.start, end: sentence.end });
    assert.equal(vscode.window.activeTextEditor, undefined);
  });

  async function waitForModel(test: (model: ToneModel | null | undefined) => boolean, what: string): Promise<ToneModel> {
    const describe = () => {
      const m = tone.lastModel();
      return m ? `comparison ${m.comparisonId} r${m.revision} of ${m.articles[0].title}, ${m.articles[1].title}` : String(m);
    };
    await waitFor(() => test(tone.lastModel()), () => `${what} (last posted: ${describe()})`, 15_000);
    return tone.lastModel()!;
  }
});
