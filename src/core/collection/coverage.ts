import type { SegmentedText, Alignment, CollectionSentence, CoverageGroup } from '../types';

/** One pair's alignment, with the articles it aligns (`a` is side A). */
export interface AlignedArticles {
  readonly a: number;
  readonly b: number;
  readonly alignment: Alignment;
}

/**
 * Facts shared across a collection: sentences that correspond in any pair are one fact, and
 * so are the sentences they correspond to elsewhere (union-find over every pair's aligned
 * groups). A fact carried by two or more articles is a coverage group; a sentence in no pair
 * is one only its article carries (`unshared`).
 *
 * Groups are in the focus article's reading order, then, for facts the focus leaves out, in
 * the order of the first article that carries them.
 */
export function coverage(
  docs: readonly SegmentedText[],
  alignments: readonly AlignedArticles[],
  focus: number
): { coverage: CoverageGroup[]; unshared: CollectionSentence[][] } {
  const base: number[] = [];
  let total = 0;
  for (const doc of docs) {
    base.push(total);
    total += doc.sentences.length;
  }
  const parent = new Int32Array(total).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (i: number, j: number) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  for (const { a, b, alignment } of alignments) {
    for (const pair of alignment.pairs) {
      const first = base[a]! + pair.a[0]!;
      for (const s of pair.a) union(first, base[a]! + s);
      for (const s of pair.b) union(first, base[b]! + s);
    }
  }

  const members = new Map<number, CollectionSentence[]>();
  docs.forEach((doc, article) => {
    doc.sentences.forEach((sentence, index) => {
      const root = find(base[article]! + index);
      const group = members.get(root) ?? [];
      group.push({ article, sentence: index, start: sentence.start, end: sentence.end, text: sentence.text });
      members.set(root, group);
    });
  });

  const groups: CoverageGroup[] = [];
  const unshared: CollectionSentence[][] = docs.map(() => []);
  for (const sentences of members.values()) {
    const articles = [...new Set(sentences.map((s) => s.article))].sort((x, y) => x - y);
    if (articles.length < 2) {
      unshared[articles[0]!]!.push(...sentences);
      continue;
    }
    const missing = docs.map((_, k) => k).filter((k) => !articles.includes(k));
    groups.push({ sentences, articles, missing });
  }
  groups.sort((x, y) => orderKey(x, focus, base) - orderKey(y, focus, base));
  return { coverage: groups, unshared };
}

/** Focus sentences first, in reading order; then facts the focus lacks, by first carrier. */
function orderKey(group: CoverageGroup, focus: number, base: readonly number[]): number {
  const inFocus = group.sentences.find((s) => s.article === focus);
  if (inFocus) return inFocus.sentence;
  const first = group.sentences[0]!;
  // Past every focus sentence: a sentence index never reaches 2^31.
  return 2 ** 31 + base[first.article]! + first.sentence;
}
