import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareArticles } from '../../src/core/compare';
import { framingKey, highlightKey, loadedKey } from '../../src/core/findings/ignoredFindings';
import { renderReport } from '../../src/core/render/index';
import { highlights } from '../../src/core/views/highlights';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const read = (name: string) => ({ text: fs.readFileSync(path.join(EXAMPLES, name), 'utf8'), path: name });
const A = read('harbour-gazette.txt');
const B = read('continental-wire.txt');

describe('ignored findings', () => {
  const full = compareArticles(A, B);
  const place = full.framing.find((e) => e.category === 'place-name')!;

  it('gives a finding the same key whatever its offsets, so one ignore holds in every comparison', () => {
    assert.strictEqual(framingKey(place), `framing:${place.setId}`);
    const again = compareArticles({ ...A, text: `Update.\n\n${A.text}` }, B).framing.find((e) => e.setId === place.setId)!;
    assert.strictEqual(framingKey(again), framingKey(place));
    assert.strictEqual(loadedKey({ entry: 'brutal', text: 'Brutal' }), 'loaded:brutal');
  });

  it('leaves an ignored contrast out of the framing list and the key findings, and counts it', () => {
    assert.ok(full.keyFindings.some((f) => /Odesa/.test(f.text)), 'the place name is a key finding before');
    const report = compareArticles(A, B, { ignored: [framingKey(place)] });
    assert.ok(!report.framing.some((e) => e.setId === place.setId));
    assert.ok(!report.keyFindings.some((f) => /Odesa/.test(f.text)), report.keyFindings.map((f) => f.text).join(' | '));
    assert.strictEqual(report.ignored, 1);
    assert.strictEqual(full.ignored, undefined);
    assert.match(renderReport(report, 'markdown'), /1 finding ignored in this workspace is left out/);
    assert.match(renderReport(report, 'html'), /1 finding ignored in this workspace is left out/);
  });

  it('leaves ignored wording changes and loaded words out too', () => {
    const change = full.changes[0]!;
    const loaded = [...full.loaded.a, ...full.loaded.b][0];
    const keys = [`change:${change.a.text.toLowerCase()}→${change.b.text.toLowerCase()}`, ...(loaded ? [loadedKey(loaded)] : [])];
    const report = compareArticles(A, B, { ignored: keys });
    assert.ok(!report.changes.some((c) => c.a.text === change.a.text && c.b.text === change.b.text));
    if (loaded) assert.ok(![...report.loaded.a, ...report.loaded.b].some((t) => t.entry === loaded.entry));
    assert.ok((report.ignored ?? 0) >= keys.length);
  });

  it('keys the highlights by the finding they show, and sentence-level marks not at all', () => {
    const marks = highlights(full, { categories: new Set(['place-name']), wordDifferences: true, oneSidedContent: true, spellingVariants: true });
    const framing = marks.a.find((h) => h.kind === 'framing:place-name')!;
    assert.strictEqual(highlightKey(framing.source), framingKey(place));
    const oneSided = marks.a.find((h) => h.kind === 'onlyInA')!;
    assert.strictEqual(highlightKey(oneSided.source), undefined);
  });
});
