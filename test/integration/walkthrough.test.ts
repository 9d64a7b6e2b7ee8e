import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateApi, waitFor } from './helpers';
import type { EditorFeatures } from '../../src/extension/editorFeatures';

interface Step {
  readonly id: string;
  readonly description: string;
  readonly completionEvents: readonly string[];
  readonly media: { readonly markdown?: string };
}

/**
 * The Get Started walkthrough, step by step as a new user takes it: every button's command
 * exists, and the steps' commands, run in order, open the examples, compare them and open
 * the report, leaving the examples unchanged.
 */
describe('Walkthrough: getting started on the bundled examples', function () {
  this.timeout(60_000);

  let editor: EditorFeatures;
  const extension = () => vscode.extensions.getExtension('framing-lens.framing-lens')!;
  const steps = (): readonly Step[] => extension().packageJSON.contributes.walkthroughs[0].steps;

  before(async () => {
    editor = (await activateApi()).editor;
    // As a new user starts: nothing compared, no editor open.
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('gives every step a button whose command exists, and media that ships with the extension', async () => {
    const known = new Set(await vscode.commands.getCommands(true));
    assert.ok(steps().length >= 6, `${steps().length} steps`);
    for (const step of steps()) {
      const commands = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!);
      assert.ok(commands.length > 0, `step ${step.id} has no button`);
      for (const command of commands) assert.ok(known.has(command), `step ${step.id}: ${command} is not a command`);
      assert.ok(step.completionEvents.length > 0, `step ${step.id} is never completed`);
      if (step.media.markdown) await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, step.media.markdown));
    }
  });

  it('opens the examples read-only side by side, compares them and opens the report', async () => {
    await vscode.commands.executeCommand('framingLens.openExamples');
    const shown = () => vscode.window.visibleTextEditors.filter((e) => e.document.uri.scheme === 'framing-lens-example');
    await waitFor(() => shown().length === 2, 'both examples shown');
    const [left, right] = [...shown()].sort((x, y) => (x.viewColumn ?? 0) - (y.viewColumn ?? 0));
    assert.match(left!.document.getText(), /^Drone attack damages grain terminal in Odesa/);
    assert.equal(right!.viewColumn, vscode.ViewColumn.Two);
    const before = left!.document.getText();

    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles'), true);
    await waitFor(() => Object.keys(editor.testing.decorations('a')).includes('framing:place-name'), 'the place names highlighted');
    assert.deepEqual(editor.comparison.current?.articles.map((uri) => uri.path), ['/harbour-gazette.txt', '/continental-wire.txt']);
    assert.equal(editor.testing.lens(left!.document.uri), 'A · 12 sentences · Drone attack damages grain terminal in Odesa');

    await vscode.commands.executeCommand('framingLens.legend.focus');
    await vscode.commands.executeCommand('framingLens.tone.focus');
    const { report } = await activateApi();
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => report.isReady(), 'the report to show');
    assert.match(report.shownBody() ?? '', /Odesa/);
    assert.equal(left!.document.getText(), before, 'the example is unchanged');
  });

  it('states what works in untrusted and virtual workspaces, and names which setting Restricted Mode holds back', () => {
    const { capabilities } = extension().packageJSON;
    assert.equal(capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(capabilities.untrustedWorkspaces.restrictedConfigurations, ['framingLens.lexicons']);
    assert.match(capabilities.untrustedWorkspaces.description, /Restricted Mode/);
    assert.equal(capabilities.virtualWorkspaces.supported, true);
  });

  it('opens itself, once, in a folder that asks for it, as the one npm start opens does', async () => {
    const api = await activateApi();
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const dir = vscode.Uri.joinPath(folder, '.vscode');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await api.openTourIfAsked(), false, 'opened in a folder that does not ask');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'framing-lens-tour.json'), new TextEncoder().encode('{}\n'));
    try {
      assert.equal(await api.openTourIfAsked(), true);
      const tab = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '';
      await waitFor(() => /Walkthrough/.test(tab()), () => `the walkthrough's tab, not "${tab()}"`);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      assert.equal(await api.openTourIfAsked(), false, 'opened a second time');
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
  });
});
