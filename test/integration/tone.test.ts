import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateApi, waitFor } from './helpers';
import type { ToneArticle, ToneModel } from '../../src/core/views/toneModel';
import type { ToneFeatures } from '../../src/extension/tone/registerToneView';

/**
 * The Tone panel, driven through the commands a user runs, on two fixture articles about an
 * invented ferry breakdown: A tells of a calm rescue (score above zero), B of terrified
 * passengers and blame (well below zero); both name Portugal. The webview itself cannot be
 * clicked from the extension host, so the tests read what the host posted to it and send the
 * page's messages through the panel's testing hook.
 */

/** The cards name the articles by headline (their first line, shortened at a word). */
const HEADLINE_A = 'Rescue crews in Portugal safely brought all forty passengers ashore…';
const HEADLINE_B = 'Terrified passengers were stranded for hours after the ferry Estrela…';

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
    const model = await waitForModel((m) => m?.articles[0]?.title === HEADLINE_A, 'the model of tone-a.txt and tone-b.txt');
    assert.equal(model.articles.length, 2);
    const [a, b] = model.articles as [ToneArticle, ToneArticle];

    assert.equal(model.enabled, true);
    assert.deepEqual([a.label, a.title, a.article, a.focus, b.label, b.title, b.article, b.focus], ['A', HEADLINE_A, 0, true, 'B', HEADLINE_B, 1, false]);
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
    const [inA, inB] = portugal.tones;
    assert.ok(inA && inB && inA.mentions > 0 && inB.mentions > 0, JSON.stringify(portugal.tones));
    assert.ok(inB.score < inA.score);

    assert.equal(model.gaps.length, 1);
    const gap = model.gaps[0]!;
    assert.deepEqual([gap.a, gap.b], [0, 1]);
    assert.equal(gap.total, b.score - a.score);
    assert.equal(gap.fromWording + gap.fromOneSidedContent, gap.total);
    assert.match(model.limits, /word list/);
  });

  it('selects a sentence in its editor when its bar is clicked', async () => {
    const model = tone.lastModel()!;
    const sentence = model.articles[1]!.sentences[3]!;
    await tone.handleMessage({ type: 'reveal', comparisonId: model.comparisonId, article: 1, start: sentence.start, end: sentence.end });
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
      assert.equal(off.articles[0]!.title, HEADLINE_A);
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
      assert.equal(before.articles[0]!.sentences.length, 5);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(copy.uri, copy.positionAt(copy.getText().length), '\nThe captain was furious and blamed a careless mechanic.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = await waitForModel(
        (m) => !!m && m.comparisonId === before.comparisonId && m.revision > before.revision,
        'the model to follow the edit'
      );
      assert.equal(after.articles[0]!.sentences.length, 6);
      assert.ok(after.articles[0]!.score < before.articles[0]!.score);
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
    const model = await waitForModel((m) => m?.articles[0]?.title === HEADLINE_A, 'the model of tone-a.txt and tone-b.txt');
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await waitFor(() => tone.lastModel() === null, 'the empty state', 10_000);
    const sentence = model.articles[0]!.sentences[0]!;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await tone.handleMessage({ type: 'reveal', comparisonId: model.comparisonId, article: 0, start: sentence.start, end: sentence.end });
    assert.equal(vscode.window.activeTextEditor, undefined);
  });

  it('shows one card and one strip per outlet for three articles, and a bar reveals its sentence in that article', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!;
    const outlets = ['outlet-wire.txt', 'outlet-daily.txt', 'outlet-gazette.txt'].map((name) => vscode.Uri.joinPath(folder.uri, name));
    await vscode.commands.executeCommand('framingLens.compareArticles', ...outlets);
    await vscode.commands.executeCommand('framingLens.showTone');
    const model = await waitForModel((m) => m?.articles.length === 3, 'the model of three outlets');
    assert.deepEqual(
      model.articles.map((a) => [a.article, a.label, a.title, a.focus]),
      [
        [0, 'A', 'Dam breach floods villages near Odesa', true],
        [1, 'B', 'Villages flooded after dam fails near Odessa', false],
        [2, 'C', 'Six villages under water after Dniester dam breach', false],
      ]
    );
    assert.ok(model.scale >= Math.max(...model.articles.flatMap((a) => a.sentences.map((s) => Math.abs(s.score)))));
    assert.ok(model.actors.length > 0 && model.actors.every((actor) => actor.tones.length === 3));
    assert.ok(model.actors.some((actor) => actor.actor === 'Odesa / Odessa'), model.actors.map((x) => x.actor).join(', '));
    assert.deepEqual(
      model.gaps.map((g) => [g.a, g.b, g.total]),
      [
        [0, 1, model.articles[1]!.score - model.articles[0]!.score],
        [0, 2, model.articles[2]!.score - model.articles[0]!.score],
      ]
    );

    // The gazette is article C, neither the focus nor its partner in the pair report.
    const sentence = model.articles[2]!.sentences[1]!;
    await tone.handleMessage({ type: 'reveal', comparisonId: model.comparisonId, article: 2, start: sentence.start, end: sentence.end });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no active editor after revealing');
    assert.equal(editor.document.uri.toString(), outlets[2]!.toString());
    assert.equal(editor.document.offsetAt(editor.selection.start), sentence.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), sentence.end);
    assert.ok(editor.document.getText(editor.selection).startsWith(sentence.preview.replace(/…$/, '')));

    // An article the comparison does not have, or a bar of an earlier comparison, reveals nothing.
    const first = model.articles[0]!.sentences[0]!;
    await tone.handleMessage({ type: 'reveal', comparisonId: model.comparisonId, article: 3, start: first.start, end: first.end });
    await tone.handleMessage({ type: 'reveal', comparisonId: model.comparisonId - 1, article: 0, start: first.start, end: first.end });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), outlets[2]!.toString());
    assert.equal(vscode.window.activeTextEditor?.document.offsetAt(vscode.window.activeTextEditor.selection.start), sentence.start);
  });

  async function waitForModel(test: (model: ToneModel | null | undefined) => boolean, what: string): Promise<ToneModel> {
    const describe = () => {
      const m = tone.lastModel();
      return m ? `comparison ${m.comparisonId} r${m.revision} of ${m.articles.map((a) => a.title).join(', ')}` : String(m);
    };
    await waitFor(() => test(tone.lastModel()), () => `${what} (last posted: ${describe()})`, 15_000);
    return tone.lastModel()!;
  }
});
