/**
 * The CLI section of the benchmark: the built command (`dist/cli.js`, from `npm run build`)
 * run as a user runs it, in its own process, on generated articles written to a temporary
 * folder, with the JSON report going to a file as a redirection would send it.
 *
 * A process's time includes Node's own start and the loading of the bundle, which do not grow
 * with the articles; the same bundle asked for its version measures them, so the time of the
 * comparison itself through the CLI (reading, comparing, writing JSON) is the difference. The
 * comparison is also timed inside one fresh process (`coldRun.ts`: the CLI's steps one by
 * one, the engine on first use, as in every CLI run) and in this process once warm.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatMs, median, timeOnce } from './measure';

/** What a CLI run of one pair costs, each a median of several runs. */
export interface CliFigures {
  /** The CLI process from start to exit, wall clock. */
  readonly processMs: number;
  /** The same bundle printing its version: Node's start and the bundle's loading. */
  readonly startMs: number;
  /** `processMs - startMs`: reading, comparing and writing the JSON through the CLI. */
  readonly comparisonMs: number;
  /** The steps timed inside a fresh process (see `coldRun.ts`). */
  readonly steps: Readonly<Record<string, number>>;
  /** The size of the JSON report. */
  readonly jsonBytes: number;
}

const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
const COLD_RUN = path.join(__dirname, 'coldRun.js');

/** Whether the CLI has been built (`npm run build`); without it the section is skipped. */
export function cliBuilt(): boolean {
  return fs.existsSync(CLI);
}

/** Times the CLI on two texts, `repeats` times each, the runs interleaved with version runs. */
export function timeCli(textA: string, textB: string, repeats: number): CliFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-bench-'));
  try {
    const fileA = path.join(dir, 'a.txt');
    const fileB = path.join(dir, 'b.txt');
    const out = path.join(dir, 'report.json');
    fs.writeFileSync(fileA, textA);
    fs.writeFileSync(fileB, textB);
    const processTimes: number[] = [];
    const startTimes: number[] = [];
    const stepRuns: Record<string, number>[] = [];
    for (let r = 0; r < repeats; r++) {
      startTimes.push(timeOnce(() => run([CLI, '--version'], 'ignore')));
      processTimes.push(
        timeOnce(() => {
          const fd = fs.openSync(out, 'w');
          try {
            run([CLI, fileA, fileB, '--format', 'json'], fd);
          } finally {
            fs.closeSync(fd);
          }
        })
      );
      stepRuns.push(JSON.parse(run([COLD_RUN, fileA, fileB, path.join(dir, 'cold.json')], 'pipe')) as Record<string, number>);
    }
    const steps: Record<string, number> = {};
    for (const key of Object.keys(stepRuns[0] ?? {})) steps[key] = median(stepRuns.map((s) => s[key] ?? 0));
    const processMs = median(processTimes);
    const startMs = median(startTimes);
    return { processMs, startMs, comparisonMs: processMs - startMs, steps, jsonBytes: fs.statSync(out).size };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `node` with the arguments; returns standard output when it is piped. */
function run(args: readonly string[], stdout: 'ignore' | 'pipe' | number): string {
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) {
    throw new Error(`node ${args.map((a) => path.basename(a)).join(' ')} failed: ${result.stderr || result.error}`);
  }
  return result.stdout ?? '';
}

/** The steps of a fresh process, as one line. */
export function formatSteps(steps: Readonly<Record<string, number>>): string {
  return Object.entries(steps)
    .map(([step, ms]) => `${step} ${formatMs(ms)}`)
    .join(', ');
}

/** The two CLI targets' figures, for the targets list. */
export interface CliTargets {
  /** The CLI process on two unrelated 1 MB articles. */
  readonly ms1MB: number;
  /** The CLI's comparison of two unrelated 40 KB articles against whole-text diffWords on them. */
  readonly ratio40KB: number;
}

/**
 * Prints the CLI section: the built CLI on the unrelated 40 KB and 1 MB pairs. `engineMs` are
 * the engine's warm times in this process (from the pair table), `diffWords40KB` the
 * baseline's time on the 40 KB pair, measured in the same run.
 */
export function cliTable(
  pair40KB: { readonly textA: string; readonly textB: string; readonly engineMs: number; readonly diffWordsMs: number },
  pair1MB: { readonly textA: string; readonly textB: string; readonly engineMs: number }
): CliTargets {
  console.log('\nThe CLI as a user runs it: node dist/cli.js a.txt b.txt --format json > report.json, each run its own');
  console.log('process (medians of several). start: the same bundle printing its version (Node and the bundle');
  console.log('loading); comparison: the process minus its start. Steps: the CLI\'s steps timed in a fresh process.');
  if (!cliBuilt()) {
    console.log(`  ${path.relative(ROOT, CLI)} is missing: run npm run build first.`);
    return { ms1MB: Number.NaN, ratio40KB: Number.NaN };
  }
  const big = timeCli(pair1MB.textA, pair1MB.textB, 3);
  const small = timeCli(pair40KB.textA, pair40KB.textB, 9);
  const ratio40KB = pair40KB.diffWordsMs / small.comparisonMs;
  console.log(`\n  CLI, two unrelated 1 MB articles, JSON out: ${formatMs(big.processMs)} ms (target < 1000 ms)`);
  console.log(`    start ${formatMs(big.startMs)} ms + comparison ${formatMs(big.comparisonMs)} ms; report ${(big.jsonBytes / 1e6).toFixed(1)} MB`);
  console.log(`    steps in a fresh process: ${formatSteps(big.steps)}`);
  console.log(`    engine alone (compareArticles), warm in this process: ${formatMs(pair1MB.engineMs)} ms`);
  console.log(`\n  unrelated 40 KB: engine ${formatMs(small.comparisonMs)} ms vs diffWords ${formatMs(pair40KB.diffWordsMs)} ms = ${ratio40KB.toFixed(0)}× (target ≥ 100×)`);
  console.log(`    engine: the CLI's comparison (process ${formatMs(small.processMs)} ms - start ${formatMs(small.startMs)} ms), JSON out`);
  console.log(`    steps in a fresh process: ${formatSteps(small.steps)}`);
  console.log(`    engine alone, warm in this process: ${formatMs(pair40KB.engineMs)} ms = ${(pair40KB.diffWordsMs / pair40KB.engineMs).toFixed(0)}×`);
  return { ms1MB: big.processMs, ratio40KB };
}
