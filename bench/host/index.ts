/**
 * The benchmark inside a real extension host (`npm run bench:host`, through
 * `scripts/host/bench-host.mjs`): for each pair of long articles in the open folder, how long
 * the extension host's event loop is blocked while they are compared and while the report
 * opens, how long until both editors are highlighted, and how long until the report's first
 * screen is shown (its webview script has run and said `ready`). Prints the figures; asserts
 * nothing about them.
 *
 * The probe is a 10 ms interval timer on the extension host's own thread: every gap longer
 * than the interval is time during which no other extension could run.
 */
import * as vscode from 'vscode';
import type { FramingLensApi } from '../../src/extension/extension';

/** Pairs the runner writes into the folder: `<name>-a.txt` and `<name>-b.txt`. */
const PAIRS = (process.env['FRAMING_LENS_BENCH_PAIRS'] ?? 'fixtures,synthetic').split(',');
const INTERVAL_MS = 10;
/** Longest wait for any one step; a step that takes longer is reported as not reached. */
const STEP_LIMIT_MS = 180_000;

/** A timer-lag probe: the longest time the event loop went without running a timer. */
class BlockProbe {
  private last = performance.now();
  private longest = 0;
  private readonly timer = setInterval(() => {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last - INTERVAL_MS);
    this.last = now;
  }, INTERVAL_MS);

  /** Stops the probe; the longest block seen, in ms (a block still going on counts too). */
  stop(): number {
    clearInterval(this.timer);
    return Math.max(this.longest, performance.now() - this.last - INTERVAL_MS);
  }
}

interface Figures {
  readonly pair: string;
  readonly characters: string;
  readonly highlightsMs: number;
  readonly compareBlockMs: number;
  readonly reportMs: number;
  readonly reportBlockMs: number;
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<FramingLensApi>('framing-lens.framing-lens');
  if (!extension) throw new Error('the extension is not loaded');
  const api = await extension.activate();
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no folder is open');
  // The Tone panel is open, as in the README's pictures, so its work counts too.
  await vscode.commands.executeCommand('framingLens.showTone');

  const rows: Figures[] = [];
  for (const name of PAIRS) {
    const a = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, `${name}-a.txt`));
    const b = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, `${name}-b.txt`));
    await pause(1000);
    rows.push(await measure(api, name, a, b));
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await pause(1000);
  }

  console.log('');
  console.log('Framing Lens in the extension host (ms; "—" = not reached within the step limit)');
  console.log(['pair'.padEnd(10), 'size A / B'.padEnd(18), 'highlights', 'host block', 'report', 'host block'].join('  '));
  for (const r of rows) {
    const ms = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : '—').padStart(10);
    console.log([r.pair.padEnd(10), r.characters.padEnd(18), ms(r.highlightsMs), ms(r.compareBlockMs), ms(r.reportMs), ms(r.reportBlockMs)].join('  '));
  }
  console.log('');
  console.log('highlights: Compare Articles until both editors are decorated; host block: longest gap of a 10 ms timer');
  console.log('on the extension host, during the comparison (up to 2 s after the highlights) and while the report opens;');
  console.log('report: Open Report until its webview has shown the first screen and said ready.');
  console.log(`Targets: host block < 50 ms, highlights < 3000 ms, report < 1000 ms (sizes ${rows.map((r) => r.characters).join(', ')}).`);
}

async function measure(api: FramingLensApi, pair: string, a: vscode.TextDocument, b: vscode.TextDocument): Promise<Figures> {
  const testing = api.editor.testing;
  const decorated = () => api.editor.comparison.current !== undefined && Object.keys(testing.decorations('a')).length > 0 && Object.keys(testing.decorations('b')).length > 0;
  const characters = `${Math.round(a.getText().length / 1000)} / ${Math.round(b.getText().length / 1000)} KB`;

  let probe = new BlockProbe();
  const started = performance.now();
  const compared = vscode.commands.executeCommand<boolean>('framingLens.compareArticles', a.uri, b.uri);
  const highlightsMs = (await until(decorated)) ? performance.now() - started : Number.NaN;
  await compared;
  // Whatever the comparison still does after the first highlights (other views) counts too.
  await pause(2000);
  const compareBlockMs = probe.stop();

  probe = new BlockProbe();
  const opened = performance.now();
  await vscode.commands.executeCommand('framingLens.openReport');
  const reportMs = (await until(() => api.report.isReady())) ? performance.now() - opened : Number.NaN;
  await pause(1000);
  const reportBlockMs = probe.stop();
  return { pair, characters, highlightsMs, compareBlockMs, reportMs, reportBlockMs };
}

/** Polls every 20 ms until `condition` holds (true) or the step limit passes (false). */
async function until(condition: () => boolean): Promise<boolean> {
  const deadline = performance.now() + STEP_LIMIT_MS;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await pause(20);
  }
  return true;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
