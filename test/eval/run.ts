/**
 * `npm run eval`: runs the engine on every evaluation pair in test/fixtures/eval and prints
 * recall, precision and must-not cleanliness per capability. `--verbose` lists every miss,
 * every unexpected finding and every must-not case that was flagged, pair by pair.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ArticleInput } from '../../src/core/analysis/analyzeArticle';
import { compareArticles } from '../../src/core/compare';
import type { ArticleFormat } from '../../src/core/text/maskMarkup';
import { CAPABILITIES, checkPair, evaluatePair, type EvalItem, type EvalPair, type PairResult } from './evaluate';

export const EVAL_DIR = path.resolve(__dirname, '../../../test/fixtures/eval');

export interface CapabilityFigures {
  expected: number;
  found: number;
  findings: number;
  accepted: number;
  mustNot: number;
  clean: number;
}

export interface EvaluationSummary {
  readonly pairs: number;
  readonly problems: readonly string[];
  readonly results: readonly PairResult[];
  readonly byCapability: Readonly<Record<string, CapabilityFigures>>;
  readonly total: CapabilityFigures;
}

export function loadPairs(dir = EVAL_DIR): EvalPair[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as EvalPair);
}

export function runEvaluation(pairs: readonly EvalPair[] = loadPairs()): EvaluationSummary {
  const problems = pairs.flatMap(checkPair);
  const results = pairs.map((pair) => evaluatePair(pair, compareArticles(articleInput(pair, 'a'), articleInput(pair, 'b'))));
  const blank = (): CapabilityFigures => ({ expected: 0, found: 0, findings: 0, accepted: 0, mustNot: 0, clean: 0 });
  const byCapability: Record<string, CapabilityFigures> = {};
  for (const capability of [...CAPABILITIES, 'any']) byCapability[capability] = blank();
  const total = blank();
  for (const result of results) {
    for (const { item, ok } of result.expected) {
      for (const f of [byCapability[item.capability]!, total]) {
        f.expected++;
        if (ok) f.found++;
      }
    }
    for (const { item, ok } of result.mustNot) {
      for (const f of [byCapability[item.capability]!, total]) {
        f.mustNot++;
        if (ok) f.clean++;
      }
    }
    for (const [capability, judged] of Object.entries(result.findings)) {
      for (const f of [byCapability[capability]!, total]) {
        f.findings += judged.total;
        f.accepted += judged.total - judged.unexpected.length;
      }
    }
  }
  return { pairs: pairs.length, problems, results, byCapability, total };
}

const EXTENSIONS: Readonly<Record<ArticleFormat, string>> = { text: 'txt', html: 'html', markdown: 'md' };

/** One article of a pair as the engine is given a file: its text, format and a file name that says the format. */
function articleInput(pair: EvalPair, side: 'a' | 'b'): ArticleInput {
  const format = (side === 'a' ? pair.formatA : pair.formatB) ?? 'text';
  return { text: pair[side], path: `${pair.id}-${side}.${EXTENSIONS[format]}`, format };
}

const ratio = (part: number, whole: number) => (whole === 0 ? '   —' : `${Math.round((part / whole) * 100)}`.padStart(3) + ' %');

function row(name: string, f: CapabilityFigures): string {
  return [
    name.padEnd(13),
    `${ratio(f.found, f.expected)} (${f.found}/${f.expected})`.padEnd(16),
    `${ratio(f.accepted, f.findings)} (${f.accepted}/${f.findings})`.padEnd(16),
    `${ratio(f.clean, f.mustNot)} (${f.clean}/${f.mustNot})`,
  ].join('  ');
}

function describe(item: EvalItem): string {
  const { capability, ...rest } = item;
  return `${capability} ${JSON.stringify(rest)}`;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const summary = runEvaluation();
  if (summary.problems.length > 0) {
    console.error(summary.problems.join('\n'));
    process.exitCode = 1;
  }
  if (verbose) {
    for (const result of summary.results) {
      const misses = result.expected.filter((r) => !r.ok).map((r) => `  missed    ${describe(r.item)}`);
      const flagged = result.mustNot.filter((r) => !r.ok).map((r) => `  flagged   ${describe(r.item)}`);
      const extra = Object.entries(result.findings).flatMap(([c, j]) => j.unexpected.map((label) => `  unlisted  ${c}: ${label}`));
      if (misses.length + flagged.length + extra.length > 0) console.log([result.id, ...misses, ...flagged, ...extra].join('\n'));
    }
    console.log('');
  }
  console.log(`${summary.pairs} pairs`);
  console.log(['capability'.padEnd(13), 'recall'.padEnd(16), 'precision'.padEnd(16), 'must-not clean'].join('  '));
  for (const [capability, f] of Object.entries(summary.byCapability)) {
    if (f.expected + f.findings + f.mustNot > 0) console.log(row(capability, f));
  }
  console.log(row('all', summary.total));
}

if (require.main === module) {
  main();
}
