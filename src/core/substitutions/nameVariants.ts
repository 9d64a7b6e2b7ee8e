import type { SegmentedText, Substitution, TextSpan, Word } from '../types';
import { STOPWORDS, isCapitalised } from '../text/normalize';
import { capitalisedRuns, trimToName, type NameRun } from './nameRuns';
import { CONNECTORS, TITLES, differsOnlyBySuffix, isCommonCapitalised, isInitial } from './nameWords';
import { isNameVariant, isTransliteration, soundKey } from './transliteration';

/**
 * Tells a name from ordinary English for one comparison: a word the hand lists know, a
 * function word, a word with a tone weight (so in the word list), or one either article also
 * writes in lower case is ordinary English, never a name spelled two ways.
 */
export interface NameTest {
  isOrdinary(norm: string): boolean;
  /** Two differing words that could be one name's two spellings as far as vocabulary goes. */
  mayBeOneName(x: string, y: string): boolean;
}

export function nameTest(a: SegmentedText, b: SegmentedText, weightOf: (norm: string) => number | undefined): NameTest {
  const lowerA = lowercaseNorms(a);
  const lowerB = lowercaseNorms(b);
  // Asked of the same words again and again (every run of capitals is trimmed with it), so answered once per word.
  const ordinary = new Map<string, boolean>();
  const isOrdinary = (norm: string) => {
    let answer = ordinary.get(norm);
    if (answer === undefined) {
      answer = isCommonCapitalised(norm) || STOPWORDS.has(norm) || lowerA.has(norm) || lowerB.has(norm) || weightOf(norm) !== undefined;
      ordinary.set(norm, answer);
    }
    return answer;
  };
  return {
    isOrdinary,
    mayBeOneName: (x, y) => !isOrdinary(x) && !isOrdinary(y) && !differsOnlyBySuffix(x, y),
  };
}

/** The words of an article, and those it writes in lower case somewhere, found in one pass once per document. */
interface ArticleWords {
  readonly all: ReadonlySet<string>;
  readonly lowercase: ReadonlySet<string>;
}

const wordsCache = new WeakMap<SegmentedText, ArticleWords>();

function articleWords(doc: SegmentedText): ArticleWords {
  let found = wordsCache.get(doc);
  if (!found) {
    const all = new Set<string>();
    const lowercase = new Set<string>();
    for (const w of doc.words) {
      all.add(w.norm);
      const code = w.text.charCodeAt(0);
      if (code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(w.text)) {
        lowercase.add(w.norm);
      }
    }
    found = { all, lowercase };
    wordsCache.set(doc, found);
  }
  return found;
}

/** The words an article writes in lower case somewhere (so they are ordinary words), found once per document. */
export function lowercaseNorms(doc: SegmentedText): ReadonlySet<string> {
  return articleWords(doc).lowercase;
}

/**
 * Same number of capitalised words, word for word one name spelled two ways. With a `test`,
 * no ordinary word may be among the differences; without one (a lexicon set already vouches
 * for the pair) the letters alone decide.
 */
export function isNameSpan(wordsA: readonly Word[], wordsB: readonly Word[], test?: NameTest): boolean {
  const partsA = wordsA.filter((w) => !isInitial(w.text) && !CONNECTORS.has(w.norm));
  const partsB = wordsB.filter((w) => !isInitial(w.text) && !CONNECTORS.has(w.norm));
  if (partsA.length === 0 || partsA.length !== partsB.length || ![...partsA, ...partsB].every((w) => isCapitalised(w.text))) {
    return false;
  }
  const normsA = partsA.map((w) => w.norm);
  const normsB = partsB.map((w) => w.norm);
  const variant = normsA.length === 1 ? isTransliteration(normsA[0]!, normsB[0]!) : isNameVariant(normsA, normsB);
  return variant && (!test || normsA.every((x, i) => x === normsB[i] || test.mayBeOneName(x, normsB[i]!)));
}

