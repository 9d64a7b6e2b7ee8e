import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Cancelled } from '../../src/core/collection/compareCollection';
import { compareArticles } from '../../src/core/compare';
import { InlineEngine } from '../../src/core/engine/inlineEngine';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/collection');
const text = (name: string) => fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
const article = (name: string, version = 1, body = text(name)) => ({ key: `file:///${name}.txt`, version, text: body, path: `${name}.txt` });

describe('inline engine', () => {
  it('gives two articles the pair report compareArticles gives', async () => {
    const engine = new InlineEngine();
    const result = await engine.compare({ articles: [article('wire'), article('daily')] });
    assert.strictEqual(result.collection, undefined);
    assert.deepStrictEqual(result.pair, compareArticles({ text: text('wire'), path: 'wire.txt' }, { text: text('daily'), path: 'daily.txt' }));
  });

  it('gives three articles the collection, and the focus against its partner as the pair', async () => {
    const engine = new InlineEngine();
    const result = await engine.compare({ articles: [article('wire'), article('daily'), article('gazette')], focus: 2, partner: 0 });
    assert.strictEqual(result.collection?.focus, 2);
    assert.strictEqual(result.pair.articles[0].title, 'Six villages under water after Dniester dam breach');
    assert.strictEqual(result.pair.articles[1].title, 'Dam breach floods villages near Odesa');
    assert.deepStrictEqual([result.focus, result.partner], [2, 0]);
  });

  it('analyses an article again only when its input changed, whatever its version says', async () => {
    const engine = new InlineEngine();
    const three = [article('wire'), article('daily'), article('gazette')];
    await engine.compare({ articles: three });
    assert.deepStrictEqual(engine.counts, { analyses: 3, alignments: 3, reports: 2 });
    await engine.compare({ articles: [three[0]!, three[1]!, article('gazette', 2)] });
    assert.deepStrictEqual(engine.counts, { analyses: 3, alignments: 3, reports: 2 }, 'a new version with the same text');
    // A new untitled document may come back under a closed one's URI, at version 1 again.
    await engine.compare({ articles: [three[0]!, three[1]!, article('gazette', 1, text('herald'))] });
    assert.deepStrictEqual(engine.counts, { analyses: 4, alignments: 5, reports: 3 });
  });

  it('drops the cached pair work when the lexicon or the settings change', async () => {
    const engine = new InlineEngine();
    const two = [article('wire'), article('daily')];
    await engine.compare({ articles: two });
    engine.setSettings({ includeSpelling: true });
    await engine.compare({ articles: two });
    assert.deepStrictEqual(engine.counts, { analyses: 2, alignments: 2, reports: 2 });
    engine.setLexicon({ version: 1, sets: [] });
    const result = await engine.compare({ articles: two });
    assert.deepStrictEqual(engine.counts, { analyses: 2, alignments: 3, reports: 3 });
    assert.ok(!result.pair.framing.some((f) => f.setId === 'odesa-odessa'), 'the empty lexicon is used');
  });

  it('stops when cancelled', async () => {
    const engine = new InlineEngine();
    await assert.rejects(engine.compare({ articles: [article('wire'), article('daily'), article('gazette')] }, { isCancellationRequested: true }), Cancelled);
  });

  it('refuses one article and a pair that is not one', async () => {
    const engine = new InlineEngine();
    await assert.rejects(engine.compare({ articles: [article('wire')] }), RangeError);
    await assert.rejects(engine.compare({ articles: [article('wire'), article('daily')], focus: 1, partner: 1 }), RangeError);
  });
});
