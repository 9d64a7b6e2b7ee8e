import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareArticles } from '../../src/core/compare';
import { HIGHLIGHT_KINDS } from '../../src/core/views/highlights';
import { LAYERS, layerInfo, layerOf, legendEntries, looselyRelated, oneSidedShown } from '../../src/core/views/layers';

const WORKSPACE = path.resolve(__dirname, '../../../test/fixtures/workspace');
const compare = (a: string, b: string) =>
  compareArticles({ text: fs.readFileSync(path.join(WORKSPACE, a), 'utf8'), path: a }, { text: fs.readFileSync(path.join(WORKSPACE, b), 'utf8'), path: b });

describe('highlight layers and the legend', () => {
  it('puts every kind of highlight in one layer, except the dimmed left-out text', () => {
    for (const kind of HIGHLIGHT_KINDS) {
      const layer = layerOf(kind);
      if (kind === 'leftOut') assert.strictEqual(layer, undefined);
      else assert.ok(layer && LAYERS.includes(layer), kind);
    }
    assert.strictEqual(layerOf('framing:agency'), 'framing');
    assert.strictEqual(layerOf('onlyInB'), 'oneSided');
    assert.strictEqual(layerOf('moved'), 'moved');
  });

  it('names and explains every layer, and lists a legend line for every kind drawn', () => {
    for (const layer of LAYERS) {
      const info = layerInfo(layer);
      assert.ok(info.label && info.look && info.meaning.endsWith('.'), layer);
    }
    const entries = legendEntries(['place-name', 'hedge']);
    assert.deepStrictEqual(
      entries.map((e) => e.kind),
      ['framing:place-name', 'framing:hedge', 'wordReplaced', 'wordDeleted', 'wordInserted', 'onlyInA', 'moved', 'spelling', 'loaded', 'leftOut']
    );
    // Each layer has at least one line, so no checkbox stands for nothing.
    for (const layer of LAYERS) assert.ok(entries.some((e) => e.layer === layer), layer);
  });

  it('takes two reports of one event as related and two different stories as loosely related', () => {
    const close = compare('editor-a.txt', 'editor-b.txt');
    const apart = compare('editor-a.txt', 'weather-note.txt');
    assert.strictEqual(looselyRelated(close), false);
    assert.strictEqual(looselyRelated(apart), true);
    assert.strictEqual(oneSidedShown('auto', close), true);
    assert.strictEqual(oneSidedShown('auto', apart), false);
    assert.strictEqual(oneSidedShown('on', apart), true);
    assert.strictEqual(oneSidedShown('off', close), false);
    assert.strictEqual(oneSidedShown('auto', undefined), true);
  });

  it('measures relatedness on the shorter article: a short wire story inside a long feature is related', () => {
    const wire = fs.readFileSync(path.join(WORKSPACE, 'editor-b.txt'), 'utf8');
    const feature = `${fs.readFileSync(path.join(WORKSPACE, 'editor-a.txt'), 'utf8')}\n\n${fs.readFileSync(path.join(WORKSPACE, 'valley-courier.txt'), 'utf8')}\n\n${fs.readFileSync(path.join(WORKSPACE, 'tone-a.txt'), 'utf8')}`;
    const report = compareArticles({ text: feature, path: 'feature.txt' }, { text: wire, path: 'wire.txt' });
    assert.ok(report.alignment.onlyInA > report.articles[0].sentences / 2, 'most of the feature is its own');
    assert.strictEqual(looselyRelated(report), false);
  });
});

describe('the walkthrough', () => {
  const WALKTHROUGH = path.resolve(__dirname, '../../../media/walkthrough');

  it('shows a lexicon file that is valid as it stands', async () => {
    const { parseLexicon } = await import('../../src/core/lexicon/lexicon');
    const markdown = fs.readFileSync(path.join(WALKTHROUGH, 'lexicon.md'), 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(markdown)?.[1];
    assert.ok(json, 'no JSON in lexicon.md');
    const parsed = parseLexicon(JSON.parse(json), 'lexicon.md');
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(parsed.lexicon?.sets.length, 1);
  });

  it('has a page for every step the manifest names, through package.nls.json so a translation can name its own', () => {
    const root = path.resolve(__dirname, '../../..');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { walkthroughs: { steps: { media: { markdown: string } }[] }[] } };
    const strings = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    for (const step of manifest.contributes.walkthroughs[0]!.steps) {
      const key = /^%([\w.-]+)%$/.exec(step.media.markdown)?.[1];
      assert.ok(key, `${step.media.markdown} is not a package.nls.json key`);
      const page = strings[key];
      assert.ok(page && fs.existsSync(path.join(root, page)), `${key}: ${page}`);
    }
  });
});
