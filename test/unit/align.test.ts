import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { alignSentences, documentSimilarity } from '../../src/core/align/alignSentences';
import { movedFlags } from '../../src/core/align/moved';
import { segment } from '../../src/core/text/segment';
import type { AlignedPair, Alignment, SegmentedText } from '../../src/core/types';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const FLOOD = fs.readFileSync(path.join(FIXTURES, 'align-velmora-flood.txt'), 'utf8');
const COMET = fs.readFileSync(path.join(FIXTURES, 'align-halden-comet.txt'), 'utf8');

function align(textA: string, textB: string): { a: SegmentedText; b: SegmentedText; alignment: Alignment } {
  const a = segment(textA);
  const b = segment(textB);
  return { a, b, alignment: alignSentences(a, b) };
}

function paragraphs(text: string): string[] {
  return text.trim().split(/\n\s*\n/);
}

/** Every sentence of each side is either in exactly one pair or listed as only-in. */
function assertPartition(alignment: Alignment, a: SegmentedText, b: SegmentedText): void {
  const seenA = [...alignment.pairs.flatMap((p) => p.a), ...alignment.onlyInA].sort((x, y) => x - y);
  const seenB = [...alignment.pairs.flatMap((p) => p.b), ...alignment.onlyInB].sort((x, y) => x - y);
  assert.deepStrictEqual(seenA, a.sentences.map((s) => s.index));
  assert.deepStrictEqual(seenB, b.sentences.map((s) => s.index));
}

function pairOf(alignment: Alignment, aSentence: number): AlignedPair | undefined {
  return alignment.pairs.find((p) => p.a.includes(aSentence));
}

