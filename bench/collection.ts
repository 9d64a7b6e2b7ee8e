/**
 * The N-way section of the benchmark: one story as several outlets tell it (an original
 * article and rewrites of it with other seeds), compared at once with `compareCollection`,
 * against the separate pair comparisons it replaces, and again after an edit to one article,
 * when the `PairCache` should recompute only that article's pairs.
 */
import type { ArticleInput } from '../src/core/analysis/analyzeArticle';
import { formatMs, median, pad, timeOnce } from './measure';
import { article, rewrite, toText, type Paragraphs } from './synthetic';

const SIZE = 20_000;
const SEED = 2000;
const REPEATS = 3;
/** The article edited in the last row: not the focus (article 0), so no report is redone. */
const EDITED = 4;

/** The figures the targets are judged on. */
export interface CollectionFigures {
  /** Time of the 28 pair comparisons of 8 articles over the time of comparing them at once. */
  readonly speedup8: number;
  /** Time of comparing 10 articles at once, from scratch. */
  readonly ms10: number;
}

/** The original and `count - 1` rewrites of it, as paragraphs. */
function story(count: number): Paragraphs[] {
  const original = article(SEED, SIZE);
  return [original, ...Array.from({ length: count - 1 }, (_, k) => rewrite(original, SEED + 1 + k))];
}

/** The article with one sentence added to its middle paragraph, different for each `version`. */
function edited(paragraphs: Paragraphs, version: number): string {
  const copy = paragraphs.map((paragraph) => [...paragraph]);
  copy[copy.length >> 1]!.push(`A spokesperson added in update ${version + 1} that the figures would be revised.`);
  return toText(copy);
}

/** Times each run once per round, the runs interleaved so that a slow spell hits all of them alike. */
function timeInterleaved(runs: readonly (() => void)[], repeats: number): number[] {
  const times = runs.map(() => [] as number[]);
  for (let r = 0; r < repeats; r++) {
    runs.forEach((run, k) => times[k]!.push(timeOnce(run)));
  }
  return times.map(median);
}

/** Prints the N-way table and returns the figures for the targets. */
export async function collectionTable(): Promise<CollectionFigures> {
  const { compareArticles } = await import('../src/core/compare');
  const { analyzeArticle } = await import('../src/core/analysis/analyzeArticle');
  const { compareAnalyses, compareCollection } = await import('../src/core/collection/compareCollection');
  const { PairCache } = await import('../src/core/collection/pairCache');
  const { articleLabel } = await import('../src/core/collection/outletNames');

  const paragraphs10 = story(10);
  const inputs10: ArticleInput[] = paragraphs10.map((p) => ({ text: toText(p) }));
  const inputs8 = inputs10.slice(0, 8);
  const counted = (inputs: readonly ArticleInput[]) => {
    const cache = new PairCache();
    compareCollection(inputs, { cache });
    return { ...cache.counts };
  };
  const eachPair = (inputs: readonly ArticleInput[]) => {
    for (let i = 0; i < inputs.length; i++) {
      for (let j = i + 1; j < inputs.length; j++) compareArticles(inputs[i]!, inputs[j]!);
    }
  };
  const pairCount8 = (8 * 7) / 2;

  // One untimed run of each, then the medians.
  counted(inputs8);
  eachPair(inputs8);
  let counts8 = { alignments: 0, reports: 0 };
  let counts10 = { alignments: 0, reports: 0 };
  const [ms8, msPairs8, ms10] = timeInterleaved(
    [() => (counts8 = counted(inputs8)), () => eachPair(inputs8), () => (counts10 = counted(inputs10))],
    REPEATS
  ) as [number, number, number];

  // A full first run with a cache, then edits to one article, each re-analysed and compared
  // with the same cache; every edit is a new text, so each run recomputes that article's pairs.
  const cache = new PairCache();
  const analyses = inputs10.map((input) => analyzeArticle(input));
  compareAnalyses(analyses, { cache });
  const editAlignments: number[] = [];
  const editReports: number[] = [];
  const editTimes = Array.from({ length: REPEATS }, (_, version) => {
    const text = edited(paragraphs10[EDITED]!, version);
    const before = { ...cache.counts };
    const ms = timeOnce(() => {
      analyses[EDITED] = analyzeArticle({ text });
      compareAnalyses(analyses, { cache });
    });
    editAlignments.push(cache.counts.alignments - before.alignments);
    editReports.push(cache.counts.reports - before.reports);
    return ms;
  });
  const msEdit = median(editTimes);
  // One count when every edit run agrees (as it should), else each run's.
  const runs = (counts: number[]) => [...new Set(counts)].join(',');

  const sizes = inputs10.map((input) => input.text.length / 1000);
  console.log(`\nN articles at once: an original of ${Math.round(SIZE / 1000)} KB and rewrites of it with other seeds (outlets`);
  console.log(`rewriting one story; ${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} KB each), article A the focus.`);
  console.log(`Medians of ${REPEATS} runs after one untimed run. alignments, reports: pair alignments and full pair`);
  console.log('reports computed (PairCache counts; one each per compareArticles); ratio: baseline ms / row ms,');
  console.log('the baseline being the 28 pair comparisons for the first row and the first run for the edit.\n');
  const widths = [8, 40, 9, 10, 7, 7];
  console.log(pad(['articles', 'run', 'ms', 'alignments', 'reports', 'ratio'], widths));
  console.log(pad(widths.map((w) => '-'.repeat(w)), widths));
  const ratio = (x: number) => `${x.toFixed(1)}×`;
  const row = (n: number, run: string, ms: number, alignments: number | string, reports: number | string, r: string) =>
    console.log(pad([String(n), run, formatMs(ms), String(alignments), String(reports), r], widths));
  row(8, 'compareCollection', ms8, counts8.alignments, counts8.reports, ratio(msPairs8 / ms8));
  row(8, `${pairCount8} × compareArticles`, msPairs8, pairCount8, pairCount8, '—');
  row(10, 'compareCollection (first run)', ms10, counts10.alignments, counts10.reports, '—');
  row(10, `edit to ${articleLabel(EDITED)}: re-analyse + compareAnalyses`, msEdit, runs(editAlignments), runs(editReports), ratio(ms10 / msEdit));

  return { speedup8: msPairs8 / ms8, ms10 };
}

