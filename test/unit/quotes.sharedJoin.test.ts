import * as assert from 'assert';
import { findQuotes, sharedQuotes, SHARED_QUOTE_THRESHOLD } from '../../src/core/quotes/quotes';
import { STOPWORDS, stem } from '../../src/core/text/normalize';
import { segment } from '../../src/core/text/segment';
import type { Quote, SegmentedText, SharedQuote } from '../../src/core/types';
import { random } from './helpers/random';

/**
 * The rule of `sharedQuotes` with every quote compared with every other, as plainly as it can
 * be written: the reference for its prefix filter and its counting on marks.
 */
function everyPair(a: SegmentedText, qa: readonly Quote[], b: SegmentedText, qb: readonly Quote[]): SharedQuote[] {
  const fold = (norm: string) => stem(norm).replace(/nc$/, 'ns').replace(/is$/, 'iz');
  const wordsOf = (doc: SegmentedText, q: Quote) => {
    const inside = doc.words.filter((w) => w.start >= q.quote.start && w.end <= q.quote.end);
    return {
      sequence: inside.map((w) => fold(w.norm)),
      content: new Set(inside.filter((w) => !STOPWORDS.has(w.norm) || ['not', 'no', 'never', 'nor'].includes(w.norm)).map((w) => fold(w.norm))),
    };
  };
  const groups = (doc: SegmentedText, quotes: readonly Quote[]) => {
    const byKey = new Map<string, { words: ReturnType<typeof wordsOf>; members: number[]; attributed: boolean }>();
    quotes.forEach((q, i) => {
      const words = wordsOf(doc, q);
      const key = words.sequence.join(' ');
      const group = byKey.get(key);
      if (group) {
        group.members.push(i);
        group.attributed ||= q.speaker !== undefined;
      } else {
        byKey.set(key, { words, members: [i], attributed: q.speaker !== undefined });
      }
    });
    return [...byKey.values()];
  };
  const contains = (x: readonly string[], y: readonly string[]) => {
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    for (let i = 0; i + short.length <= long.length; i++) if (short.every((t, k) => long[i + k] === t)) return true;
    return false;
  };
  const candidates = [];
  for (const ga of groups(a, qa)) {
    for (const gb of groups(b, qb)) {
      const small = Math.min(ga.words.content.size, gb.words.content.size);
      const shared = [...ga.words.content].filter((t) => gb.words.content.has(t)).length;
      const similarity = small > 0 ? shared / small : 0;
      if (shared < 2 || similarity < SHARED_QUOTE_THRESHOLD) continue;
      if (small <= 3 && !contains(ga.words.sequence, gb.words.sequence)) continue;
      candidates.push({ a: ga, b: gb, similarity, shared, attributed: (ga.attributed ? 1 : 0) + (gb.attributed ? 1 : 0) });
    }
  }
  candidates.sort(
    (x, y) => y.similarity - x.similarity || y.shared - x.shared || y.attributed - x.attributed || x.a.members[0]! - y.a.members[0]! || x.b.members[0]! - y.b.members[0]!
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: SharedQuote[] = [];
  for (const c of candidates) {
    const freeA = c.a.members.filter((i) => !usedA.has(i));
    const freeB = c.b.members.filter((j) => !usedB.has(j));
    for (let n = 0; n < freeA.length && n < freeB.length; n++) {
      usedA.add(freeA[n]!);
      usedB.add(freeB[n]!);
      pairs.push({ a: freeA[n]!, b: freeB[n]!, similarity: Math.round(c.similarity * 1000) / 1000 });
    }
  }
  return pairs.sort((x, y) => x.a - y.a);
}

const WORDS = ['levee', 'bridge', 'budget', 'families', 'homes', 'winter', 'rebuilt', 'reopened', 'flood', 'river', 'council', 'defence', 'defense'];
const GLUE = ['the', 'will', 'not', 'be', 'no', 'before', 'and', 'is', 'a'];

/** An article of quotes drawn from a small vocabulary, so that many pairs share words, some all of them. */
function quoteArticle(next: () => number, count: number): string {
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  const paragraphs: string[] = [];
  for (let n = 0; n < count; n++) {
    const words = Array.from({ length: 1 + Math.floor(next() * 7) }, () => (next() < 0.6 ? pick(WORDS) : pick(GLUE)));
    paragraphs.push(`“${words.join(' ')},” ${next() < 0.5 ? 'the mayor said' : 'officials said'}.`);
  }
  return paragraphs.join('\n\n');
}

describe('shared quotes', () => {
  it('are the pairs that comparing every quote with every other gives, on 40 generated article pairs', () => {
    const next = random(5);
    for (let n = 0; n < 40; n++) {
      const a = segment(quoteArticle(next, 10 + Math.floor(next() * 60)));
      const b = segment(quoteArticle(next, 10 + Math.floor(next() * 60)));
      const qa = findQuotes(a);
      const qb = findQuotes(b);
      assert.deepStrictEqual(sharedQuotes(a, qa, b, qb), everyPair(a, qa, b, qb), `pair ${n}`);
    }
  });
});
