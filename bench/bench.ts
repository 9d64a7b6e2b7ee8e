/**
 * Benchmark of the comparison engine against the naive alternative, a word diff of the two
 * whole texts (jsdiff `diffWords`), on deterministic synthetic article pairs.
 *
 * Run with `npm run bench`. Prints the pair table, the time per stage on the 1 MB pairs, an
 * N-way table (one story told by several outlets: an original 20 KB article and rewrites of it,
 * compared at once with `compareCollection`, see `collection.ts`), the built CLI run as a user
 * runs it (see `cli.ts`), and whether the performance targets hold: two unrelated 1 MB articles
 * compared through the CLI, JSON out, in under 1 s; the CLI's comparison of unrelated 40 KB
 * texts at least 100× faster than whole-text `diffWords` on them; 8 articles of 20 KB compared
 * at once at least 3× faster than their 28 separate pair comparisons; 10 such articles at once
 * in under 1.5 s; the worker engine blocks its caller for less than 50 ms while two 1 MB
 * articles are compared (see `worker.ts`). A missed target is reported, not turned into a
 * failing exit code. The CLI section needs `npm run build` (`npm run bench` builds first).
 */
import { diffWords } from 'diff';
import { alignSentences } from '../src/core/align/alignSentences';
import { segment } from '../src/core/text/segment';
import { cliTable } from './cli';
import { collectionTable } from './collection';
import { formatMs, median, pad, timeMedian, timeOnce } from './measure';
import { article, rewrite, toText } from './synthetic';
import { workerTable } from './worker';

/** Longest baseline run we are prepared to wait for; longer ones are estimated instead. */
const BASELINE_LIMIT_MS = 60_000;

interface Engine {
  readonly label: string;
  run(textA: string, textB: string): void;
}

interface Case {
  readonly size: number;
  readonly kind: 'similar' | 'unrelated';
  readonly textA: string;
  readonly textB: string;
}

type Baseline = { readonly ms: number } | { readonly skippedEstimateMs: number };

/**
 * The whole engine when `compareArticles` works; otherwise segmentation plus alignment (with
 * word differences), which is the part of the engine whose cost grows with the texts.
 */
async function chooseEngine(): Promise<Engine> {
  try {
    const { compareArticles } = await import('../src/core/compare');
    compareArticles({ text: 'A probe. It has two sentences.' }, { text: 'A probe. It has three sentences.' });
    return {
      label: 'compareArticles (the whole engine)',
      run: (textA, textB) => void compareArticles({ text: textA }, { text: textB }),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      label: `segment + alignSentences (compareArticles unavailable: ${reason})`,
      run: (textA, textB) => void alignSentences(segment(textA), segment(textB)),
    };
  }
}

function cases(): Case[] {
  const result: Case[] = [];
  const sizes = [10_000, 40_000, 100_000, 1_000_000];
  sizes.forEach((size, index) => {
    const seed = 1000 + index * 10;
    const original = article(seed, size);
    result.push({ size, kind: 'similar', textA: toText(original), textB: toText(rewrite(original, seed + 1)) });
    result.push({ size, kind: 'unrelated', textA: toText(original), textB: toText(article(seed + 2, size)) });
  });
  return result;
}

/** Fewer repetitions for the big texts, where one run already takes long enough to be stable. */
function repeatsFor(size: number): number {
  return size <= 10_000 ? 9 : size <= 100_000 ? 5 : 3;
}

/**
 * Times `diffWords` on the whole texts, unless it would take longer than the limit: then it is
 * timed on growing prefixes and extrapolated with the growth exponent of the last doubling
 * (diffWords is O(n·d), so close to quadratic on unrelated texts).
 */
function timeBaseline(textA: string, textB: string, repeats: number): Baseline {
  const full = Math.max(textA.length, textB.length);
  let previous: { n: number; ms: number } | undefined;
  for (let n = 5_000; n < full; n *= 2) {
    const ms = timeOnce(() => diffWords(textA.slice(0, n), textB.slice(0, n)));
    if (previous && previous.ms > 5) {
      const exponent = Math.min(2, Math.max(1, Math.log(ms / previous.ms) / Math.log(n / previous.n)));
      const estimate = ms * Math.pow(full / n, exponent);
      if (estimate > BASELINE_LIMIT_MS) {
        return { skippedEstimateMs: estimate };
      }
    }
    previous = { n, ms };
  }
  const first = timeOnce(() => diffWords(textA, textB));
  if (first > 2_000 || repeats === 1) {
    return { ms: first };
  }
  return { ms: median([first, ...Array.from({ length: repeats - 1 }, () => timeOnce(() => diffWords(textA, textB)))]) };
}