describe('alignSentences', () => {
  it('pairs every sentence of two identical texts as identical, in order, with similarity 1', () => {
    const { a, b, alignment } = align(FLOOD, FLOOD);
    assert.strictEqual(alignment.pairs.length, a.sentences.length);
    assert.ok(alignment.pairs.every((p) => p.kind === 'identical' && !p.moved && p.diffs.length === 0));
    assert.ok(alignment.pairs.every((p) => p.similarity === 1 && p.a[0] === p.b[0]));
    assert.deepStrictEqual([alignment.onlyInA, alignment.onlyInB], [[], []]);
    assert.strictEqual(documentSimilarity(a, b, alignment), 1);
  });

  it('numbers pairs p0, p1, … in A order and keeps similarities within [0, 1]', () => {
    const shuffled = paragraphs(FLOOD);
    const { a, b, alignment } = align(FLOOD, [shuffled[3], shuffled[0], shuffled[2], shuffled[1]].join('\n\n'));
    assert.deepStrictEqual(
      alignment.pairs.map((p) => p.id),
      alignment.pairs.map((_, i) => `p${i}`)
    );
    const starts = alignment.pairs.map((p) => p.a[0]!);
    assert.deepStrictEqual(starts, [...starts].sort((x, y) => x - y));
    assert.ok(alignment.pairs.every((p) => p.similarity >= 0 && p.similarity <= 1));
    assertPartition(alignment, a, b);
  });

  it('finds (almost) no pairs between unrelated articles', () => {
    const { a, b, alignment } = align(FLOOD, COMET);
    assert.ok(alignment.pairs.length <= 1, `unexpected pairs: ${alignment.pairs.length}`);
    assert.ok(documentSimilarity(a, b, alignment) < 0.1);
    assertPartition(alignment, a, b);
  });

  it('matches reordered paragraphs and flags only the displaced ones as moved', () => {
    const parts = paragraphs(FLOOD);
    // The levee paragraph (two sentences) is lifted to the top.
    const reordered = [parts[3], parts[0], parts[1], parts[2], parts[4]].join('\n\n');
    const { a, b, alignment } = align(FLOOD, reordered);
    assert.strictEqual(alignment.pairs.length, a.sentences.length);
    assert.ok(alignment.pairs.every((p) => p.kind === 'identical'));
    const moved = alignment.pairs.filter((p) => p.moved).map((p) => b.sentences[p.b[0]!]!.text);
    assert.deepStrictEqual(moved, [
      'Brannock criticised the provincial government for delaying repairs to the northern levee.',
      'A spokesman for the province rejected the criticism, saying the levee work had been scheduled for spring.',
    ]);
  });

  it('pairs one sentence of A with the two sentences of B it was split into', () => {
    const joined = FLOOD.replace(
      'along Mill Lane. Two volunteers were',
      'along Mill Lane, and two volunteers were'
    );
    const { a, b, alignment } = align(joined, FLOOD);
    const split = alignment.pairs.filter((p) => p.kind === 'split');
    assert.strictEqual(split.length, 1);
    assert.match(a.sentences[split[0]!.a[0]!]!.text, /^Rescue crews/);
    assert.deepStrictEqual(split[0]!.b, [2, 3]);
    assert.strictEqual(split[0]!.bSpan.start, b.sentences[2]!.start);
    assert.strictEqual(split[0]!.bSpan.end, b.sentences[3]!.end);
    assert.deepStrictEqual([alignment.onlyInA, alignment.onlyInB], [[], []]);
  });

  it('pairs two sentences of A with the one sentence of B they were merged into', () => {
    const joined = FLOOD.replace('records began in 1911. Forecasters expect', 'records began in 1911; forecasters expect');
    const { alignment } = align(FLOOD, joined);
    const merged = alignment.pairs.filter((p) => p.kind === 'merged');
    assert.strictEqual(merged.length, 1);
    assert.deepStrictEqual(merged[0]!.a, [4, 5]);
    assert.ok(merged[0]!.diffs.length === 0, 'the merge changed punctuation and case only');
  });

  it('lists the extra sentences of a longer article as only-in, and pairs everything else', () => {
    const extra =
      'Insurers estimate the damage at 31 million euros. ' +
      'A fundraising concert for displaced families is planned at the Velmora cathedral.';
    const longer = `${FLOOD.trim()}\n\n${extra}`;
    const { a, b, alignment } = align(FLOOD, longer);
    assert.strictEqual(alignment.pairs.length, a.sentences.length);
    assert.deepStrictEqual(alignment.onlyInA, []);
    assert.deepStrictEqual(alignment.onlyInB, [b.sentences.length - 2, b.sentences.length - 1]);
    assert.ok(alignment.pairs.every((p) => !p.moved));
    const similarity = documentSimilarity(a, b, alignment);
    assert.ok(similarity > 0.7 && similarity < 1, `similarity ${similarity}`);
  });

  it('reports a reworded sentence as modified with its word differences', () => {
    const reworded = FLOOD.replace('Brannock criticised the provincial', 'Brannock blasted the provincial');
    const { alignment } = align(FLOOD, reworded);
    const pair = pairOf(alignment, 6)!;
    assert.strictEqual(pair.kind, 'modified');
    assert.deepStrictEqual(
      pair.diffs.map((d) => [d.kind, d.a.text, d.b.text]),
      [['replaced', 'criticised', 'blasted']]
    );
  });

  it('counts sentences differing only in case and punctuation as identical', () => {
    const shouted = FLOOD.replace('Schools will stay closed until Monday, and', 'SCHOOLS will stay closed until Monday; and');
    const { alignment } = align(FLOOD, shouted);
    assert.ok(alignment.pairs.every((p) => p.kind === 'identical'));
  });

  it('pairs identical sentences that have no content words at all', () => {
    const text = 'It is over. The Velmora levee failed at dawn. So it was.';
    const { alignment } = align(text, text);
    assert.strictEqual(alignment.pairs.length, 3);
    assert.ok(alignment.pairs.every((p) => p.kind === 'identical'));
  });

  it('aligns identical texts made of one sentence repeated too often to be indexed', () => {
    const text = Array.from({ length: 300 }, () => 'Share this story with friends.').join('\n');
    const { a, alignment } = align(text, text);
    assert.strictEqual(alignment.pairs.length, a.sentences.length);
    assert.ok(alignment.pairs.every((p) => p.kind === 'identical' && !p.moved && p.a[0] === p.b[0]));
  });

  it('handles empty and whitespace-only input', () => {
    for (const [x, y] of [['', ''], ['', FLOOD], [' \r\n\t ', FLOOD], [FLOOD, '\n\n']] as const) {
      const { a, b, alignment } = align(x, y);
      assert.strictEqual(alignment.pairs.length, 0);
      assert.strictEqual(alignment.onlyInA.length, a.sentences.length);
      assert.strictEqual(alignment.onlyInB.length, b.sentences.length);
      const similarity = documentSimilarity(a, b, alignment);
      assert.strictEqual(similarity, a.sentences.length + b.sentences.length === 0 ? 1 : 0);
    }
  });

  it('keeps offsets exact after CRLF line ends and emoji', () => {
    const textA = '🌊🌊 Flood update.\r\n\r\nThe mayor 🙏 praised the rescue crews on Mill Lane.\r\n';
    const textB = '🌊🌊 Flood update.\r\n\r\nThe mayor 🙏 thanked the rescue crews on Mill Lane.\r\n';
    const { a, b, alignment } = align(textA, textB);
    const pair = alignment.pairs.find((p) => p.kind === 'modified')!;
    assert.strictEqual(textA.slice(pair.aSpan.start, pair.aSpan.end), a.sentences[pair.a[0]!]!.text);
    assert.strictEqual(textB.slice(pair.bSpan.start, pair.bSpan.end), b.sentences[pair.b[0]!]!.text);
    for (const diff of pair.diffs) {
      assert.strictEqual(textA.slice(diff.a.start, diff.a.end), diff.a.text);
      assert.strictEqual(textB.slice(diff.b.start, diff.b.end), diff.b.text);
    }
    assert.deepStrictEqual(pair.diffs.map((d) => [d.a.text, d.b.text]), [['praised', 'thanked']]);
  });

  it('aligns two 1 MB articles that share most sentences', function () {
    this.timeout(60000);
    const big = longArticle(1, 1_000_000);
    // Every fifth sentence reworded, every seventh dropped.
    const edited = big
      .split('\n')
      .filter((_, i) => i % 7 !== 3)
      .map((line, i) => (i % 5 === 0 ? line.replace('inspected', 'surveyed') : line))
      .join('\n');
    const { a, b, alignment } = align(big, edited);
    assertPartition(alignment, a, b);
    assert.ok(alignment.pairs.length >= 0.8 * b.sentences.length, `pairs ${alignment.pairs.length}`);
    assert.ok(alignment.pairs.filter((p) => p.moved).length < 0.01 * alignment.pairs.length);
  });
});

