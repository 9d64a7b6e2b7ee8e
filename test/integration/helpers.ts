import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FramingLensApi } from '../../src/extension/activate';

export const EXTENSION_ID = 'framing-lens.framing-lens';

/** Activates the extension under test and returns what `activate` returned. */
export async function activateApi(): Promise<FramingLensApi> {
  const extension = vscode.extensions.getExtension<FramingLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/**
 * Polls until `condition` holds; fails with what it waited for. The extension updates after
 * debounced edits and webview round trips, so tests wait for the state a user would see.
 */
export async function waitFor(condition: () => boolean, what: string | (() => string), timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The open document of `uri`; fails when it is not open. */
export function documentOf(uri: vscode.Uri): vscode.TextDocument {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  assert.ok(document, `${uri.toString()} is not open`);
  return document;
}

/** The Markdown of every hover at the middle of the first occurrence of `phrase`. */
export async function hoverText(uri: vscode.Uri, phrase: string): Promise<string> {
  const document = documentOf(uri);
  const offset = document.getText().indexOf(phrase);
  assert.ok(offset >= 0, `"${phrase}" is not in ${uri.path}`);
  const position = document.positionAt(offset + Math.floor(phrase.length / 2));
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/**
 * The hover at `phrase` with its details: follows the short hover's Details link as a click
 * would, reads the hover again, and clicks Fewer details so later hovers are short again.
 */
export async function detailedHoverText(uri: vscode.Uri, phrase: string): Promise<string> {
  const short = await hoverText(uri, phrase);
  const link = /\[Details\]\(command:framingLens\.hoverDetails\?([^ )]+)/.exec(short);
  assert.ok(link, `no Details link in the hover at "${phrase}": ${short}`);
  await vscode.commands.executeCommand('framingLens.hoverDetails', ...(JSON.parse(decodeURIComponent(link[1]!)) as unknown[]));
  try {
    return await hoverText(uri, phrase);
  } finally {
    await vscode.commands.executeCommand('framingLens.hoverDetails');
  }
}