/**
 * Widens a name variant found in a word diff to the whole name: the diff only marks the word
 * that differs ("Zelensky" ↔ "Zelenskyy"), the name is "Volodymyr Zelensky". Neighbouring
 * capitalised words both sides share (not titles) are taken in.
 */
export function wholeName(a: SegmentedText, b: SegmentedText, wordsA: readonly Word[], wordsB: readonly Word[]): [Word[], Word[]] {
  let fromA = wordsA[0]!.index;
  let fromB = wordsB[0]!.index;
  let toA = wordsA[wordsA.length - 1]!.index;
  let toB = wordsB[wordsB.length - 1]!.index;
  const sharedNameWord = (x: Word | undefined, y: Word | undefined) =>
    x !== undefined && y !== undefined && x.norm === y.norm && isCapitalised(x.text) && !TITLES.has(x.norm) && !STOPWORDS.has(x.norm) && !isCommonCapitalised(x.norm);
  const blank = (doc: SegmentedText, left: Word, right: Word) => /^\.?[ \u00a0]+$/.test(doc.text.slice(left.end, right.start));
  while (sharedNameWord(a.words[fromA - 1], b.words[fromB - 1]) && blank(a, a.words[fromA - 1]!, a.words[fromA]!) && blank(b, b.words[fromB - 1]!, b.words[fromB]!)) {
    fromA--;
    fromB--;
  }
  while (sharedNameWord(a.words[toA + 1], b.words[toB + 1]) && blank(a, a.words[toA]!, a.words[toA + 1]!) && blank(b, b.words[toB]!, b.words[toB + 1]!)) {
    toA++;
    toB++;
  }
  return [a.words.slice(fromA, toA + 1), b.words.slice(fromB, toB + 1)];
}

