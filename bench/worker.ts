/**
 * The worker section of the benchmark: two 1 MB articles compared by the inline engine and by
 * the worker engine, in plain Node, with a timer-lag probe on the calling thread (the one that
 * would be the extension host's): how long it is blocked, and how long until the result is
 * there. The inline engine blocks it for the whole comparison; the worker engine for no more
 * than one chunk of the packed result at a time. `npm run bench:host` measures the same, and
 * the views after it, in a real extension host.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { EngineRequest } from '../src/core/engine/engine';
import { InlineEngine } from '../src/core/engine/inlineEngine';
import type { HighlightOptions } from '../src/core/views/highlights';
import { WorkerEngine } from '../src/extension/engine/workerEngine';
import { largePair } from './largePair';
import { formatMs } from './measure';
import { article, rewrite, toText } from './synthetic';

const INTERVAL_MS = 5;
const HIGHLIGHTS: HighlightOptions = {
  categories: new Set(['place-name', 'reporting-verb', 'event-label', 'actor-label', 'territory', 'hedge', 'emotive', 'agency', 'distancing']),
  wordDifferences: true,
  oneSidedContent: true,
  spellingVariants: true,
  loadedLanguage: true,
};

/** CPU time of this thread so far in ms (Linux, 10 ms ticks); undefined elsewhere. */
function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Runs `work` under a timer-lag probe: its time, and the longest gap of the probe (in wall time and in this thread's CPU time). */
async function probed(work: () => Promise<unknown>): Promise<{ ms: number; block: number; blockCpu: number }> {
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let block = 0;
  let blockCpu = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = threadCpuMs();
    const gap = now - last - INTERVAL_MS;
    block = Math.max(block, gap);
    if (cpu !== undefined && lastCpu !== undefined) blockCpu = Math.max(blockCpu, Math.min(gap, cpu - lastCpu));
    last = now;
    lastCpu = cpu;
  };
  const timer = setInterval(tick, INTERVAL_MS);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  tick();
  clearInterval(timer);
  return { ms, block, blockCpu: lastCpu === undefined ? Number.NaN : blockCpu };
}

export async function workerTable(): Promise<{ readonly blockCpu: number }> {
  const original = article(1030, 1_000_000);
  const fixtures = largePair(1_000_000, path.resolve(__dirname, '../../test/fixtures'));
  const pairs = [
    { name: 'similar', a: toText(original), b: toText(rewrite(original, 1031)) },
    { name: 'fixtures', a: fixtures.a, b: fixtures.b },
  ];
  console.log('\nThe engine off the calling thread, 1 MB pairs, with highlights (ms, one run each)');
  console.log('block: longest gap of a 5 ms timer on the calling thread (in brackets: its CPU time there)');
  console.log(['pair'.padEnd(10), 'engine'.padEnd(14), 'result'.padStart(8), 'block'.padStart(16)].join('  '));
  let worst = 0;
  for (const pair of pairs) {
    const request: EngineRequest = { articles: [{ key: 'a', version: 1, text: pair.a }, { key: 'b', version: 1, text: pair.b }], highlights: HIGHLIGHTS };
    const worker = new WorkerEngine({ script: path.resolve(__dirname, '../src/engineWorker.js'), log: (line) => console.log(`  ${line}`) });
    const runs = [
      { label: 'inline', run: () => new InlineEngine().compare(request) },
      { label: 'worker', run: () => worker.compare(request) },
      { label: 'worker, edit', run: () => worker.compare({ ...request, articles: [request.articles[0]!, { ...request.articles[1]!, text: `${pair.b}\nOne more line.\n` }] }) },
    ];
    for (const { label, run } of runs) {
      const figures = await probed(run);
      if (label !== 'inline') worst = Math.max(worst, Number.isNaN(figures.blockCpu) ? figures.block : figures.blockCpu);
      const block = `${formatMs(figures.block)} (${Number.isNaN(figures.blockCpu) ? '—' : formatMs(figures.blockCpu)})`;
      console.log([pair.name.padEnd(10), label.padEnd(14), formatMs(figures.ms).padStart(8), block.padStart(16)].join('  '));
    }
    worker.dispose();
  }
  return { blockCpu: worst };
}
