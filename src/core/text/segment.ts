import type { Paragraph, SegmentedText, Sentence, Word } from '../types';
import { continuesAfter } from './abbreviations';
import { normalizeWord } from './normalize';
import { sentenceStarts } from './sentenceBreaks';

/**
 * Cuts an article into paragraphs, sentences and words with exact UTF-16 offsets.
 *
 * Sentence and word boundaries are Unicode's (`Intl.Segmenter`, ICU, which knows non-Latin
 * scripts and emoji; for English in Latin script the same rules run here, faster, see
 * `sentenceBreaks.ts` and `scanWords`); we only add what the rules do not know about news
 * prose: hard-wrapped lines, and abbreviations such as "Sen.", "U.S. v." or "Paul D. Ryan"
 * that they take for the end of a sentence (see `abbreviations.ts`).
 */
export function segment(text: string, locale = 'en'): SegmentedText {
  const sentenceSegmenter = lazySegmenter(locale, 'sentence');
  const wordSegmenter = lazySegmenter(locale, 'word');
  // Some locales tailor the rules (Greek ends questions with ";"); English uses them as they are.
  const plainRules = /^en(?:-|$)/i.test(locale);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const words: Word[] = [];

  for (const block of paragraphBlocks(text)) {
    const paragraphIndex = paragraphs.length;
    const firstSentence = sentences.length;
    for (const [start, end] of sentenceRanges(text, block.start, block.end, sentenceSegmenter, plainRules)) {
      const sentenceIndex = sentences.length;
      const firstWord = words.length;
      const sentenceText = text.slice(start, end);
      const ranges = wordRanges(sentenceText, wordSegmenter);
      for (let k = 0; k < ranges.length; k += 2) {
        const token = sentenceText.slice(ranges[k]!, ranges[k + 1]!);
        const wordStart = start + ranges[k]!;
        words.push({
          text: token,
          start: wordStart,
          end: wordStart + token.length,
          index: words.length,
          sentence: sentenceIndex,
          norm: normalizeWord(token),
        });
      }
      sentences.push({
        text: sentenceText,
        start,
        end,
        index: sentenceIndex,
        paragraph: paragraphIndex,
        firstWord,
        wordCount: words.length - firstWord,
      });
    }
    if (sentences.length > firstSentence) {
      paragraphs.push({
        start: block.start,
        end: block.end,
        index: paragraphIndex,
        firstSentence,
        sentenceCount: sentences.length - firstSentence,
      });
    }
  }
  return { text, paragraphs, sentences, words };
}

/** The one method of `Intl.Segmenter` the segmentation uses. */
type Segmenter = Pick<Intl.Segmenter, 'segment'>;

/**
 * A segmenter made when first used: making the first one loads ICU's break data (some 20 ms),
 * and English in Latin script needs none.
 */
function lazySegmenter(locale: string, granularity: 'sentence' | 'word'): Segmenter {
  // A malformed locale is refused at once, as a segmenter made at once would refuse it.
  Intl.getCanonicalLocales(locale);
  let segmenter: Intl.Segmenter | undefined;
  return { segment: (text) => (segmenter ??= new Intl.Segmenter(locale, { granularity })).segment(text) };
}

/** The words of one sentence. */
export function wordsOf(doc: SegmentedText, sentence: Sentence): readonly Word[] {
  return doc.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
}

interface Block {
  start: number;
  end: number;
}

