import { STOPWORDS } from '../text/normalize';
import type { SegmentedText } from '../types';
import { joinsWords } from './terms';

/** Lower-case words that may sit between the capitalised words of one name. */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'on', 'de', 'del', 'la', 'le', 'al', 'el', 'von', 'van', 'der', 'du']);
/** At most this many connectors in a row ("Front for the Liberation of Palestine"). */
const MAX_CONNECTORS = 2;
/** Gap characters after which a capital says nothing: a line break, an opening quote, a colon, a bullet, a dash. */
const CLAUSE_START = /[\n“"‘«:•–—(]/;
const CAPITAL = /^\p{Lu}/u;
/** Words this long decide whether a line is written in title case ("Rebels Seize Town Near Capital"). */
const TITLE_WORD_LENGTH = 4;
const TITLE_SHARE = 0.9;
const TITLE_MIN_WORDS = 3;

/**
 * Tells whether a lower-case lexicon term, written with capitals in the article, is part of a
 * proper name rather than a label: "Rebel Wilson", "Liberation Tigers", "Attack on Titan",
 * "the Popular Front for the Liberation of Palestine", "the International Crisis Group". The
 * rule: every content word of the match is capitalised, the line is not in title case (a
 * headline capitalises every word), and a capitalised word is joined to the match, directly
 * or through a connector ("of", "the"). A capital at the start of a sentence, a line or a
 * quotation is not evidence of a name, so there only a directly following capitalised word
 * counts. One capitalised word on its own ("the Government") is not a name.
 */
export class NameGuard {
  private titleLines: Uint8Array | undefined;

  constructor(private readonly doc: SegmentedText) {}

  /** Whether words `[start, end)` are part of a name. */
  isInName(start: number, end: number): boolean {
    const words = this.doc.words;
    for (let k = start; k < end; k++) {
      if (!STOPWORDS.has(words[k]!.norm) && !CAPITAL.test(words[k]!.text)) {
        return false;
      }
    }
    if (this.inTitleLine(start)) {
      return false;
    }
    const opens = this.startsClause(start);
    return this.capitalisedNeighbour(end - 1, 1, opens ? 0 : MAX_CONNECTORS) || (!opens && this.capitalisedNeighbour(start, -1, MAX_CONNECTORS));
  }

  private capitalisedNeighbour(from: number, step: 1 | -1, connectors: number): boolean {
    const words = this.doc.words;
    const sentence = words[from]!.sentence;
    let previous = from;
    let used = 0;
    for (let k = from + step; k >= 0 && k < words.length; k += step) {
      const word = words[k]!;
      const [left, right] = step > 0 ? [words[previous]!, word] : [word, words[previous]!];
      if (word.sentence !== sentence || !joinsWords(this.doc.text, left.end, right.start)) {
        return false;
      }
      if (CAPITAL.test(word.text) && !(STOPWORDS.has(word.norm) && this.startsClause(k))) {
        return true;
      }
      if (!CONNECTORS.has(word.norm) || ++used > connectors) {
        return false;
      }
      previous = k;
    }
    return false;
  }

  /** Whether word `k` starts its sentence, a line or a quotation. */
  private startsClause(k: number): boolean {
    const words = this.doc.words;
    const word = words[k]!;
    if (this.doc.sentences[word.sentence]!.firstWord === k || k === 0) {
      return true;
    }
    return CLAUSE_START.test(this.doc.text.slice(words[k - 1]!.end, word.start));
  }

  /**
   * Whether word `k` is on a line written in title case. Lines are worked out only around
   * words that need it, and each line once: the cost stays within one pass over the words.
   */
  private inTitleLine(k: number): boolean {
    this.titleLines ??= new Uint8Array(this.doc.words.length);
    if (this.titleLines[k] === UNKNOWN) {
      markLine(this.doc, k, this.titleLines);
    }
    return this.titleLines[k] === TITLE;
  }
}

const UNKNOWN = 0;
const SENTENCE_CASE = 1;
const TITLE = 2;

/**
 * Marks the words of the line around word `k`: the run of words in one sentence with no line
 * break between them. It is in title case when at least three words of four letters or more
 * are nearly all capitalised (sentence case leaves its verbs in lower case: "Rebel Wilson
 * starred in Pitch Perfect").
 */
function markLine(doc: SegmentedText, k: number, marks: Uint8Array): void {
  const words = doc.words;
  const sameLine = (x: number, y: number) => words[x]!.sentence === words[y]!.sentence && !hasNewline(doc.text, words[x]!.end, words[y]!.start);
  let from = k;
  while (from > 0 && sameLine(from - 1, from)) from--;
  let to = k + 1;
  while (to < words.length && sameLine(to - 1, to)) to++;
  let long = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const text = words[i]!.text;
    if (text.length >= TITLE_WORD_LENGTH && /\p{L}/u.test(text)) {
      long++;
      if (CAPITAL.test(text)) capitalised++;
    }
  }
  marks.fill(long >= TITLE_MIN_WORDS && capitalised / long >= TITLE_SHARE ? TITLE : SENTENCE_CASE, from, to);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 10) return true;
  }
  return false;
}
