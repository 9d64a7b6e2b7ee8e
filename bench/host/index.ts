/**
 * The benchmark inside a real extension host (`npm run bench:host`, through
 * `scripts/host/bench-host.mjs`): for each pair of long articles in the open folder, how long
 * the extension host's event loop is blocked while they are compared and while the report
 * opens, how long until both editors are highlighted, and how long until the report's first
 * screen is shown (its webview script has run and said `ready`). Prints the figures; asserts
 * nothing about them.
 *
 * The probe is a 10 ms interval timer on the extension host's own thread: every gap longer
 * than the interval is time during which no other extension could run. On a loaded machine a
 * gap can also be time the thread waited for a core, so the probe also reads the thread's CPU
 * time (Linux, in 10 ms ticks) and reports the longest gap counted in CPU time too.
 *
 * With FRAMING_LENS_BENCH_PROFILE=<folder>, each step is also profiled on the extension host's
 * thread (`inspector`): the profiles are written there and the functions that took the most
 * time are printed.
 */
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FramingLensApi } from '../../src/extension/extension';

/** Pairs the runner writes into the folder: `<name>-a.txt` and `<name>-b.txt`. */
const PAIRS = (process.env['FRAMING_LENS_BENCH_PAIRS'] ?? 'fixtures,synthetic').split(',');
const INTERVAL_MS = 10;
/** After the highlights: how long the comparison's later work is still watched, and the workbench left to draw, before the report opens. */
const SETTLE_MS = Number(process.env['FRAMING_LENS_BENCH_SETTLE'] ?? 5000);
/** Longest wait for any one step; a step that takes longer is reported as not reached. */
const STEP_LIMIT_MS = 180_000;

const PROFILE_DIR = process.env['FRAMING_LENS_BENCH_PROFILE'];

/** CPU time this thread (the extension host's main thread) has used, in ms; undefined off Linux. */
function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5), utime and stime, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** A timer-lag probe: the longest time the event loop went without running a timer. */
class BlockProbe {
  private last = performance.now();
  private lastCpu = threadCpuMs();
  private longest = 0;
  private longestCpu = 0;
  /** When the longest gap was, on the profiler's clock (µs of the monotonic clock). */
  private lastMicros = Number(process.hrtime.bigint() / 1000n);
  window: readonly [number, number] = [0, 0];
  private readonly timer = setInterval(() => this.tick(), INTERVAL_MS);

  private tick(): void {
    const now = performance.now();
    const micros = Number(process.hrtime.bigint() / 1000n);
    const cpu = threadCpuMs();
    const gap = now - this.last - INTERVAL_MS;
    if (gap > this.longest) {
      this.longest = gap;
      this.window = [this.lastMicros, micros];
    }
    if (cpu !== undefined && this.lastCpu !== undefined) this.longestCpu = Math.max(this.longestCpu, Math.min(gap, cpu - this.lastCpu));
    this.last = now;
    this.lastMicros = micros;
    this.lastCpu = cpu;
  }

  /** Stops the probe: the longest block seen in ms (one still going on counts too), and the longest counted in CPU time. */
  stop(): { wall: number; cpu: number; window: readonly [number, number] } {
    this.tick();
    clearInterval(this.timer);
    return { wall: this.longest, cpu: this.lastCpu === undefined ? Number.NaN : this.longestCpu, window: this.window };
  }
}

/** Profiles the extension host's thread while `run` runs, when asked to (see the module comment). */
async function profiled<T extends { readonly window?: readonly [number, number] }>(name: string, run: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  if (!PROFILE_DIR) return run();
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  try {
    result = await run();
    return result;
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
    session.disconnect();
    fs.mkdirSync(PROFILE_DIR, { recursive: true });
    fs.writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    console.log(`profile ${name}: the most self time (ms)`);
    for (const [where, ms] of selfTimes(profile).slice(0, 15)) console.log(`  ${ms.toFixed(0).padStart(7)}  ${where}`);
    if (result?.window) {
      console.log(`profile ${name}: what ran in the longest block (ms, with callers)`);
      for (const [where, ms] of stacksIn(profile, result.window).slice(0, 12)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${where}`);
    }
  }
}

/** Time per call stack (the innermost frames) of the samples taken between `from` and `to` (µs). */
function stacksIn(profile: CpuProfile, [from, to]: readonly [number, number]): [string, number][] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  const name = (id: number) => {
    const frame = nodes.get(id)!.callFrame;
    return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-1)[0]}:${frame.lineNumber + 1}`;
  };
  const times = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) return;
    const stack: string[] = [];
    for (let x: number | undefined = id; x !== undefined && stack.length < 4; x = parents.get(x)) stack.push(name(x));
    const key = stack.join(' < ');
    times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...times].sort((x, y) => y[1] - x[1]);
}