const LINE = /[^\r\n]*(\r\n|\r|\n|$)/g;
const SENTENCE_END = /[.!?:;"”’»)\]]\s*$/;
const STARTS_LOWER = /^\s*[a-z(,;]/;

/**
 * Paragraphs are separated by blank lines, and also by single line breaks, because scraped
 * and pasted articles often put one paragraph per line. A line break inside a hard-wrapped
 * paragraph (the line does not end a sentence and the next starts in lower case, or the line
 * ends in a title such as "Sen." whose name is on the next line) joins.
 */
function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let previousLine = '';
  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match; match = LINE.exec(text)) {
    const lineStart = match.index;
    const content = match[0].slice(0, match[0].length - match[1]!.length);
    const trimmed = content.trim();
    if (trimmed.length === 0) {
      current = undefined;
    } else {
      const lead = content.length - content.trimStart().length;
      const start = lineStart + lead;
      const end = lineStart + content.trimEnd().length;
      const continues =
        current &&
        ((!SENTENCE_END.test(previousLine) && STARTS_LOWER.test(content)) ||
          (previousLine.endsWith('.') && continuesAfter(previousLine, content, true)));
      if (current && continues) {
        current.end = end;
      } else {
        current = { start, end };
        blocks.push(current);
      }
      previousLine = content.trimEnd();
    }
    if (match[0].length === 0 || LINE.lastIndex >= text.length) {
      break;
    }
  }
  return blocks;
}

/**
 * ICU's segmenter slows down more than linearly on very long strings (a 1 MB paragraph takes
 * over a minute), so long paragraphs are fed to it in pieces cut after sentence punctuation.
 */
const MAX_SEGMENTER_INPUT = 4000;

function* segmenterPieces(text: string, from: number, to: number): Generator<[number, number]> {
  let start = from;
  while (to - start > MAX_SEGMENTER_INPUT) {
    const window = text.slice(start, start + MAX_SEGMENTER_INPUT);
    const cut = lastSentenceBreak(window);
    const end = cut > 0 ? start + cut : start + MAX_SEGMENTER_INPUT;
    yield [start, end];
    start = end;
  }
  yield [start, to];
}

/** The last place in the window where a sentence surely ends: never after "Sen." or "U.S. v.". */
function lastSentenceBreak(window: string): number {
  const pattern = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
  let cut = -1;
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    const end = match.index + match[0].length;
    if (match[0].length > 0 && match[0][0] === '.' && match[0].trimEnd().length === 1) {
      if (continuesAfter(window.slice(Math.max(0, match.index - 64), match.index + 1), window.slice(end, end + 64))) {
        continue;
      }
    }
    cut = end;
  }
  if (cut < 0) {
    cut = window.lastIndexOf(' ') + 1;
  }
  return cut;
}

function sentenceRanges(
  text: string,
  from: number,
  to: number,
  segmenter: Segmenter,
  plainRules: boolean
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [pieceStart, pieceEnd] of segmenterPieces(text, from, to)) {
    sentenceRangesOfPiece(text, pieceStart, pieceEnd, segmenter, plainRules, ranges);
  }
  return ranges;
}

function sentenceRangesOfPiece(
  text: string,
  from: number,
  to: number,
  segmenter: Segmenter,
  plainRules: boolean,
  ranges: Array<[number, number]>
): void {
  // Line breaks inside a hard-wrapped paragraph are not sentence ends; spaces keep offsets.
  const slice = text.slice(from, to).replace(/[\r\n]/g, ' ');
  // Whether the last range ends in a full stop ICU broke after, and the text it broke after.
  let pending = false;
  let pendingBody = '';
  const starts = (plainRules && sentenceStarts(slice)) || icuSentenceStarts(slice, segmenter);
  for (let k = 0; k < starts.length; k++) {
    const raw = slice.slice(starts[k]!, k + 1 < starts.length ? starts[k + 1]! : slice.length);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) {
      continue;
    }
    const start = from + starts[k]! + lead;
    const end = start + body.length;
    if (pending && continuesAfter(pendingBody, body)) {
      // The break was an abbreviation ("Sen. Ana Ruiz"): the sentence carries on.
      ranges[ranges.length - 1]![1] = end;
    } else if (!/[\p{L}\p{N}]/u.test(body) && ranges.length > 0) {
      // A fragment with no letters or digits (a stray quote mark, a dash) belongs to its neighbour.
      ranges[ranges.length - 1]![1] = end;
    } else {
      ranges.push([start, end]);
    }
    pending = body.endsWith('.');
    pendingBody = body;
  }
}

