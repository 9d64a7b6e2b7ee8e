import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateApi, waitFor } from './helpers';
import type { ReportFeatures } from '../../src/extension/report/registerReport';
import type { Report } from '../../src/core/types';

/**
 * The report panel and its exports, driven through the commands a user runs, with two
 * fixture articles about an invented ferry collision: "Kiev" / "Kyiv", "has rubbished
 * claims" / "denied", a shared quote, a sentence only in each, and markup in A's text that
 * must arrive escaped.
 */
describe('Report panel and exports', function () {
  this.timeout(60_000);

  let report: ReportFeatures;
  let uriA: vscode.Uri;
  let uriB: vscode.Uri;
  let textA: string;
  let tmp: string;

  before(async () => {
    report = (await activateApi()).report;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    uriA = vscode.Uri.joinPath(folder.uri, 'report-a.txt');
    uriB = vscode.Uri.joinPath(folder.uri, 'report-b.txt');
    textA = new TextDecoder().decode(await vscode.workspace.fs.readFile(uriA));
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-report-'));
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('opens no panel when Open Report runs before any comparison', async () => {
    await vscode.commands.executeCommand('framingLens.openReport');
    assert.equal(report.panelHtml(), undefined);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('shows the framing table, one-sided content and quotes of the compared articles', async () => {
    await vscode.commands.executeCommand('framingLens.compareArticles', uriA, uriB);
    await vscode.commands.executeCommand('framingLens.openReport');
    const html = report.panelHtml();
    assert.ok(html, 'no report panel was opened');
    assert.equal(report.mode(), 'live');

    const framing = section(html, 'framing');
    assert.match(framing, /Kiev/);
    assert.match(framing, /Kyiv/);
    assert.match(section(html, 'only'), /Prosecutors in Kyiv have opened a criminal investigation/);
    assert.match(section(html, 'only'), /A local blog captioned its photo/);
    const quotes = section(html, 'quotes');
    assert.match(quotes, /Our crew followed every instruction from the harbour master/);
    assert.match(quotes, /Taras Melnyk/);
    // The aligned pair carries the reworded attribution inline.
    assert.match(section(html, 'pair'), /rubbished/);
    assert.match(html, /data-side="a" data-start="\d+" data-end="\d+"/);
    // Toolbar: the three exports, and the live indicator.
    for (const format of ['html', 'markdown', 'json']) {
      assert.match(html, new RegExp(`<button type="button" class="flp-button" data-export="${format}"`));
    }
    assert.match(html, /flp-mode-live/);
  });

  it('locks the page down: CSP with default-src none and a nonce, one nonce\'d script, no inline handlers', () => {
    const html = report.panelHtml()!;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'no CSP meta element');
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    assert.ok(nonce, 'script-src has no nonce');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts.length, 1, `expected one script element, found: ${scripts.join(' ')}`);
    assert.ok(scripts[0]!.includes(`nonce="${nonce}"`));
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'an inline event handler');
    assert.doesNotMatch(html, /\sstyle="/, 'an inline style attribute (blocked by the CSP)');
  });

  it('escapes article text: markup in an article shows as text', () => {
    const html = report.panelHtml()!;
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the <script> of the article is not shown escaped');
    assert.ok(html.includes('&lt;b&gt;bold&lt;/b&gt;'), 'the <b> of the article is not shown escaped');
    assert.ok(!html.includes('<script>alert(1)'), 'the article injected a script element');
    assert.ok(!html.includes('<b>bold</b>'), 'the article injected markup');
  });

  it('hears from its webview script, which loads under the CSP and says ready', async () => {
    await waitFor(() => report.isReady(), 'the webview to say ready', 20_000);
    const posted = report.lastPosted();
    assert.equal(posted?.type, 'update');
    assert.equal(posted?.status.mode, 'live');
    assert.equal(posted?.state.version, 1);
    assert.equal(posted?.state.report?.schemaVersion, 1, 'the state to restore from keeps the report');
  });

  it('reveals the text a reveal message points at, in the article it belongs to', async () => {
    const start = textA.indexOf('rubbished');
    await report.simulateMessage({ type: 'reveal', side: 'a', start, end: start + 'rubbished'.length });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uriA.toString());
    assert.equal(editor?.document.getText(editor.selection), 'rubbished');
  });

  it('exports HTML, Markdown and JSON with { format, uri } and no dialog', async () => {
    const target = (name: string) => vscode.Uri.file(path.join(tmp, name));

    const htmlUri = await vscode.commands.executeCommand<vscode.Uri>('framingLens.exportReport', { format: 'html', uri: target('r.html') });
    assert.equal(htmlUri?.fsPath, target('r.html').fsPath);
    const html = fs.readFileSync(target('r.html').fsPath, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Kyiv/);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.doesNotMatch(html, /<script/i, 'the exported page must have no script at all');
    assert.doesNotMatch(html, /<link\b|\bsrc="http/i, 'the exported page must load nothing');

    await vscode.commands.executeCommand('framingLens.exportReport', { format: 'markdown', uri: target('r.md') });
    const markdown = fs.readFileSync(target('r.md').fsPath, 'utf8');
    assert.match(markdown, /^# Framing Lens report/);
    assert.match(markdown, /Kiev/);
    assert.match(markdown, /Kyiv/);
    assert.ok(!markdown.includes('<script>'), 'Markdown must not carry raw HTML from an article');

    await vscode.commands.executeCommand('framingLens.exportReport', { format: 'json', uri: target('r.json') });
    const json = JSON.parse(fs.readFileSync(target('r.json').fsPath, 'utf8')) as Report;
    assert.equal(json.schemaVersion, 1);
    const kiev = json.framing.flatMap((entry) => entry.a).find((occurrence) => occurrence.text === 'Kiev');
    assert.ok(kiev, 'no framing occurrence of "Kiev" in A');
    assert.equal(textA.slice(kiev.start, kiev.end), kiev.text);
  });

  it('refuses to export over one of the compared articles', async () => {
    const before = fs.readFileSync(uriA.fsPath, 'utf8');
    const written = await vscode.commands.executeCommand('framingLens.exportReport', { format: 'markdown', uri: uriA });
    assert.equal(written, undefined);
    assert.equal(fs.readFileSync(uriA.fsPath, 'utf8'), before);
    const viaPath = await vscode.commands.executeCommand('framingLens.exportReport', { format: 'json', uri: uriB.fsPath });
    assert.equal(viaPath, undefined);
    assert.equal(fs.readFileSync(uriB.fsPath, 'utf8').startsWith('Barge Hits Ferry'), true);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('follows edits to an untitled copy while live, and keeps the last report as a snapshot when the comparison stops', async () => {
    const textB = fs.readFileSync(uriB.fsPath, 'utf8');
    const copy = await vscode.workspace.openTextDocument({ content: textB, language: 'plaintext' });
    await vscode.commands.executeCommand('framingLens.compareArticles', uriA, copy.uri);
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => report.mode() === 'live' && !(report.shownBody() ?? '').includes('Zephyrine'), 'the report of the new comparison', 10_000);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(copy.uri, copy.positionAt(copy.getText().length), '\nThe harbour master Zephyrine Okafor resigned on Tuesday.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => (report.shownBody() ?? '').includes('Zephyrine Okafor resigned'), 'the report to show the edit', 15_000);
    assert.match(section(report.shownBody()!, 'only'), /Zephyrine Okafor resigned/);
    assert.equal(report.mode(), 'live');

    await vscode.commands.executeCommand('framingLens.stopComparing');
    await waitFor(() => report.mode() === 'snapshot', 'the panel to become a snapshot', 5_000);
    assert.ok(report.shownBody()!.includes('Zephyrine Okafor resigned'), 'the snapshot lost the last report');
    if (report.isReady()) {
      await waitFor(() => report.lastPosted()?.status.mode === 'snapshot', 'the webview to be told', 5_000);
    }

    // A snapshot still exports, from the report it shows.
    const out = vscode.Uri.file(path.join(tmp, 'snapshot.json'));
    await vscode.commands.executeCommand('framingLens.exportReport', { format: 'json', uri: out });
    const json = JSON.parse(fs.readFileSync(out.fsPath, 'utf8')) as Report;
    assert.ok(json.onlyInB.some((s) => s.text.includes('Zephyrine')));

    await vscode.window.showTextDocument(copy);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('brings a hidden panel up to date: its page is rebuilt, since messages to a hidden webview are lost', async () => {
    const copy = await vscode.workspace.openTextDocument({ content: fs.readFileSync(uriB.fsPath, 'utf8'), language: 'plaintext' });
    await vscode.commands.executeCommand('framingLens.compareArticles', uriA, copy.uri);
    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => report.isVisible() && report.mode() === 'live', 'the report panel', 10_000);

    // Cover the panel with an editor in its own group (the third column, beside A and B).
    const note = await vscode.workspace.openTextDocument({ content: 'notes', language: 'plaintext' });
    await vscode.window.showTextDocument(note, { viewColumn: vscode.ViewColumn.Three });
    await waitFor(() => !report.isVisible(), 'the report panel to be hidden', 5_000);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(copy.uri, copy.positionAt(copy.getText().length), '\nA ferry pilot named Quillon Abara testified on Wednesday.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => (report.panelHtml() ?? '').includes('Quillon Abara'), 'the hidden panel\'s page to carry the edit', 15_000);

    await vscode.commands.executeCommand('framingLens.openReport');
    await waitFor(() => report.isVisible() && report.isReady(), 'the panel to show again and say ready', 20_000);
    assert.ok(report.shownBody()!.includes('Quillon Abara'));

    for (const document of [note, copy]) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

/** The HTML of one report section (`<section id="fl-<id>">…</section>`). */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="fl-${id}"`);
  assert.ok(start >= 0, `no section fl-${id}`);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}
