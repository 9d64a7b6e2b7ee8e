import type { SegmentedText } from '../types';
import { isIndexable } from './invertedIndex';
import type { MatchCandidate } from './matchCandidates';
import type { PairFeatures } from './sentenceFeatures';

/**
 * Pairs, in reading order, the leftover sentences the inverted index cannot see but that read
 * exactly alike on both sides: sentences with no content words ("It is over.", a line of
 * emoji) and sentences made only of words too frequent to index (a line of boilerplate
 * repeated hundreds of times). Without this, identical texts would not align completely.
 */
export function matchUnindexed(
  a: SegmentedText,
  b: SegmentedText,
  features: PairFeatures,
  chosen: readonly MatchCandidate[]
): MatchCandidate[] {
  const usedA = new Uint8Array(a.sentences.length);
  const usedB = new Uint8Array(b.sentences.length);
  for (const match of chosen) {
    match.a.forEach((i) => (usedA[i] = 1));
    match.b.forEach((j) => (usedB[j] = 1));
  }
  // Per wording, the waiting B sentences in order and how many have been taken.
  const waiting = new Map<string, { readonly list: number[]; next: number }>();
  for (const sentence of b.sentences) {
    const j = sentence.index;
    if (!usedB[j] && sentence.wordCount > 0 && !isIndexable(features.b, j, features.dfB)) {
      const key = normKey(b, j);
      const queue = waiting.get(key);
      if (queue) {
        queue.list.push(j);
      } else {
        waiting.set(key, { list: [j], next: 0 });
      }
    }
  }
  const result: MatchCandidate[] = [];
  if (waiting.size === 0) {
    return result;
  }
  for (const sentence of a.sentences) {
    const i = sentence.index;
    if (!usedA[i] && sentence.wordCount > 0 && !isIndexable(features.a, i, features.dfB)) {
      const queue = waiting.get(normKey(a, i));
      if (queue && queue.next < queue.list.length) {
        result.push({ a: [i], b: [queue.list[queue.next++]!], similarity: 1 });
      }
    }
  }
  return result;
}

/** The words of a sentence by `norm`: equal keys mean equal wording up to case and punctuation. */
function normKey(doc: SegmentedText, sentence: number): string {
  const { firstWord, wordCount } = doc.sentences[sentence]!;
  let key = '';
  for (let w = firstWord; w < firstWord + wordCount; w++) {
    key += doc.words[w]!.norm + ' ';
  }
  return key;
}
