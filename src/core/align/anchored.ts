import { type ContentFloor, passesFloor } from './invertedIndex';
import type { MatchCandidate } from './matchCandidates';
import { movedFlags } from './moved';
import { window } from './orderRepair';
import type { PairFeatures, SideFeatures } from './sentenceFeatures';
import { dice, sharedWeight } from './similarity';
import { TokenKind } from './vocabulary';

/**
 * Lowest similarity of a pair that shares an anchor (see `PairFeatures.anchor`). Two outlets
 * telling one fact in their own words share little beyond its figure and names ("Turnout was
 * 61 percent, the lowest since 2004" / "Only 61% of voters cast a ballot, down from 67%"), so
 * they score well below `minSimilarity`; a name or strong figure that each article has in
 * one sentence only is evidence enough, as long as the pair passes the content floor too.
 */
export const ANCHORED_MIN_SIMILARITY = 0.15;

/**
 * Share of the shorter article's sentences that must already have counterparts before
 * anchors pair anything. Any two long texts share a few figures by chance ("1,250"), and two
 * reports of different events share names; only where the articles tell the same story
 * elsewhere is a shared figure evidence of one fact.
 */
export const ANCHORED_MIN_COVERAGE = 0.1;

/**
 * Share of their names two articles must have in common for anchors to pair sentences where
 * nothing else has paired yet: two outlets' reports of one event name the same people and
 * places even when every sentence is worded apart ("Arkady Belyakov … in the port of
 * Imperia" / "Arkadiy Beliakov … in the port of Imperia"). Figures do not count here: long
 * texts share many by chance.
 */
export const ANCHORED_MIN_SHARED_NAMES = 0.4;

/**
 * Share (by weight) of the names of the article with fewer that the other article has too.
 */
function sharedNames(features: PairFeatures): number {
  const { kinds, dfA, dfB, idf } = features;
  let inA = 0;
  let inB = 0;
  let both = 0;
  for (let t = 0; t < features.vocabularySize; t++) {
    if (kinds[t] === TokenKind.Name) {
      const weight = idf[t]!;
      if (dfA[t]! > 0) inA += weight;
      if (dfB[t]! > 0) inB += weight;
      if (dfA[t]! > 0 && dfB[t]! > 0) both += weight;
    }
  }
  const fewer = Math.min(inA, inB);
  return fewer > 0 ? both / fewer : 0;
}

/**
 * Pairs the sentences left over after the best-first choice that share an anchor, in reading
 * order between the pairs already chosen (which must be sorted by A position). Each anchor
 * sits in one sentence per side, so it proposes exactly one pair: the cost is one pass over
 * the tokens. Best first, each sentence used once; headlines only with headlines.
 */
export function matchAnchored(
  features: PairFeatures,
  chosen: readonly MatchCandidate[],
  floor: ContentFloor,
  headingsA: Uint8Array,
  headingsB: Uint8Array
): MatchCandidate[] {
  const { a, b, anchor } = features;
  const countA = a.weights.length;
  const countB = b.weights.length;
  let covered = 0;
  for (const match of chosen) {
    covered += countA <= countB ? match.a.length : match.b.length;
  }
  if (covered < ANCHORED_MIN_COVERAGE * Math.min(countA, countB) && sharedNames(features) < ANCHORED_MIN_SHARED_NAMES) {
    return [];
  }
  const usedA = new Uint8Array(countA);
  const usedB = new Uint8Array(countB);
  for (const match of chosen) {
    match.a.forEach((i) => (usedA[i] = 1));
    match.b.forEach((j) => (usedB[j] = 1));
  }
  const moved = movedFlags(chosen.map((match) => match.b[0]!));
  const inOrder = chosen.filter((_, index) => !moved[index]);
  const inB = sentenceOfAnchor(b, anchor, usedB);
  const proposals: MatchCandidate[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < countA; i++) {
    if (usedA[i]) {
      continue;
    }
    let bounds: [number, number] | undefined;
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) {
      const j = inB.get(a.tokens[k]!);
      // A headline (or caption) restates the body: an anchor alone does not pair it with a
      // body sentence.
      if (j === undefined || headingsA[i] !== headingsB[j] || seen.has(i * countB + j)) {
        continue;
      }
      seen.add(i * countB + j);
      bounds ??= window(inOrder, (m) => m.a[0]!, (m) => m.b, i);
      if (j <= bounds[0] || j >= bounds[1]) {
        continue;
      }
      const similarity = dice(sharedWeight(a, i, b, j, features.idf), a.weights[i]!, b.weights[j]!);
      const contentA = a.offsets[i + 1]! - a.offsets[i]!;
      const contentB = b.offsets[j + 1]! - b.offsets[j]!;
      if (similarity >= ANCHORED_MIN_SIMILARITY && passesFloor(floor, similarity, sharedInformative(features, i, j), contentA, contentB)) {
        proposals.push({ a: [i], b: [j], similarity });
      }
    }
  }
  proposals.sort((x, y) => y.similarity - x.similarity || x.a[0]! - y.a[0]! || x.b[0]! - y.b[0]!);
  const result: MatchCandidate[] = [];
  for (const proposal of proposals) {
    const i = proposal.a[0]!;
    const j = proposal.b[0]!;
    if (!usedA[i] && !usedB[j]) {
      usedA[i] = 1;
      usedB[j] = 1;
      result.push(proposal);
    }
  }
  return result;
}

/** For each anchor token in a free sentence of `side`, that sentence. */
function sentenceOfAnchor(side: SideFeatures, anchor: Uint8Array, used: Uint8Array): Map<number, number> {
  const result = new Map<number, number>();
  for (let s = 0; s < side.weights.length; s++) {
    if (used[s]) {
      continue;
    }
    for (let k = side.offsets[s]!; k < side.offsets[s + 1]!; k++) {
      if (anchor[side.tokens[k]!]) {
        result.set(side.tokens[k]!, s);
      }
    }
  }
  return result;
}

/**
 * Number of informative tokens sentences `i` of A and `j` of B share, where a strong figure
 * counts twice: "61%" in one sentence of each article is as telling as two shared words.
 */
function sharedInformative(features: PairFeatures, i: number, j: number): number {
  const { a, b, informative, anchor } = features;
  let count = 0;
  let x = a.offsets[i]!;
  let y = b.offsets[j]!;
  while (x < a.offsets[i + 1]! && y < b.offsets[j + 1]!) {
    const tx = a.tokens[x]!;
    const ty = b.tokens[y]!;
    if (tx === ty) {
      count += informative[tx]! + (anchor[tx] === 2 ? 1 : 0);
      x++;
      y++;
    } else if (tx < ty) {
      x++;
    } else {
      y++;
    }
  }
  return count;
}
