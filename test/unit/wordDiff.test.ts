import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { alignSentences } from '../../src/core/align';
import { wordDiffs } from '../../src/core/diff/wordDiff';
import { segment } from '../../src/core/text/segment';
import type { SegmentedText, WordDiff } from '../../src/core/types';

function diff(textA: string, textB: string, aSentences = [0], bSentences = [0]): WordDiff[] {
  const a = segment(textA);
  const b = segment(textB);
  const diffs = wordDiffs(a, aSentences, b, bSentences);
  assertExact(a, b, diffs);
  return diffs;
}

function assertExact(a: SegmentedText, b: SegmentedText, diffs: readonly WordDiff[]): void {
  for (const d of diffs) {
    assert.strictEqual(a.text.slice(d.a.start, d.a.end), d.a.text);
    assert.strictEqual(b.text.slice(d.b.start, d.b.end), d.b.text);
  }
}

const summary = (diffs: readonly WordDiff[]): string[][] => diffs.map((d) => [d.kind, d.a.text, d.b.text]);

describe('wordDiffs', () => {
  it('reports a run of words replaced by others as one replaced span', () => {
    const diffs = diff(
      'The ministry has rubbished claims that it sent arms.',
      'The ministry denied that it sent arms.'
    );
    assert.deepStrictEqual(summary(diffs), [['replaced', 'has rubbished claims', 'denied']]);
  });

  it('places the empty B span of a deletion right after the preceding word of B', () => {
    const textB = 'The mayor praised the crews.';
    const diffs = diff('The mayor warmly praised the crews.', textB);
    assert.deepStrictEqual(summary(diffs), [['deleted', 'warmly', '']]);
    const position = textB.indexOf('mayor') + 'mayor'.length;
    assert.deepStrictEqual([diffs[0]!.b.start, diffs[0]!.b.end], [position, position]);
  });

  it('places the empty A span of an insertion at the start of A when the words open the sentence', () => {
    const textA = 'Crews rescued 37 people.';
    const diffs = diff(textA, 'Overnight, crews rescued 37 people.');
    assert.deepStrictEqual(summary(diffs), [['inserted', '', 'Overnight']]);
    assert.deepStrictEqual([diffs[0]!.a.start, diffs[0]!.a.end], [0, 0]);
  });

  it('keeps the punctuation between the changed words inside the span', () => {
    const diffs = diff('Rain fell in Velmora, Dunmere and Halden.', 'Rain fell in Brisk, Tolle and Halden.');
    assert.deepStrictEqual(summary(diffs), [['replaced', 'Velmora, Dunmere', 'Brisk, Tolle']]);
  });

  it('ignores differences of case, apostrophes and punctuation only', () => {
    assert.deepStrictEqual(diff('“The mayor’s office,” she said.', 'THE MAYOR\'S OFFICE - she said!'), []);
  });

  it('reports several separate changes in reading order', () => {
    const diffs = diff(
      'Forecasters expect the Tarrow to crest on Thursday night.',
      'Forecasters fear the Tarrow will crest on Thursday.'
    );
    assert.deepStrictEqual(summary(diffs), [
      ['replaced', 'expect', 'fear'],
      ['replaced', 'to', 'will'],
      ['deleted', 'night', ''],
    ]);
  });

  it('diffs a sentence against the two sentences it was split into, with offsets in B', () => {
    const textB = 'Intro line.\n\nCrews lifted 37 people from rooftops. Two volunteers were treated in hospital.';
    const diffs = diff(
      'Crews lifted 37 people from rooftops, and two volunteers were treated in hospital.',
      textB,
      [0],
      [1, 2]
    );
    assert.deepStrictEqual(summary(diffs), [['deleted', 'and', '']]);
    assert.strictEqual(diffs[0]!.b.start, textB.indexOf('rooftops') + 'rooftops'.length);
  });

  it('keeps offsets exact after CRLF line ends and emoji before the difference', () => {
    const textA = '🌊 Update.\r\n\r\n👩‍🚒 The crews 🙏 praised the volunteers.\r\n';
    const textB = '🌊 Update.\r\n\r\n👩‍🚒 The crews 🙏 thanked the volunteers.\r\n';
    const diffs = diff(textA, textB, [1], [1]);
    assert.deepStrictEqual(summary(diffs), [['replaced', 'praised', 'thanked']]);
    assert.strictEqual(diffs[0]!.a.start, textA.indexOf('praised'));
    assert.strictEqual(diffs[0]!.b.start, textB.indexOf('thanked'));
  });

  it('gives nothing for sentences without words', () => {
    assert.deepStrictEqual(diff('', ''), []);
  });

  it('falls back to one replaced span for the changed middle of two very long, very different sentences', () => {
    const words = (prefix: string) => Array.from({ length: 400 }, (_, i) => `${prefix}${i}`).join(' ');
    const textA = `Opening words here ${words('alpha')} closing words here.`;
    const textB = `Opening words here ${words('beta')} closing words here.`;
    const diffs = diff(textA, textB);
    assert.strictEqual(diffs.length, 1);
    assert.strictEqual(diffs[0]!.kind, 'replaced');
    assert.ok(diffs[0]!.a.text.startsWith('alpha0 ') && diffs[0]!.a.text.endsWith(' alpha399'));
    assert.ok(diffs[0]!.b.text.startsWith('beta0 ') && diffs[0]!.b.text.endsWith(' beta399'));
  });
});

describe('word differences of split and merged groups', () => {
  it('diffs a split whose two sentences tell the content in the other order without marking the shared words', () => {
    const read = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../examples', name), 'utf8');
    const a = segment(read('harbour-gazette.txt'));
    const b = segment(read('continental-wire.txt'));
    const pair = alignSentences(a, b).pairs.find((p) => a.sentences[p.a[0]!]!.text.includes('Oleh Kiper, said air defences'));
    assert.ok(pair, 'the sentence about the air defences has a counterpart');
    assert.strictEqual(pair.kind, 'split');
    for (const d of pair.diffs) {
      assert.ok(d.a.start <= d.a.end && d.b.start <= d.b.end, 'spans are well formed');
      assert.strictEqual(a.text.slice(d.a.start, d.a.end), d.a.text);
      assert.strictEqual(b.text.slice(d.b.start, d.b.end), d.b.text);
      assert.ok(!/shot down|Oleh Kiper/.test(d.a.text), `shared words stay unmarked: ${d.a.text} → ${d.b.text}`);
    }
  });
});
