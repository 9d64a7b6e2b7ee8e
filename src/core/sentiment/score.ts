import type { ArticleSentiment, SegmentedText, SentenceSentiment, SentimentDriver, TextSpan, Word } from '../types';
import { STOPWORDS } from '../text/normalize';
import { afinnPhrases, afinnWeight, NEGATORS } from './afinn';

/** A scored word (or AFINN phrase) with its offsets and its weight after negation. */
export type ScoredWord = TextSpan & { readonly weight: number };

/**
 * Scores an article with AFINN-165, sentence by sentence, on the segmenter's words so that
 * every scored word carries exact offsets.
 *
 * It follows the `sentiment` package: one weight per listed word, flipped when the word right
 * before it is one of the package's negators ("not good" counts −2); a hyphenated compound
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

  for (const sentence of doc.sentences) {
    const words = doc.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
    const scored: ScoredWord[] = [];
    let sentenceScore = 0;
    for (const unit of scoreSentence(doc.text, words)) {
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
      Math.abs(y.weight * y.count) - Math.abs(x.weight * x.count) || y.count - x.count || x.word.localeCompare(y.word)
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

const HYPHEN = /^[-\u2010\u2011]$/;
const BLANK = /^\s*$/;
/** Small words that may sit inside a name ("Board of Peace", "Khalid bin Salman"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'del', 'la', 'du', 'von', 'van', 'bin', 'al']);

function* scoreSentence(text: string, words: readonly Word[]): Generator<Unit> {
  const gap = (i: number) => text.slice(words[i]!.end, words[i + 1]!.start);
  const titleCase = isTitleCase(words);
  let i = 0;
  while (i < words.length) {
    // A hyphenated compound is one token for AFINN: scored whole or not at all.
    let k = i;
    while (k + 1 < words.length && HYPHEN.test(gap(k))) {
      k++;
    }
    let end = k;
    let weight: number | undefined;
    let separator = '-';
    if (k > i) {
      weight = phraseAt(words, i, k - i + 1, () => true);
    } else {
      const phrase = longestPhrase(words, i, (j) => BLANK.test(gap(j)) || HYPHEN.test(gap(j)));
      if (phrase) {
        end = i + phrase.length - 1;
        weight = phrase.weight;
        separator = ' ';
      } else if (titleCase || !insideName(text, words, i)) {
        weight = afinnWeight(words[i]!.norm);
      }
    }
    if (weight !== undefined && weight !== 0) {
      const previous = i > 0 ? words[i - 1] : undefined;
      const negator = previous && NEGATORS.has(previous.norm) ? previous : undefined;
      const label = words
        .slice(i, end + 1)
        .map((w) => w.norm)
        .join(separator);
      yield { first: words[i]!, last: words[end]!, negator, label, weight: negator ? -weight : weight };
    }
    i = end + 1;
  }
}

/** Weight of the AFINN phrase that is exactly `words[i .. i+length)`, if listed. */
function phraseAt(words: readonly Word[], i: number, length: number, joined: (j: number) => boolean): number | undefined {
  const phrases = afinnPhrases(words[i]!.norm);
  const found = phrases?.find((p) => p.words.length === length && matches(words, i, p.words, joined));
  return found?.weight;
}

function longestPhrase(
  words: readonly Word[],
  i: number,
  joined: (j: number) => boolean
): { length: number; weight: number } | undefined {
  const phrases = afinnPhrases(words[i]!.norm);
  const found = phrases?.find((p) => matches(words, i, p.words, joined));
  return found && { length: found.words.length, weight: found.weight };
}

function matches(words: readonly Word[], i: number, norms: readonly string[], joined: (j: number) => boolean): boolean {
  if (i + norms.length > words.length) {
    return false;
  }
  for (let n = 0; n < norms.length; n++) {
    if (words[i + n]!.norm !== norms[n] || (n > 0 && !joined(i + n - 1))) {
      return false;
    }
  }
  return true;
}

const UPPER_START = /^\p{Lu}/u;

/** True when the word is capitalised and sits next to another capitalised word of a name. */
function insideName(text: string, words: readonly Word[], i: number): boolean {
  if (!UPPER_START.test(words[i]!.text)) {
    return false;
  }
  return capitalisedNeighbour(text, words, i, -1) || capitalisedNeighbour(text, words, i, 1);
}

function capitalisedNeighbour(text: string, words: readonly Word[], i: number, step: 1 | -1): boolean {
  const adjacent = (x: number, y: number) => {
    const [from, to] = x < y ? [x, y] : [y, x];
    return to < words.length && from >= 0 && BLANK.test(text.slice(words[from]!.end, words[to]!.start));
  };
  const j = i + step;
  if (!adjacent(i, j)) {
    return false;
  }
  if (UPPER_START.test(words[j]!.text)) {
    return true;
  }
  const k = j + step;
  return NAME_CONNECTORS.has(words[j]!.norm) && adjacent(j, k) && UPPER_START.test(words[k]!.text);
}

/** Headlines in title case capitalise every content word; the name rule would mute them all. */
function isTitleCase(words: readonly Word[]): boolean {
  let content = 0;
  let capitalised = 0;
  for (const w of words) {
    if (!STOPWORDS.has(w.norm) && /\p{L}/u.test(w.text)) {
      content++;
      if (UPPER_START.test(w.text)) {
        capitalised++;
      }
    }
  }
  return content >= 4 && capitalised / content >= 0.8;
}