/**
 * A long article of distinct sentences: each names its own district and figures, the way a
 * long report's sentences carry their own names and numbers.
 */
function longArticle(seed: number, length: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < length; n++) {
    const line =
      `Crews inspected district ${seed}-${n} near the Tarrow embankment, where ${(n * 37) % 1000} homes ` +
      `lost power and ${(n * 11) % 97} roads were closed, officials said on report ${n}.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

describe('movedFlags', () => {
  it('marks as moved only the pairs off the longest increasing run of B positions', () => {
    assert.deepStrictEqual(movedFlags([0, 1, 2, 3]), [false, false, false, false]);
    assert.deepStrictEqual(movedFlags([3, 0, 1, 2]), [true, false, false, false]);
    assert.deepStrictEqual(movedFlags([0, 4, 5, 1, 2, 3]), [false, true, true, false, false, false]);
    assert.deepStrictEqual(movedFlags([]), []);
  });
});

/** The sample articles live outside the repository (third-party text), so this suite is optional. */
const ARTICLES = process.env.FRAMING_LENS_ARTICLES ?? path.resolve(__dirname, '../../../../shared/articles');

describe('alignSentences on the sample articles', function () {
  const read = (prefix: string): SegmentedText => {
    const file = fs.readdirSync(ARTICLES).find((name) => name.startsWith(prefix))!;
    return segment(fs.readFileSync(path.join(ARTICLES, file), 'utf8').replace(/^\uFEFF/, ''));
  };

  before(function () {
    if (!fs.existsSync(ARTICLES)) {
      this.skip();
    }
  });

  it('pairs nearly every sentence of the two near-identical reports (000, 001)', () => {
    const a = read('000');
    const b = read('001');
    const alignment = alignSentences(a, b);
    const shorter = Math.min(a.sentences.length, b.sentences.length);
    // 15 of 17: the two left over are 000's rewritten lead ("has rubbished claims…"), which
    // shares almost no content words with 001's lead ("denied it was supplying…").
    assert.ok(alignment.pairs.length >= 0.85 * shorter, `pairs ${alignment.pairs.length} of ${shorter}`);
    assert.ok(alignment.pairs.filter((p) => p.kind === 'identical').length >= 10);
    assert.ok(documentSimilarity(a, b, alignment) > 0.7);
  });

  it('pairs the facts two outlets share and leaves each one its own (001, 002)', () => {
    const a = read('001');
    const b = read('002');
    const alignment = alignSentences(a, b);
    // Four shared facts: the denial, the "not accurate" quote, the non-interference policy and
    // the export assurances; the weakest of them scores just above the threshold.
    assert.ok(alignment.pairs.length >= 4, `pairs ${alignment.pairs.length}`);
    const policy = alignment.pairs.find((p) =>
      a.sentences[p.a[0]!]!.text.includes('Pakistan maintains a policy of non-interference')
    );
    assert.ok(policy, 'the non-interference sentence is paired');
    assert.match(b.sentences[policy.b[0]!]!.text, /Pakistan maintains a policy of non-interference/);
    // The denial is told in other words by each outlet; 001's headline restates it too, and
    // must leave 002's denial to 001's lead.
    const denial = alignment.pairs.find((p) => a.sentences[p.a[0]!]!.text.startsWith('Pakistan on Thursday denied'));
    assert.ok(denial, 'the lead is paired');
    assert.match(b.sentences[denial.b[0]!]!.text, /Foreign Ministry has denied claims/);
    assert.ok(alignment.onlyInA.length >= 5 && alignment.onlyInB.length >= 5);
  });

  it('pairs at most the spokesperson’s denial between reports of different briefings (000, 003)', () => {
    const alignment = alignSentences(read('000'), read('003'));
    assert.ok(alignment.pairs.length <= 1, `pairs ${alignment.pairs.length}`);
  });

  it('finds next to nothing in common between reports of different briefings (002, 004)', () => {
    const a = read('002');
    const b = read('004');
    const alignment = alignSentences(a, b);
    // The closest non-counterparts score just below the threshold.
    assert.ok(alignment.pairs.length <= 1, `pairs ${alignment.pairs.length}`);
    assert.ok(documentSimilarity(a, b, alignment) < 0.1);
  });
});
