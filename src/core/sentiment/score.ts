import type { ArticleSentiment, SegmentedText, SentenceSentiment, SentimentDriver, TextSpan, Word } from '../types';
import { STOPWORDS } from '../text/normalize';
import { afinnPhrases, afinnWeight, NEGATORS } from './afinn';
import { compareEnglish } from '../text/englishOrder';

/** A scored word (or AFINN phrase) with its offsets and its weight after negation. */
export type ScoredWord = TextSpan & { readonly weight: number };

/**
 * Scores an article with AFINN-165, sentence by sentence, on the segmenter's words so that
 * every scored word carries exact offsets.
 *
 * It follows the `sentiment` package: one weight per listed word, flipped when the word right
 * before it is one of the package's negators ("not happy" counts −3, and its span covers both
 * words so a reader sees why); a hyphenated compound
 * counts only when AFINN lists it whole ("well-being"), as the package sees "anti-war" as one
 * unknown token. Two deliberate differences, both towards what AFINN means: its multi-word
 * entries ("does not work", "kind of") are matched, which the package's space tokenizer never
 * does; and a listed word inside a capitalised name ("United States", "Board of Peace",
 * "Great Britain") is not scored, because a name is not a judgement — otherwise every mention
 * of the United Nations would read as praise.
 */
export function articleSentiment(doc: SegmentedText): ArticleSentiment {
  const sentences: SentenceSentiment[] = [];
  const drivers = new Map<string, SentimentDriver & { count: number }>();
  let score = 0;
  const units: Unit[] = [];

  for (const sentence of doc.sentences) {
    units.length = 0;
    scoreSentence(doc, sentence.firstWord, sentence.firstWord + sentence.wordCount, units);
    const scored: ScoredWord[] = [];
    let sentenceScore = 0;
    for (const unit of units) {
      const start = unit.negator ? unit.negator.start : unit.first.start;
      scored.push({ text: doc.text.slice(start, unit.last.end), start, end: unit.last.end, weight: unit.weight });
      sentenceScore += unit.weight;
      const label = (unit.negator ? unit.negator.norm + ' ' : '') + unit.label;
      const key = `${label}\u0000${unit.weight}`;
      const driver = drivers.get(key);
      if (driver) {
        driver.count++;
      } else {
        drivers.set(key, { word: label, weight: unit.weight, count: 1 });
      }
    }
    score += sentenceScore;
    sentences.push({
      sentence: sentence.index,
      start: sentence.start,
      end: sentence.end,
      score: sentenceScore,
      comparative: sentence.wordCount > 0 ? sentenceScore / sentence.wordCount : 0,
      words: scored,
    });
  }

  const all = [...drivers.values()].sort(
    (x, y) =>
      Math.abs(y.weight * y.count) - Math.abs(x.weight * x.count) || y.count - x.count || compareEnglish(x.word, y.word)
  );
  return {
    score,
    comparative: doc.words.length > 0 ? score / doc.words.length : 0,
    positive: all.filter((d) => d.weight > 0),
    negative: all.filter((d) => d.weight < 0),
    sentences,
  };
}

interface Unit {
  readonly first: Word;
  readonly last: Word;
  readonly negator: Word | undefined;
  /** Normalised words of the unit, as AFINN lists them ("well-being", "does not work"). */
  readonly label: string;
  readonly weight: number;
}

/** Small words that may sit inside a name ("Board of Peace", "Khalid bin Salman"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'del', 'la', 'du', 'von', 'van', 'bin', 'al']);

/**
 * Scores the words `[from, to)` of one sentence into `out`. Written with index loops and
 * character codes rather than slices and regular expressions: it runs once per word of a
 * possibly megabyte-long article.
 */
