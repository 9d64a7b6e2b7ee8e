import * as assert from 'node:assert/strict';
import { EngineService } from '../../src/core/engine/engineService';
import {
  cancelUpTo,
  isCancelled,
  newCancelCell,
  parseCancelCell,
  parseFromEngine,
  parseToEngine,
  supersedeBefore,
  type FromEngine,
} from '../../src/core/engine/protocol';
import { Assembler, pack } from '../../src/core/engine/transfer';
import { InlineEngine } from '../../src/core/engine/inlineEngine';

const COUNTS = { analyses: 1, alignments: 2, reports: 3 };

/** Packs `value`, sends every piece through a structured clone (as a worker message would) and puts it back together. */
function roundTrip(value: unknown): { value: unknown; chunks: number } {
  const { plan, chunks } = pack(value);
  const assembler = new Assembler(structuredClone(plan));
  for (const chunk of chunks) assembler.add(structuredClone(chunk));
  return { value: assembler.finish(), chunks: chunks.length };
}

describe('engine protocol: packed transfer', () => {
  it('gives back a large tree equal to the one packed, in chunks, without changing the original', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: i, text: `row ${i}`, cells: Array.from({ length: 60 }, (__, j) => i * j), nested: { flag: i % 2 === 0 } }));
    const value = { schemaVersion: 1, rows, nested: { deep: { list: rows.slice(0, 100).map((r) => r.id) } }, empty: [], nothing: null, absent: undefined };
    const before = JSON.stringify(value);
    const { value: back, chunks } = roundTrip(value);
    assert.deepEqual(back, value);
    assert.ok(chunks > 10, `expected many chunks, got ${chunks}`);
    assert.equal(JSON.stringify(value), before, 'the packed value was changed');
  });

  it('keeps an object met twice one object, in whichever chunks its places fall', () => {
    const shared = { text: 'Kyiv', start: 3, end: 7 };
    const pairs = Array.from({ length: 400 }, (_, i) => ({ i, diff: i === 350 ? shared : { text: 'x', start: i, end: i + 1 } }));
    const value = { pairs, changes: [shared], highlights: pairs.map((pair) => ({ source: { pair } })) };
    const back = roundTrip(value).value as typeof value;
    assert.equal(back.pairs[350]!.diff, back.changes[0]);
    assert.equal(back.highlights[17]!.source.pair, back.pairs[17]);
    assert.deepEqual(back, value);
  });

  it('keeps keys of any text, the empty key among them', () => {
    const odd = { 'a\u0001b': { 'c\u0002d': Array.from({ length: 100 }, (_, i) => ({ i })), '': { x: 1 } } };
    const value = { odd, again: odd['a\u0001b'], empty: odd['a\u0001b'][''] };
    const back = roundTrip(value).value as typeof value;
    assert.deepEqual(back, value);
    assert.equal(back.again, back.odd['a\u0001b']);
    assert.equal(back.empty, back.odd['a\u0001b']['']);
  });

  it('sends a small value whole, with no chunks, and a long array at the root in chunks', () => {
    assert.equal(pack({ a: [1, 2, 3] }).chunks.length, 0);
    const list = Array.from({ length: 10_000 }, (_, i) => ({ i }));
    const { value, chunks } = roundTrip(list);
    assert.deepEqual(value, list);
    assert.ok(chunks > 1);
  });

  it('refuses chunks that do not fit the plan, and a value taken before its chunks are in', () => {
    const { plan, chunks } = pack({ list: Array.from({ length: 10_000 }, (_, i) => ({ i })) });
    assert.throws(() => new Assembler(plan).finish(), /missing/);
    const assembler = new Assembler(plan);
    for (const chunk of chunks) assembler.add(chunk);
    assert.throws(() => assembler.add(chunks[0]!), /after every array was filled/);
  });
});