interface CpuProfile {
  readonly startTime: number;
  readonly nodes: readonly {
    readonly id: number;
    readonly children?: readonly number[];
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function selfTimes(profile: CpuProfile): [string, number][] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const where = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    times.set(where, (times.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...times].sort((x, y) => y[1] - x[1]);
}

interface Block {
  readonly wall: number;
  readonly cpu: number;
}

interface Figures {
  readonly pair: string;
  readonly characters: string;
  readonly highlightsMs: number;
  readonly compareBlock: Block;
  readonly reportMs: number;
  readonly reportBlock: Block;
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<FramingLensApi>('framing-lens.framing-lens');
  if (!extension) throw new Error('the extension is not loaded');
  const api = await extension.activate();
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no folder is open');
  // The Tone panel is open, as in the README's pictures, so its work counts too.
  if (process.env['FRAMING_LENS_BENCH_TONE'] !== '0') await vscode.commands.executeCommand('framingLens.showTone');

  const rows: Figures[] = [];
  const emptyWebviewMs: number[] = [await emptyWebview()];
  for (const name of PAIRS) {
    const a = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, `${name}-a.txt`));
    const b = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, `${name}-b.txt`));
    await pause(1000);
    rows.push(await measure(api, name, a, b));
    await vscode.commands.executeCommand('framingLens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await pause(1000);
  }
  emptyWebviewMs.push(await emptyWebview());

  console.log('');
  console.log('Framing Lens in the extension host (ms; "—" = not reached within the step limit)');
  console.log(['pair'.padEnd(10), 'size A / B'.padEnd(18), 'highlights', 'host block (CPU)', 'report', 'host block (CPU)'].join('  '));
  const ms = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : '—');
  const block = (b: { wall: number; cpu: number }) => `${ms(b.wall)} (${ms(b.cpu)})`.padStart(16);
  for (const r of rows) {
    console.log([r.pair.padEnd(10), r.characters.padEnd(18), ms(r.highlightsMs).padStart(10), block(r.compareBlock), ms(r.reportMs).padStart(6), block(r.reportBlock)].join('  '));
  }
  console.log('');
  console.log('highlights: Compare Articles until both editors are decorated; host block: longest gap of a 10 ms timer');
  console.log(`on the extension host, during the comparison (up to ${SETTLE_MS / 1000} s after the highlights) and while the report opens,`);
  console.log('and in brackets the CPU time the host thread spent in its longest gap (a loaded machine also delays timers);');
  console.log('report: Open Report until its webview has shown the first screen and said ready.');
  console.log(`Baseline in the same run: an empty webview (one line of text and a script that says ready) takes ${emptyWebviewMs.map(ms).join(' and ')} ms`);
  console.log('from its creation to its message (before the pairs and after them); the report cannot open faster than that.');
  console.log(`Targets: host block < 50 ms, highlights < 3000 ms, report < 1000 ms (sizes ${rows.map((r) => r.characters).join(', ')}).`);
}

async function measure(api: FramingLensApi, pair: string, a: vscode.TextDocument, b: vscode.TextDocument): Promise<Figures> {
  const testing = api.editor.testing;
  const decorated = () => api.editor.comparison.current !== undefined && Object.keys(testing.decorations('a')).length > 0 && Object.keys(testing.decorations('b')).length > 0;
  const characters = `${Math.round(a.getText().length / 1000)} / ${Math.round(b.getText().length / 1000)} KB`;

  let highlightsMs = Number.NaN;
  const compareBlock = await profiled(`${pair}-compare`, async () => {
    const probe = new BlockProbe();
    const started = performance.now();
    const compared = vscode.commands.executeCommand<boolean>('framingLens.compareArticles', a.uri, b.uri);
    if (await until(() => api.editor.comparison.current !== undefined)) console.log(`${pair}: compared after ${Math.round(performance.now() - started)} ms`);
    if (await until(decorated)) highlightsMs = performance.now() - started;
    await compared;
    // Whatever the comparison still does after the first highlights (other views) counts too.
    await pause(SETTLE_MS);
    return probe.stop();
  });

  let reportMs = Number.NaN;
  const reportBlock = await profiled(`${pair}-report`, async () => {
    const probe = new BlockProbe();
    const opened = performance.now();
    await vscode.commands.executeCommand('framingLens.openReport');
    if (await until(() => api.report.isReady())) reportMs = performance.now() - opened;
    await pause(1000);
    return probe.stop();
  });
  return { pair, characters, highlightsMs, compareBlock, reportMs, reportBlock };
}

/**
 * How long a webview that holds nothing but a line of text and a script saying it is ready
 * takes from its creation to that message: the host's own cost of any webview, which the
 * report's first screen includes.
 */
async function emptyWebview(): Promise<number> {
  const started = performance.now();
  const panel = vscode.window.createWebviewPanel('framingLensBench.empty', 'Empty', vscode.ViewColumn.Active, { enableScripts: true });
  try {
    const ready = new Promise<void>((resolve) => panel.webview.onDidReceiveMessage(() => resolve()));
    const nonce = String(Math.random()).slice(2);
    panel.webview.html =
      `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}';"></head>` +
      `<body><p>Empty</p><script nonce="${nonce}">acquireVsCodeApi().postMessage('ready');</script></body></html>`;
    const timeout = pause(STEP_LIMIT_MS).then(() => false);
    return (await Promise.race([ready.then(() => true), timeout])) ? performance.now() - started : Number.NaN;
  } finally {
    panel.dispose();
    await pause(500);
  }
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