/** The span from the first word to the last, without a possessive ending ("Gritsenko’s"). */
export function nameSpan(doc: SegmentedText, words: readonly Word[]): TextSpan {
  const start = words[0]!.start;
  let end = words[words.length - 1]!.end;
  if (/['\u2019]s$/u.test(doc.text.slice(start, end))) {
    end -= 2;
  }
  return { text: doc.text.slice(start, end), start, end };
}

/** A name an article uses: its identifying words, and the name at its first use. */
interface NameUse {
  readonly parts: readonly string[];
  readonly run: NameRun;
}

/** A name spelled two ways across the articles: the words of each side's first use. */
export interface NameCandidate {
  readonly wordsA: readonly Word[];
  readonly wordsB: readonly Word[];
  /** False when the words look like ordinary English; then only a lexicon set may pair them. */
  readonly isName: boolean;
}

/** Most candidates compared for one name: a guard against a pathological bucket, never reached in news copy. */
const MAX_CANDIDATES = 50;

/**
 * The same name spelled two ways anywhere in the two articles, also outside aligned pairs:
 * multi-word names one article spells one way and the other another way ("Mykola Hrytsenko"
 * in A, "Nikolai Gritsenko" in B), then single capitalised words used only by A and only by B
 * that look like two transliterations of one name. Each at both sides' first use.
 * Candidates are bucketed by word count and the sound of the last word, so this is linear
 * in the number of names.
 */
export function crossArticleNames(a: SegmentedText, b: SegmentedText, test: NameTest): NameCandidate[] {
  const normsA = allNorms(a);
  const normsB = allNorms(b);
  const found: NameCandidate[] = [];
  const namesA = multiWordNames(a, test);
  const namesB = multiWordNames(b, test);
  const buckets = bucketed([...namesB].filter(([key]) => !namesA.has(key)).map(([, use]) => use), (use) => bucketOf(use.parts));
  for (const [key, useA] of namesA) {
    if (namesB.has(key)) continue;
    for (const useB of (buckets.get(bucketOf(useA.parts)) ?? []).slice(0, MAX_CANDIDATES)) {
      if (!isNameVariant(useA.parts, useB.parts)) continue;
      const differing = useA.parts.map((x, i) => [x, useB.parts[i]!] as const).filter(([x, y]) => x !== y);
      // Each spelling belongs to one article only, and none of them is ordinary English.
      if (differing.every(([x, y]) => test.mayBeOneName(x, y) && !normsB.has(x) && !normsA.has(y))) {
        found.push({ wordsA: useA.run.words, wordsB: useB.run.words, isName: true });
      }
    }
  }

  const singleB = bucketed([...midSentenceNames(b)].filter(([norm]) => !normsA.has(norm)).map(([, w]) => w), (w) => soundKey(w.norm));
  for (const [norm, wordA] of midSentenceNames(a)) {
    if (normsB.has(norm)) continue;
    for (const wordB of (singleB.get(soundKey(norm)) ?? []).slice(0, MAX_CANDIDATES)) {
      if (isTransliteration(norm, wordB.norm)) {
        found.push({ wordsA: [wordA], wordsB: [wordB], isName: test.mayBeOneName(norm, wordB.norm) });
      }
    }
  }
  return found;
}

/** A transliteration change with the normalised words of each side, for `fullestNames`. */
export interface NameChange {
  readonly change: Substitution;
  readonly normsA: string;
  readonly normsB: string;
}

/**
 * One change per name: a variant that is part of a fuller one ("Hrytsenko" ↔ "Gritsenko"
 * inside "Mykola Hrytsenko" ↔ "Nikolai Gritsenko") is dropped, whichever was found first.
 * Every word range of a kept name is indexed (names are a few words long), so each test is
 * one lookup.
 */
export function fullestNames(names: readonly NameChange[]): NameChange[] {
  const size = (n: NameChange) => n.normsA.split(' ').length;
  const bySize = [...names].sort((x, y) => size(y) - size(x));
  const covered = new Set<string>();
  const kept: NameChange[] = [];
  for (const name of bySize) {
    if (covered.has(`${name.normsA}|${name.normsB}`)) continue;
    kept.push(name);
    for (const partA of wordRanges(name.normsA)) {
      for (const partB of wordRanges(name.normsB)) {
        covered.add(`${partA}|${partB}`);
      }
    }
  }
  return kept;
}

/** Every contiguous range of words of a short name: "a b c" → a, a b, a b c, b, b c, c. */
function wordRanges(norms: string): string[] {
  const words = norms.split(' ').slice(0, 6);
  const ranges: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      ranges.push(words.slice(i, j).join(' '));
    }
  }
  return ranges;
}

function bucketed<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = buckets.get(key);
    if (list) list.push(item);
    else buckets.set(key, [item]);
  }
  return buckets;
}

function bucketOf(parts: readonly string[]): string {
  return `${parts.length} ${soundKey(parts[parts.length - 1]!)}`;
}

/** Names of two words or more in an article, each at its first use, by their identifying words. */
function multiWordNames(doc: SegmentedText, test: NameTest): Map<string, NameUse> {
  const names = new Map<string, NameUse>();
  for (const run of capitalisedRuns(doc)) {
    if (run.length < 2) continue;
    const name = trimToName(doc, run, test.isOrdinary);
    if (!name || name.parts.length < 2) continue;
    const parts = name.parts.map((w) => w.norm);
    const key = parts.join(' ');
    if (!names.has(key)) {
      names.set(key, { parts, run: name });
    }
  }
  return names;
}

function allNorms(doc: SegmentedText): ReadonlySet<string> {
  return articleWords(doc).all;
}

/** Capitalised words not at a sentence start (so "The" or "When" are not taken for names). */
function midSentenceNames(doc: SegmentedText): Map<string, Word> {
  const names = new Map<string, Word>();
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstWord + 1; i < sentence.firstWord + sentence.wordCount; i++) {
      const word = doc.words[i]!;
      if (word.norm.length >= 4 && isCapitalised(word.text) && !/\d/.test(word.text) && !names.has(word.norm)) {
        names.set(word.norm, word);
      }
    }
  }
  return names;
}