describe('engine protocol: messages and the cancellation cell', () => {
  it('accepts well-formed messages to the engine and refuses others', () => {
    const compare = { type: 'compare', id: 3, request: { articles: [{ key: 'file:///a', version: 1, text: 'A.' }] } };
    assert.deepEqual(parseToEngine(compare), compare);
    assert.deepEqual(parseToEngine({ type: 'pull', id: 3, index: 0 }), { type: 'pull', id: 3, index: 0 });
    assert.ok(parseToEngine({ type: 'settings', settings: { includeLeftOut: true, someLaterSetting: 1 } }), 'settings pass through as data');
    for (const bad of [
      null,
      'compare',
      { type: 'compare', id: 0, request: { articles: [] } },
      { type: 'compare', id: 1.5, request: { articles: [] } },
      { type: 'compare', id: 1, request: { articles: [{ key: 1, text: 'A.' }] } },
      { type: 'pull', id: 1, index: -1 },
      { type: 'lexicon', lexicon: { sets: 'none' } },
      { type: 'quit' },
    ]) {
      assert.equal(parseToEngine(bad), undefined, JSON.stringify(bad));
    }
  });

  it('accepts well-formed answers from the engine and refuses others', () => {
    const result = { type: 'result', id: 1, counts: COUNTS, plan: { skeleton: {}, keys: [], slices: [], linkChunks: 0 }, chunks: 0 };
    assert.deepEqual(parseFromEngine(result), result);
    assert.ok(parseFromEngine({ type: 'chunk', id: 1, index: 0, chunk: { items: [] } }));
    assert.ok(parseFromEngine({ type: 'chunk', id: 1, index: 0, chunk: { links: new Int32Array([1, -1, 1, 0]) } }));
    assert.ok(parseFromEngine({ type: 'failed', id: 1, counts: COUNTS, error: { name: 'RangeError', message: 'No pair' } }));
    for (const bad of [
      { type: 'result', id: 1, counts: { analyses: -1, alignments: 0, reports: 0 }, plan: { slices: [], linkChunks: 0 }, chunks: 0 },
      { type: 'chunk', id: 1, index: 0, chunk: {} },
      { type: 'chunk', id: 1, index: 0, chunk: { links: [1, -1, 1, 0] } },
      { type: 'cancelled', id: 'one', counts: COUNTS },
      { type: 'failed', id: 1, counts: COUNTS, error: 'boom' },
    ]) {
      assert.equal(parseFromEngine(bad), undefined, JSON.stringify(bad));
    }
  });

  it('cancels a request and every older one, and lets a newer request supersede older ones only', () => {
    const cell = newCancelCell();
    assert.equal(isCancelled(cell, 1), false);
    supersedeBefore(cell, 4);
    assert.deepEqual([1, 3, 4, 5].map((id) => isCancelled(cell, id)), [true, true, false, false]);
    cancelUpTo(cell, 4);
    assert.deepEqual([4, 5].map((id) => isCancelled(cell, id)), [true, false]);
    supersedeBefore(cell, 2);
    assert.equal(isCancelled(cell, 4), true, 'an older id never brings a cancelled request back');
    assert.equal(parseCancelCell({ cancel: cell.buffer })?.buffer, cell.buffer);
    assert.equal(parseCancelCell({ cancel: new ArrayBuffer(4) }), undefined);
  });
});

describe('engine service (the worker side, without a thread)', () => {
  const article = (key: string, text: string) => ({ key, version: 1, text });
  const request = { articles: [article('a', 'Troops shelled Kyiv on Monday.'), article('b', 'Troops shelled Kiev on Monday.')] };

  function serve(cell = newCancelCell()) {
    const posted: FromEngine[] = [];
    return { service: new EngineService((message) => posted.push(structuredClone(message)), cell), posted, cell };
  }

  async function settled(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
  }

  it('answers a comparison with a packed result equal to the inline engine’s, and counts', async () => {
    const { service, posted } = serve();
    service.handle({ type: 'compare', id: 1, request });
    await settled();
    const [answer] = posted;
    assert.equal(answer?.type, 'result');
    if (answer?.type !== 'result') return;
    assert.deepEqual(answer.counts, { analyses: 2, alignments: 1, reports: 1 });
    const assembler = new Assembler(answer.plan);
    for (let index = 0; index < answer.chunks; index++) {
      service.handle({ type: 'pull', id: 1, index });
      const chunk = posted.at(-1)!;
      assert.equal(chunk.type, 'chunk');
      if (chunk.type === 'chunk') assembler.add(chunk.chunk);
    }
    assert.deepEqual(assembler.finish(), await new InlineEngine().compare(request));
  });

  it('answers a request already superseded when it is read with cancelled, without analysing anything', async () => {
    const { service, posted, cell } = serve();
    supersedeBefore(cell, 2);
    service.handle({ type: 'compare', id: 1, request });
    await settled();
    assert.deepEqual(posted, [{ type: 'cancelled', id: 1, counts: { analyses: 0, alignments: 0, reports: 0 } }]);
  });

  it('says why a request failed, keeping the kind of error', async () => {
    const { service, posted } = serve();
    service.handle({ type: 'compare', id: 1, request: { articles: [request.articles[0]] } });
    await settled();
    assert.equal(posted[0]?.type, 'failed');
    if (posted[0]?.type === 'failed') assert.equal(posted[0].error.name, 'RangeError');
  });

  it('ignores malformed messages and pulls of a result it no longer holds', async () => {
    const { service, posted } = serve();
    service.handle({ type: 'compare', id: 'x' });
    service.handle({ type: 'pull', id: 9, index: 0 });
    await settled();
    assert.deepEqual(posted, []);
  });
});
