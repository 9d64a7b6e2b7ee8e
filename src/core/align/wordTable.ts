import type { SegmentedText } from '../types';
import { isCapitalised, STOPWORDS } from '../text/normalize';
import { hedgesNumber, mayHedgeNumber, mayStartNumber, readNumber } from './numbers';

/** Marks a word that may start a figure: read it with `readNumber`. */
const FIGURE_START = -2;

const WORD = 0;
const FIGURE = 1;
const HEDGE = 2;

const CAPITALISED_INSIDE = 1;
const LOWER = 2;
/** Capitalised as the first word of a sentence: says nothing about being a name. */
const CAPITALISED_AT_START = 4;
/** Not a letter: a digit, a sign. */
const NEITHER = 8;

/**
 * The distinct words (by `norm`) and figures (by key, see `readNumber`) of two articles, with
 * how each side writes every word's first letter. It is filled in one pass over the words, one
 * map lookup each, and answers everything later steps ask per distinct word — which words are
 * names, what each one's feature is — so that no step walks the words again.
 */
export class WordTable {
  private readonly byNorm = new Map<string, number>();
  /** A word's `norm`, or a figure's key. */
  readonly entries: string[] = [];
  private readonly kinds: number[] = [];
  private readonly cases: [number[], number[]] = [[], []];
  /** Occurrences of each word in both articles. */
  private readonly counts: number[] = [];
  /** Per word, over its occurrences inside multi-word names of `n` words, the sum of `1 - 1/n`. */
  private readonly runDiscounts: number[] = [];

  get size(): number {
    return this.entries.length;
  }

  isFigure(entry: number): boolean {
    return this.kinds[entry] === FIGURE;
  }

  /**
   * The word entries of every sentence of one article (side 0 for A, 1 for B), in reading
   * order, repeats and stop words included; figures as one entry each, hedge words before a
   * figure left out.
   */
  collect(doc: SegmentedText, side: 0 | 1): { entries: Int32Array; offsets: Int32Array } {
    const offsets = new Int32Array(doc.sentences.length + 1);
    const entries = new Int32Array(doc.words.length);
    const cases = this.cases[side];
    const run: number[] = [];
    let length = 0;
    for (const sentence of doc.sentences) {
      const end = sentence.firstWord + sentence.wordCount;
      for (let w = sentence.firstWord; w < end; w++) {
        const word = doc.words[w]!;
        const entry = this.entryOf(word.norm);
        const bit = entry >= 0 ? caseBit(word.text, w > sentence.firstWord) : LOWER;
        // A capitalised word, at the start of a sentence or inside it.
        const capitalised = bit !== LOWER && bit !== NEITHER && this.kinds[entry] === WORD && !STOPWORDS.has(word.norm);
        if (run.length > 0 && !(capitalised && onlySpaces(doc.text, doc.words[w - 1]!.end, word.start))) {
          this.closeRun(run);
        }
        if (capitalised) {
          run.push(entry);
        }
        if (entry === FIGURE_START) {
          // Only a lone "one" starts no figure, and it is a stop word.
          const figure = readNumber(doc, w, end);
          if (figure) {
            entries[length++] = this.intern(figure.key, FIGURE);
            w = figure.next - 1;
          }
          continue;
        }
        if (this.kinds[entry] === HEDGE && hedgesNumber(doc, w, end)) {
          continue;
        }
        const seen = cases[entry]!;
        if ((bit === LOWER || bit === CAPITALISED_INSIDE) && (seen & bit) !== bit) {
          cases[entry] = seen | bit;
        }
        this.counts[entry]!++;
        entries[length++] = entry;
      }
      this.closeRun(run);
      offsets[sentence.index + 1] = length;
    }
    return { entries: entries.subarray(0, length), offsets };
  }

  /**
   * How much each occurrence of word `entry` counts as a name of its own, on average: 1 for a
   * name written alone ("Ortiz"), 1/3 inside a three-word name ("Pacific Crest Energy"). A
   * multi-word name is one referent, so its words together should weigh about one name.
   */
  nameShare(entry: number): number {
    const count = this.counts[entry]!;
    return count > 0 ? 1 - this.runDiscounts[entry]! / count : 1;
  }

  /** Occurrences of word `entry` in both articles. */
  count(entry: number): number {
    return this.counts[entry]!;
  }

  private closeRun(run: number[]): void {
    if (run.length > 1) {
      const discount = 1 - 1 / run.length;
      for (const entry of run) {
        this.runDiscounts[entry]! += discount;
      }
    }
    run.length = 0;
  }

  /**
   * The words one article uses as names: written with a capital inside a sentence at least
   * once and never in lower case, so that "Despite" at a sentence start, or "Court" beside
   * "court", is not a name.
   */
  names(side: 0 | 1): Set<string> {
    const cases = this.cases[side];
    const names = new Set<string>();
    for (let entry = 0; entry < this.entries.length; entry++) {
      if (cases[entry] === CAPITALISED_INSIDE) {
        names.add(this.entries[entry]!);
      }
    }
    return names;
  }

  private entryOf(norm: string): number {
    const cached = this.byNorm.get(norm);
    if (cached !== undefined) {
      return cached;
    }
    if (mayStartNumber(norm)) {
      this.byNorm.set(norm, FIGURE_START);
      return FIGURE_START;
    }
    return this.intern(norm, mayHedgeNumber(norm) ? HEDGE : WORD);
  }

  private intern(text: string, kind: number): number {
    let entry = this.byNorm.get(text);
    if (entry === undefined) {
      entry = this.entries.length;
      this.byNorm.set(text, entry);
      this.entries.push(text);
      this.kinds.push(kind);
      this.counts.push(0);
      this.runDiscounts.push(0);
      this.cases[0].push(0);
      this.cases[1].push(0);
    }
    return entry;
  }
}

/** How a word's first letter is written (see the bits above). */
function caseBit(text: string, inside: boolean): number {
  const first = text.charCodeAt(0);
  if (first >= 97 && first <= 122) {
    return LOWER;
  }
  if (first >= 65 && first <= 90) {
    return inside ? CAPITALISED_INSIDE : CAPITALISED_AT_START;
  }
  if (first < 128) {
    return NEITHER;
  }
  return !isCapitalised(text) ? LOWER : inside ? CAPITALISED_INSIDE : CAPITALISED_AT_START;
}

/** Whether `text[from … to - 1]` is one or more spaces, as between the words of a name. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) {
    return false;
  }
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) !== 32) {
      return false;
    }
  }
  return true;
}