/** Where ICU starts each sentence of `text`. */
export function icuSentenceStarts(text: string, segmenter: Segmenter): number[] {
  const starts: number[] = [];
  for (const part of segmenter.segment(text)) {
    starts.push(part.index);
  }
  return starts;
}

/** Scripts written without spaces between words need ICU's dictionaries to find words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * A run of text in those scripts: their characters, the ones they share with others (the
 * prolonged sound mark "ー", the ideographic comma), and the marks that follow.
 */
const UNSPACED_RUN =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}][\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{M}]*/gu;

/**
 * Word-like tokens as ICU would give them (apostrophes and inner full stops kept, "Kyiv's",
 * "U.S"; hyphens split), by a regular expression that is several times faster than ICU for
 * spaced scripts. Numbers keep their thousands separators ("1,000"). A party-and-state tag
 * ("R-Texas", "D-N.Y") is one word: split, its "R" or "D" reads as a stray initial and breaks
 * the name it follows ("Sen. Ana Ruiz (R-Texas) said").
 */
const WORD =
  /(?<![\p{L}\p{M}\p{N}-])[DRI]-\p{Lu}\p{L}*(?:\.\p{Lu}\p{L}*)*|[\p{L}\p{M}\p{N}]+(?:(?:['’]\u2060*|\.|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of a sentence as start and end offsets, flat (`[start0, end0, start1, end1, …]`):
 * ICU's dictionaries for the runs of unspaced scripts, otherwise `WORD`, or the scanner below
 * that gives exactly what `WORD` gives when every character of the sentence is in its table.
 */
export function wordRanges(sentence: string, segmenter: Segmenter): number[] {
  if (scannable(sentence)) {
    return scanWords(sentence);
  }
  if (UNSPACED_SCRIPT.test(sentence)) {
    return mixedWordRanges(sentence, segmenter);
  }
  return regexWordRanges(sentence);
}

/**
 * The words of a sentence with text in an unspaced script: ICU's dictionaries cut the runs of
 * those scripts, and the rest has the words `WORD` gives in any other sentence. ICU could cut
 * the rest too, but hosts ship different rules for it: Chromium's ICU splits "U.S", "e.g" and
 * "a:b" where Node's keeps them whole, so a Japanese article quoting "U.S." had other words
 * in the web extension than on the desktop.
 */
function mixedWordRanges(sentence: string, segmenter: Segmenter): number[] {
  const ranges: number[] = [];
  let from = 0;
  for (const run of sentence.matchAll(UNSPACED_RUN)) {
    pushRegexWords(sentence.slice(from, run.index), from, ranges);
    for (const part of segmenter.segment(run[0])) {
      if (part.isWordLike) {
        ranges.push(run.index + part.index, run.index + part.index + part.segment.length);
      }
    }
    from = run.index + run[0].length;
  }
  pushRegexWords(sentence.slice(from), from, ranges);
  return ranges;
}

function pushRegexWords(piece: string, offset: number, ranges: number[]): void {
  for (const match of piece.matchAll(WORD)) {
    ranges.push(offset + match.index, offset + match.index + match[0].length);
  }
}

/** The words `WORD` finds, by the regular expression itself: the reference for `scanWords`. */
export function regexWordRanges(sentence: string): number[] {
  const ranges: number[] = [];
  for (const match of sentence.matchAll(WORD)) {
    ranges.push(match.index, match.index + match[0].length);
  }
  return ranges;
}

/*
 * The character classes `WORD` tests, for the code units of Latin, Greek, Cyrillic and general
 * punctuation, read from the same Unicode properties the expression names, so the scanner
 * and the expression cannot disagree about a character. Other code units (other scripts,
 * surrogate halves) leave the sentence to the expression: a matchAll with look-behinds costs
 * several times a table scan, and news copy is nearly all in these ranges.
 */
const WORD_CHAR = 1; // \p{L}, \p{M} or \p{N}
const LETTER = 2; // \p{L}
const UPPER = 4; // \p{Lu}
const NUMBER = 8; // \p{N}
const OUTSIDE = 128;
const TABLE_SIZE = 0x2070;
const TABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 0x530],
  [0x2000, 0x2070],
];
let classTable: Uint8Array | undefined;

function classes(): Uint8Array {
  if (!classTable) {
    const table = new Uint8Array(TABLE_SIZE).fill(OUTSIDE);
    const [word, letter, upper, number] = [/[\p{L}\p{M}\p{N}]/u, /\p{L}/u, /\p{Lu}/u, /\p{N}/u];
    for (const [from, to] of TABLE_RANGES) {
      for (let code = from; code < to; code++) {
        const c = String.fromCharCode(code);
        table[code] = (word.test(c) ? WORD_CHAR : 0) | (letter.test(c) ? LETTER : 0) | (upper.test(c) ? UPPER : 0) | (number.test(c) ? NUMBER : 0);
      }
    }
    classTable = table;
  }
  return classTable;
}

function scannable(sentence: string): boolean {
  const table = classes();
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code >= TABLE_SIZE || table[code] === OUTSIDE) {
      return false;
    }
  }
  return true;
}