async function main(): Promise<void> {
  const engine = await chooseEngine();
  console.log(`Engine timed: ${engine.label}`);
  console.log(`Node ${process.version}; medians of several runs (fewer for the large texts).`);
  console.log('align ms: alignSentences alone (with word differences) on texts segmented beforehand;');
  console.log('pairs: aligned pairs / sentences of the shorter text; ratio: diffWords ms / engine ms.\n');
  const widths = [8, 10, 11, 10, 13, 22, 9];
  console.log(pad(['size', 'kind', 'engine ms', 'align ms', 'pairs', 'diffWords ms', 'ratio'], widths));
  console.log(pad(widths.map((w) => '-'.repeat(w)), widths));

  let pair1MB: { textA: string; textB: string; engineMs: number } | undefined;
  let pair40KB: { textA: string; textB: string; engineMs: number; diffWordsMs: number } | undefined;
  for (const c of cases()) {
    const repeats = repeatsFor(c.size);
    const engineMs = timeMedian(() => engine.run(c.textA, c.textB), repeats);
    // Alignment alone (with word differences), on texts segmented beforehand.
    const docA = segment(c.textA);
    const docB = segment(c.textB);
    let pairs = '';
    const alignMs = timeMedian(() => {
      const alignment = alignSentences(docA, docB);
      pairs = `${alignment.pairs.length}/${Math.min(docA.sentences.length, docB.sentences.length)}`;
    }, repeats);
    const baseline = timeBaseline(c.textA, c.textB, repeats);
    const ratio = 'ms' in baseline ? `${(baseline.ms / engineMs).toFixed(1)}×` : '—';
    const baselineCell =
      'ms' in baseline ? formatMs(baseline.ms) : `skipped (est. ${(baseline.skippedEstimateMs / 1000).toFixed(0)} s)`;
    const sizeCell = `${Math.round(Math.max(c.textA.length, c.textB.length) / 1000)} KB`;
    console.log(pad([sizeCell, c.kind, formatMs(engineMs), formatMs(alignMs), pairs, baselineCell, ratio], widths));
    if (c.kind === 'unrelated' && c.size === 1_000_000) {
      pair1MB = { textA: c.textA, textB: c.textB, engineMs };
    }
    if (c.kind === 'unrelated' && c.size === 40_000 && 'ms' in baseline) {
      pair40KB = { textA: c.textA, textB: c.textB, engineMs, diffWordsMs: baseline.ms };
    }
  }

  await stageTable();
  const collection = await collectionTable();
  const worker = await workerTable();
  const cli = pair1MB && pair40KB ? cliTable(pair40KB, pair1MB) : { ms1MB: Number.NaN, ratio40KB: Number.NaN };

  console.log('\nTargets');
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log(`  CLI, two unrelated 1 MB articles, JSON out, in < 1000 ms: ${formatMs(cli.ms1MB)} ms — ${verdict(cli.ms1MB < 1000)}`);
  console.log(`  the CLI ≥ 100× faster than whole-text diffWords on unrelated 40 KB: ${cli.ratio40KB.toFixed(0)}× — ${verdict(cli.ratio40KB >= 100)}`);
  console.log(`  8 articles of 20 KB at once ≥ 3× faster than their 28 pair comparisons: ${collection.speedup8.toFixed(1)}× — ${verdict(collection.speedup8 >= 3)}`);
  console.log(`  10 articles of 20 KB at once in < 1.5 s: ${formatMs(collection.ms10)} ms — ${verdict(collection.ms10 < 1500)}`);
  console.log(`  the worker engine blocks the calling thread < 50 ms (CPU) on 1 MB pairs: ${formatMs(worker.blockCpu)} ms — ${verdict(worker.blockCpu < 50)}`);
}

/**
 * Where the engine's time goes, stage by stage, on the 1 MB pairs: one run each, after the
 * timed runs above have warmed the code up.
 */
async function stageTable(): Promise<void> {
  const { compareArticles } = await import('../src/core/compare');
  const big = cases().filter((c) => c.size === 1_000_000);
  const rows = big.map((c) => {
    const stages = new Map<string, number>();
    compareArticles({ text: c.textA }, { text: c.textB }, { clock: () => performance.now(), onStage: (stage, ms) => stages.set(stage, ms) });
    return { kind: c.kind, stages };
  });
  const names = [...(rows[0]?.stages.keys() ?? [])];
  console.log('\nTime per stage, 1 MB pairs (ms, one run)');
  console.log(['stage'.padEnd(14), ...rows.map((r) => r.kind.padStart(10))].join('  '));
  for (const name of names) {
    console.log([name.padEnd(14), ...rows.map((r) => formatMs(r.stages.get(name) ?? 0).padStart(10))].join('  '));
  }
  console.log([`total`.padEnd(14), ...rows.map((r) => formatMs([...r.stages.values()].reduce((x, y) => x + y, 0)).padStart(10))].join('  '));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
