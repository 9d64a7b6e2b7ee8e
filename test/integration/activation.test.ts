import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'framing-lens.framing-lens';
const COMPARE_COMMAND = 'framingLens.compareArticles';

describe('Extension activation', () => {
  it('is installed under the id framing-lens.framing-lens', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not among the extensions`);
  });

  it('activates on Compare Articles and registers that command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // The command may wait for the user (a picker, a dialog); activation happens before it runs,
    // so don't wait for it to finish, only for the extension to become active.
    const running = vscode.commands.executeCommand(COMPARE_COMMAND);
    running.then(undefined, () => undefined);
    await waitFor(() => extension.isActive, 10_000);
    assert.equal(extension.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(COMPARE_COMMAND), `${COMPARE_COMMAND} is not registered`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