const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const WORD_JOINER = 0x2060;

/**
 * `WORD` by hand, for a sentence `scannable` accepts: the first alternative (a party-and-state
 * tag) where it matches, else the second (letters, marks and digits joined by an apostrophe,
 * an inner full stop, or a comma between digits). Both alternatives are greedy with nothing
 * after them, so the longest run each allows is the match, as in the expression.
 */
function scanWords(s: string): number[] {
  const table = classes();
  const n = s.length;
  const at = (i: number) => (i < n ? table[s.charCodeAt(i)]! : 0);
  const ranges: number[] = [];
  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    if ((table[code]! & WORD_CHAR) === 0) {
      i++;
      continue;
    }
    let j: number;
    if (
      (code === 0x44 || code === 0x52 || code === 0x49) &&
      i + 2 < n &&
      s.charCodeAt(i + 1) === HYPHEN &&
      at(i + 2) & UPPER &&
      (i === 0 || ((at(i - 1) & WORD_CHAR) === 0 && s.charCodeAt(i - 1) !== HYPHEN))
    ) {
      // [DRI]-\p{Lu}\p{L}*(?:\.\p{Lu}\p{L}*)*
      j = i + 3;
      while (at(j) & LETTER) j++;
      while (s.charCodeAt(j) === FULL_STOP && at(j + 1) & UPPER) {
        j += 2;
        while (at(j) & LETTER) j++;
      }
    } else {
      // [\p{L}\p{M}\p{N}]+(?:(?:['’]\u2060*|\.|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*
      j = i + 1;
      while (at(j) & WORD_CHAR) j++;
      for (;;) {
        const joiner = j < n ? s.charCodeAt(j) : -1;
        // After an apostrophe, the word joiners that pad a character reference (see maskMarkup's ENTITY_PAD).
        let next = j + 1;
        if (joiner === APOSTROPHE || joiner === RIGHT_SINGLE_QUOTE) while (s.charCodeAt(next) === WORD_JOINER) next++;
        const joins =
          joiner === APOSTROPHE || joiner === RIGHT_SINGLE_QUOTE || joiner === FULL_STOP
            ? (at(next) & WORD_CHAR) !== 0
            : joiner === COMMA && (at(j - 1) & NUMBER) !== 0 && (at(j + 1) & NUMBER) !== 0;
        if (!joins) break;
        j = next + 1;
        while (at(j) & WORD_CHAR) j++;
      }
    }
    ranges.push(i, j);
    i = j;
  }
  return ranges;
}
