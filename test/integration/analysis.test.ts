import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateApi, documentOf, detailedHoverText, hoverText, waitFor } from './helpers';
import type { EditorFeatures } from '../../src/extension/editorFeatures';
import type { ReportFeatures } from '../../src/extension/report/registerReport';

/**
 * What the engine finds beyond word lists, as a user sees it, on two fixture articles about an
 * invented shooting at a march: A names the soldiers who killed four protesters where B says
 * they "were killed" (agency), A puts ‘ceasefire’ in scare quotes where B uses the word
 * plainly (distancing), and A calls the raids "shameful" in its own voice (a loaded word).
 */
describe('Agency, distancing and loaded words in the editor and the report', function () {
  this.timeout(60_000);

  let editor: EditorFeatures;
  let report: ReportFeatures;
  let uriA: vscode.Uri;
  let uriB: vscode.Uri;

  before(async () => {
    const api = await activateApi();
    editor = api.editor;
    report = api.report;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    uriA = vscode.Uri.joinPath(folder.uri, 'analysis-a.txt');
    uriB = vscode.Uri.joinPath(folder.uri, 'analysis-b.txt');
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const before = editor.comparison.current?.id;
    assert.equal(await vscode.commands.executeCommand<boolean>('framingLens.compareArticles', uriA, uriB), true);
    await waitFor(() => editor.comparison.current !== undefined && editor.comparison.current.id !== before, 'the comparison to start');
    await waitFor(() => Object.keys(editor.testing.decorations('a')).length > 0, 'decorations in A');
  });

  after(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  function drawn(uri: vscode.Uri, side: 'a' | 'b'): Record<string, string[]> {
    const text = documentOf(uri).getText();
    const result: Record<string, string[]> = {};
    for (const [kind, spans] of Object.entries(editor.testing.decorations(side))) {
      result[kind] = (spans ?? []).map((s) => text.slice(s.start, s.end));
    }
    return result;
  }

  it('underlines who acted in A and the agentless wording in B', () => {
    assert.deepEqual(drawn(uriA, 'a')['framing:agency'], ['Soldiers']);
    assert.deepEqual(drawn(uriB, 'b')['framing:agency'], ['were killed']);
  });

  it('explains the agency contrast in a hover that names the agent B leaves out', async () => {
    const markdown = await hoverText(uriB, 'were killed');
    assert.match(markdown, /^\*\*Agency: who did it\*\* — article B does not say who acted/);
    assert.match(markdown, /A names who acted: “Soldiers”/);
    assert.match(markdown, /Reveal counterpart/);
    assert.doesNotMatch(markdown, /Agentless wording/, 'the explanation is a detail');
    assert.match(await detailedHoverText(uriB, 'were killed'), /Agentless wording/);
  });

  it('marks the scare quote in A and the plain use in B as distancing', async () => {
    assert.deepEqual(drawn(uriA, 'a')['framing:distancing'], ['‘ceasefire’']);
    assert.deepEqual(drawn(uriB, 'b')['framing:distancing'], ['ceasefire']);
    const markdown = await hoverText(uriA, 'ceasefire');
    assert.match(markdown, /Distancing: scare quotes, so-called\*\* — article A distances itself from a word B uses plainly/);
  });

  it('underlines the loaded word quietly, with its source in the hover', async () => {
    assert.deepEqual(drawn(uriA, 'a').loaded, ['shameful']);
    assert.equal(drawn(uriB, 'b').loaded, undefined);
    const markdown = await detailedHoverText(uriA, 'shameful');
    assert.match(markdown, /\*\*Loaded word\*\*/);
    assert.match(markdown, /Pattern/);
    assert.match(markdown, /VADER/);
  });

  it('opens the report with the key findings before the counters', async () => {
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => report.panelHtml() !== undefined, 'the report panel');
    const html = report.panelHtml()!;
    const findings = html.indexOf('id="fl-findings"');
    assert.ok(findings > 0 && findings < html.indexOf('id="fl-summary"'), 'key findings come first');
    const list = html.slice(findings, html.indexOf('</section>', findings));
    assert.match(list, /B does not say who acted: A writes “Soldiers … killed”, B “were killed”\./);
    assert.match(list, /A puts “ceasefire” in scare quotes; B uses the word plainly\./);
    assert.doesNotMatch(html, /class="fl-set-id"/);
  });
});