function scoreSentence(doc: SegmentedText, from: number, to: number, out: Unit[]): void {
  const { words, text } = doc;
  let titleCase: boolean | undefined;
  let i = from;
  while (i < to) {
    // A hyphenated compound is one token for AFINN: scored whole or not at all.
    let k = i;
    while (k + 1 < to && hyphenBetween(text, words[k]!, words[k + 1]!)) {
      k++;
    }
    let end = k;
    let weight: number | undefined;
    let separator = '-';
    if (k > i) {
      weight = phraseWeight(words, i, k - i + 1);
    } else {
      const phrase = longestPhrase(text, words, i, to);
      if (phrase) {
        end = i + phrase.length - 1;
        weight = phrase.weight;
        separator = ' ';
      } else {
        weight = afinnWeight(words[i]!.norm);
        if (weight !== undefined && isUpper(words[i]!.text)) {
          // In a title-case headline every word is capitalised, so only "X of Y" still marks a
          // name there ("Courtesy of Pakistan Foreign Office", "Board of Peace").
          titleCase ??= isTitleCase(words, from, to);
          if (insideName(text, words, i, from, to, titleCase)) {
            weight = undefined;
          }
        }
      }
    }
    if (weight !== undefined && weight !== 0) {
      const previous = i > from ? words[i - 1] : undefined;
      const negator = previous && NEGATORS.has(previous.norm) ? previous : undefined;
      let label = words[i]!.norm;
      for (let n = i + 1; n <= end; n++) {
        label += separator + words[n]!.norm;
      }
      out.push({ first: words[i]!, last: words[end]!, negator, label, weight: negator ? -weight : weight });
    }
    i = end + 1;
  }
}

/** Weight of the AFINN phrase that is exactly `words[i .. i+length)`, if listed. */
function phraseWeight(words: readonly Word[], i: number, length: number): number | undefined {
  const phrases = afinnPhrases(words[i]!.norm);
  return phrases?.find((p) => p.words.length === length && p.words.every((w, n) => words[i + n]!.norm === w))?.weight;
}

/** The longest AFINN phrase starting at `words[i]`, its words separated by spaces or hyphens. */
function longestPhrase(
  text: string,
  words: readonly Word[],
  i: number,
  to: number
): { length: number; weight: number } | undefined {
  const phrases = afinnPhrases(words[i]!.norm);
  if (!phrases) {
    return undefined;
  }
  for (const p of phrases) {
    if (i + p.words.length > to) {
      continue;
    }
    let ok = true;
    for (let n = 1; n < p.words.length && ok; n++) {
      const previous = words[i + n - 1]!;
      const word = words[i + n]!;
      ok = word.norm === p.words[n] && (blankBetween(text, previous, word) || hyphenBetween(text, previous, word));
    }
    if (ok) {
      return { length: p.words.length, weight: p.weight };
    }
  }
  return undefined;
}

function hyphenBetween(text: string, a: Word, b: Word): boolean {
  if (b.start - a.end !== 1) {
    return false;
  }
  const c = text.charCodeAt(a.end);
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function blankBetween(text: string, a: Word, b: Word): boolean {
  for (let p = a.end; p < b.start; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xa0) {
      return false;
    }
  }
  return true;
}

function isUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** True when the word sits next to another capitalised word of a name. */
function insideName(text: string, words: readonly Word[], i: number, from: number, to: number, connectorOnly: boolean): boolean {
  return (
    capitalisedNeighbour(text, words, i, -1, from, to, connectorOnly) ||
    capitalisedNeighbour(text, words, i, 1, from, to, connectorOnly)
  );
}

function capitalisedNeighbour(
  text: string,
  words: readonly Word[],
  i: number,
  step: 1 | -1,
  from: number,
  to: number,
  connectorOnly: boolean
): boolean {
  const adjacent = (x: number, y: number) => {
    const [lo, hi] = x < y ? [x, y] : [y, x];
    return lo >= from && hi < to && blankBetween(text, words[lo]!, words[hi]!);
  };
  const j = i + step;
  if (!adjacent(i, j)) {
    return false;
  }
  if (isUpper(words[j]!.text)) {
    return !connectorOnly;
  }
  const k = j + step;
  return NAME_CONNECTORS.has(words[j]!.norm) && adjacent(j, k) && isUpper(words[k]!.text);
}

/**
 * Headlines in title case capitalise every content word; the name rule would mute them all.
 * Ordinary sentences full of names still have a lower-case verb or noun somewhere.
 */
function isTitleCase(words: readonly Word[], from: number, to: number): boolean {
  let content = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!STOPWORDS.has(w.norm) && /\p{L}/u.test(w.text)) {
      content++;
      if (isUpper(w.text)) {
        capitalised++;
      }
    }
  }
  return content >= 3 && capitalised === content;
}
