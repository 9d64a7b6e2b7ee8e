import * as assert from 'assert';
import { articleSentiment, sentimentReport, toneGap } from '../../src/core/sentiment';
import { segment } from '../../src/core/text/segment';
import type { AlignedPair, Alignment } from '../../src/core/types';

const A = segment('The dam held. Crews were brave. The damage was bad. Residents were happy.');
const B = segment('The dam held. Crews were heroic and brave. Looters caused terrible damage. The mayor resigned.');

function pair(id: string, a: number[], b: number[]): AlignedPair {
  return {
    id,
    kind: 'modified',
    a,
    b,
    aSpan: { start: A.sentences[a[0]!]!.start, end: A.sentences[a[a.length - 1]!]!.end },
    bSpan: { start: B.sentences[b[0]!]!.start, end: B.sentences[b[b.length - 1]!]!.end },
    similarity: 0.5,
    moved: false,
    diffs: [],
  };
}

const ALIGNMENT: Alignment = {
  pairs: [pair('p0', [0], [0]), pair('p1', [1], [1])],
  onlyInA: [2, 3],
  onlyInB: [2, 3],
};

describe('tone gap', () => {
  it('splits the gap into wording and one-sided content that add up to the total', () => {
    const sa = articleSentiment(A);
    const sb = articleSentiment(B);
    const gap = toneGap(sa, sb, ALIGNMENT);
    assert.strictEqual(gap.total, sb.score - sa.score);
    assert.strictEqual(gap.fromWording + gap.fromOneSidedContent, gap.total);
  });

  it('attributes a changed word in a paired sentence to wording', () => {
    const sa = articleSentiment(A);
    const sb = articleSentiment(B);
    const gap = toneGap(sa, sb, ALIGNMENT);
    assert.strictEqual(gap.fromWording, sb.sentences[1]!.score - sa.sentences[1]!.score);
    assert.strictEqual(
      gap.fromOneSidedContent,
      sb.sentences[2]!.score + sb.sentences[3]!.score - (sa.sentences[2]!.score + sa.sentences[3]!.score)
    );
  });

  it('adds up for merged and split pairs too', () => {
    const merged: Alignment = { pairs: [pair('p0', [0, 1], [0]), pair('p1', [2], [1, 2])], onlyInA: [3], onlyInB: [3] };
    const gap = toneGap(articleSentiment(A), articleSentiment(B), merged);
    assert.strictEqual(gap.fromWording + gap.fromOneSidedContent, gap.total);
  });

  it('composes scores, actors, gap and limits into one report', () => {
    const report = sentimentReport(A, B, ALIGNMENT);
    assert.strictEqual(report.a.sentences.length, A.sentences.length);
    assert.strictEqual(report.gap.total, report.b.score - report.a.score);
    assert.ok(report.limits.length > 0);
    assert.doesNotThrow(() => JSON.stringify(report));
  });
});
