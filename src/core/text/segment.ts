import type { Paragraph, SegmentedText, Sentence, Word } from '../types';
import { continuesAfter } from './abbreviations';
import { normalizeWord } from './normalize';

/**
 * Cuts an article into paragraphs, sentences and words with exact UTF-16 offsets.
 *
 * Sentence and word boundaries come from `Intl.Segmenter` (ICU), which knows Unicode,
 * non-Latin scripts and emoji; we only add what ICU does not know about news prose:
 * hard-wrapped lines, and abbreviations such as "Sen.", "U.S. v." or "Paul D. Ryan" that ICU
 * takes for the end of a sentence (see `abbreviations.ts`).
 */
export function segment(text: string, locale = 'en'): SegmentedText {
  const sentenceSegmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const wordSegmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const words: Word[] = [];

  for (const block of paragraphBlocks(text)) {
    const paragraphIndex = paragraphs.length;
    const firstSentence = sentences.length;
    for (const [start, end] of sentenceRanges(text, block.start, block.end, sentenceSegmenter)) {
      const sentenceIndex = sentences.length;
      const firstWord = words.length;
      const sentenceText = text.slice(start, end);
      for (const [offset, token] of wordTokens(sentenceText, wordSegmenter)) {
        const wordStart = start + offset;
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
  segmenter: Intl.Segmenter
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [pieceStart, pieceEnd] of segmenterPieces(text, from, to)) {
    sentenceRangesOfPiece(text, pieceStart, pieceEnd, segmenter, ranges);
  }
  return ranges;
}

function sentenceRangesOfPiece(
  text: string,
  from: number,
  to: number,
  segmenter: Intl.Segmenter,
  ranges: Array<[number, number]>
): void {
  // Line breaks inside a hard-wrapped paragraph are not sentence ends; spaces keep offsets.
  const slice = text.slice(from, to).replace(/[\r\n]/g, ' ');
  // Whether the last range ends in a full stop ICU broke after, and the text it broke after.
  let pending = false;
  let pendingBody = '';
  for (const part of segmenter.segment(slice)) {
    const raw = part.segment;
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) {
      continue;
    }
    const start = from + part.index + lead;
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

/** Scripts written without spaces between words need ICU's dictionaries to find words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Word-like tokens as ICU would give them (apostrophes and inner full stops kept, "Kyiv's",
 * "U.S"; hyphens split), by a regular expression that is several times faster than ICU for
 * spaced scripts. Numbers keep their thousands separators ("1,000"). A party-and-state tag
 * ("R-Texas", "D-N.Y") is one word: split, its "R" or "D" reads as a stray initial and breaks
 * the name it follows ("Sen. Ana Ruiz (R-Texas) said").
 */
const WORD =
  /(?<![\p{L}\p{M}\p{N}-])[DRI]-\p{Lu}\p{L}*(?:\.\p{Lu}\p{L}*)*|[\p{L}\p{M}\p{N}]+(?:(?:['’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

function* wordTokens(sentence: string, segmenter: Intl.Segmenter): Generator<[number, string]> {
  if (UNSPACED_SCRIPT.test(sentence)) {
    for (const part of segmenter.segment(sentence)) {
      if (part.isWordLike) {
        yield [part.index, part.segment];
      }
    }
    return;
  }
  for (const match of sentence.matchAll(WORD)) {
    yield [match.index, match[0]];
  }
}
