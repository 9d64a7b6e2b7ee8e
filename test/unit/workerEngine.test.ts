import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Cancelled } from '../../src/core/collection/compareCollection';
import type { EngineRequest } from '../../src/core/engine/engine';
import { InlineEngine } from '../../src/core/engine/inlineEngine';
import type { HighlightOptions } from '../../src/core/views/highlights';
import { WorkerEngine } from '../../src/extension/engine/workerEngine';

/** The worker entry as compiled next to these tests (the extension runs the bundle, dist/engineWorker.js). */
const SCRIPT = path.resolve(__dirname, '../../src/engineWorker.js');
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const text = (name: string) => fs.readFileSync(path.join(FIXTURES, 'collection', `${name}.txt`), 'utf8');
const article = (name: string, version = 1, body = text(name)) => ({ key: `file:///${name}.txt`, version, text: body, path: `${name}.txt` });
const HIGHLIGHTS: HighlightOptions = {
  categories: new Set(['place-name', 'reporting-verb', 'event-label', 'actor-label', 'territory', 'hedge', 'emotive', 'agency', 'distancing']),
  wordDifferences: true,
  oneSidedContent: true,
  spellingVariants: true,
  loadedLanguage: true,
};

describe('worker engine', function () {
  // Starting a worker loads the whole engine bundle: slow on a loaded machine.
  this.timeout(120_000);
  const engines: WorkerEngine[] = [];
  const made = (options: { script?: string; log?: (line: string) => void } = {}) => {
    const engine = new WorkerEngine({ script: options.script ?? SCRIPT, ...(options.log ? { log: options.log } : {}) });
    engines.push(engine);
    return engine;
  };
  afterEach(() => {
    for (const engine of engines.splice(0)) engine.dispose();
  });

  it('gives the results of the inline engine on the fixtures: pairs, collections, highlights and tone models', async () => {
    const worker = made();
    const inline = new InlineEngine();
    const requests: EngineRequest[] = [
      { articles: [article('wire'), article('daily')] },
      { articles: [article('wire'), article('daily'), article('gazette')], focus: 2, partner: 0, highlights: HIGHLIGHTS, tone: true },
      { articles: [article('herald'), article('gazette'), article('wire'), article('daily')], highlights: HIGHLIGHTS },
    ];
    for (const pair of ['align-pair-court', 'align-pair-flood', 'align-pair-election']) {
      const [a, b] = fs.readFileSync(path.join(FIXTURES, `${pair}.txt`), 'utf8').split(/\n---\n/);
      requests.push({ articles: [article(`${pair}-a`, 1, a), article(`${pair}-b`, 1, b)], highlights: HIGHLIGHTS, tone: true });
    }
    for (const request of requests) {
      assert.deepEqual(await worker.compare(request), await inline.compare(request));
    }
    assert.equal(worker.kind, 'worker');
    assert.deepEqual(worker.counts, inline.counts);
  });

  it('keeps the analyses cached in the worker: counts tell what an edit recomputed, and come with each result', async () => {
    const engine = made();
    const three = [article('wire'), article('daily'), article('gazette')];
    const first = await engine.compare({ articles: three });
    assert.deepEqual(first.counts, { analyses: 3, alignments: 3, reports: 2 });
    assert.deepEqual(engine.counts, first.counts);
    await engine.compare({ articles: [three[0]!, three[1]!, article('gazette', 2)] });
    assert.deepEqual(engine.counts, { analyses: 3, alignments: 3, reports: 2 }, 'a new version with the same text');
    const edited = await engine.compare({ articles: [three[0]!, three[1]!, article('gazette', 3, `${text('gazette')}\nOfficials said more rain is expected.\n`)] });
    assert.deepEqual(edited.counts, { analyses: 4, alignments: 5, reports: 3 });
    assert.deepEqual(engine.counts, edited.counts);
  });

  it('drops the cached pair work in the worker when the lexicon or the settings change', async () => {
    const engine = made();
    const two = [article('wire'), article('daily')];
    await engine.compare({ articles: two });
    engine.setSettings({ includeSpelling: true });
    await engine.compare({ articles: two });
    assert.deepEqual(engine.counts, { analyses: 2, alignments: 2, reports: 2 });
    engine.setLexicon({ version: 1, sets: [] });
    const result = await engine.compare({ articles: two });
    assert.deepEqual(engine.counts, { analyses: 2, alignments: 3, reports: 3 });
    assert.ok(!result.pair.framing.some((f) => f.setId === 'odesa-odessa'), 'the empty lexicon is used');
  });

  it('cancels a request a newer one supersedes: it rejects with Cancelled and the worker does not compute it', async () => {
    const engine = made();
    // A fresh engine: both requests are queued while the worker starts, so the first one is
    // superseded before the worker reads it.
    const first = engine.compare({ articles: [article('wire'), article('daily')] });
    const second = engine.compare({ articles: [article('gazette'), article('herald')] });
    await assert.rejects(first, Cancelled);
    const result = await second;
    assert.equal(result.pair.articles[0].title, 'gazette.txt');
    assert.deepEqual(engine.counts, { analyses: 2, alignments: 1, reports: 1 }, 'only the second pair was analysed');
  });

  it('rejects with Cancelled when the signal is raised, and the next comparison works', async () => {
    const engine = made();
    await assert.rejects(engine.compare({ articles: [article('wire'), article('daily')] }, { isCancellationRequested: true }), Cancelled);
    let cancel: (() => void) | undefined;
    const signal = {
      isCancellationRequested: false,
      onCancellationRequested: (listener: () => void) => ((cancel = listener), { dispose: () => (cancel = undefined) }),
    };
    const running = engine.compare({ articles: [article('wire'), article('daily'), article('gazette')] }, signal);
    signal.isCancellationRequested = true;
    cancel?.();
    await assert.rejects(running, Cancelled);
    const after = await engine.compare({ articles: [article('wire'), article('daily')] });
    assert.equal(after.pair.articles.length, 2);
  });

  it('refuses what the inline engine refuses, with the same kind of error', async () => {
    const engine = made();
    await assert.rejects(engine.compare({ articles: [article('wire')] }), RangeError);
    await assert.rejects(engine.compare({ articles: [article('wire'), article('daily')], focus: 1, partner: 1 }), RangeError);
    assert.equal(engine.kind, 'worker');
  });

  it('falls back to the inline engine once when the worker cannot load, with one log line and the same results', async () => {
    const lines: string[] = [];
    const engine = made({ script: path.join(os.tmpdir(), 'framing-lens-no-such-worker.js'), log: (line) => lines.push(line) });
    const request = { articles: [article('wire'), article('daily'), article('gazette')], highlights: HIGHLIGHTS };
    assert.deepEqual(await engine.compare(request), await new InlineEngine().compare(request));
    assert.equal(engine.kind, 'inline');
    await engine.compare({ articles: [article('wire'), article('herald')] });
    assert.deepEqual(engine.counts, { analyses: 4, alignments: 4, reports: 3 });
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /engine worker cannot be used .*Cannot find module/);
  });

  it('falls back when the worker crashes in the middle of a request, and answers that request inline', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-worker-'));
    const script = path.join(dir, 'crash.js');
    fs.writeFileSync(script, "require('worker_threads').parentPort.on('message', (m) => { if (m.type === 'compare') process.exit(3); });\n");
    try {
      const lines: string[] = [];
      const engine = made({ script, log: (line) => lines.push(line) });
      engine.setSettings({ sentiment: false });
      const result = await engine.compare({ articles: [article('wire'), article('daily')] });
      assert.equal(result.pair.sentiment.enabled, false, 'the settings given to the worker apply inline too');
      assert.equal(engine.kind, 'inline');
      assert.deepEqual(lines.length, 1);
      assert.match(lines[0]!, /exit code 3/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
