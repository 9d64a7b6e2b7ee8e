import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, sleep, waitFor } from './helpers';

const COMPARE_COMMAND = 'framingLens.compareArticles';

describe('Extension activation', () => {
  it('is installed under the id framing-lens.framing-lens', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not among the extensions`);
  });

  it('activates on Compare Articles and registers that command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // Run without arguments, the command may ask the user (a picker); the extension is
    // activated before the command runs, so wait for that, not for the command.
    let settled = false;
    vscode.commands.executeCommand(COMPARE_COMMAND).then(
      () => (settled = true),
      () => (settled = true)
    );
    await waitFor(() => extension.isActive, 'the extension to activate', 10_000);
    assert.equal(extension.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(COMPARE_COMMAND), `${COMPARE_COMMAND} is not registered`);

    // Dismiss whatever the command opened, so that later suites start from a quiet workbench.
    const deadline = Date.now() + 5_000;
    while (!settled && Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await sleep(100);
    }
  });
});
