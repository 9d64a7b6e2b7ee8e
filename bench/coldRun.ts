/**
 * One pair compared in a fresh process the way the CLI compares it (read both files, the
 * bundled lexicon, compare, render JSON, write it), each step timed; the times go to standard
 * output as JSON. Spawned by the benchmark (see `cli.ts`): `node coldRun.js a.txt b.txt out.json`.
 * Every CLI run meets the engine this way, on first use.
 */
import * as fs from 'fs';
import { compareArticles } from '../src/core/compare';
import { defaultLexicon } from '../src/core/lexicon/defaultLexicon';
import { mergeLexicons } from '../src/core/lexicon/lexicon';
import { renderReport } from '../src/core/render';

const [fileA, fileB, out] = process.argv.slice(2) as [string, string, string];
const steps: Record<string, number> = {};
let last = performance.now();
const step = (name: string) => {
  const now = performance.now();
  steps[name] = now - last;
  last = now;
};
const textA = fs.readFileSync(fileA, 'utf8');
const textB = fs.readFileSync(fileB, 'utf8');
step('read');
// As the CLI does with no --lexicon: the bundled lexicon, merged with nothing.
const lexicon = mergeLexicons(defaultLexicon());
step('lexicon');
const report = compareArticles({ text: textA, path: fileA }, { text: textB, path: fileB }, { lexicon });
step('engine');
const json = renderReport(report, 'json');
step('JSON');
fs.writeFileSync(out, json);
step('write');
process.stdout.write(`${JSON.stringify(steps)}\n`);
