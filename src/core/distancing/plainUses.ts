import type { Quote, SegmentedText, Span, TextSpan } from '../types';
import { lowerBound } from '../text/lowerBound';
import { stem } from '../text/normalize';
import { wordAt, wordsIn } from './words';

/** Only spaces or a hyphen between two words of one phrase. */
const PHRASE_GAP = /^[\s\-‐‑]+$/;

/**
 * Where an article uses words plainly: outside every quotation and every distancing marker of
 * its own. Built once per article (an index from word stem to positions), so that looking up a
 * phrase costs the occurrences of its rarest word, not a scan of the article.
 */
export class PlainUses {
  private readonly positions = new Map<string, number[]>();
  private readonly blocked: Uint8Array;
  private readonly stems: string[];
  private readonly firstAnywhere = new Map<string, number>();

  constructor(private readonly doc: SegmentedText, quotes: readonly Quote[], markers: readonly Span[]) {
    this.blocked = new Uint8Array(doc.words.length);
    for (const span of [...quotes.map((q) => q.quote), ...markers]) {
      for (let i = wordAt(doc, span.start); i < doc.words.length && doc.words[i]!.start < span.end; i++) {
        this.blocked[i] = 1;
      }
    }
    this.stems = doc.words.map((w) => stem(w.norm));
    this.stems.forEach((s, i) => {
      const list = this.positions.get(s);
      if (list) {
        list.push(i);
      } else {
        this.positions.set(s, [i]);
      }
    });
  }

  /**
   * The first plain use of `phrase` (stems of its words, in order) inside one of `preferred`
   * sentences, else the first plain use anywhere, else undefined.
   */
  find(phrase: readonly string[], preferred: ReadonlySet<number>): TextSpan | undefined {
    if (phrase.length === 0) {
      return undefined;
    }
    const rarest = this.rarest(phrase);
    const positions = this.positions.get(phrase[rarest]!) ?? [];
    for (const s of [...preferred].sort((x, y) => x - y)) {
      const sentence = this.doc.sentences[s];
      if (sentence) {
        const at = this.firstIn(phrase, rarest, positions, sentence.firstWord, sentence.firstWord + sentence.wordCount);
        if (at >= 0) {
          return this.span(at, at + phrase.length - 1);
        }
      }
    }
    // Many markers of one article often share a phrase: look each phrase up once.
    const key = phrase.join(' ');
    let first = this.firstAnywhere.get(key);
    if (first === undefined) {
      first = this.firstIn(phrase, rarest, positions, 0, this.doc.words.length);
      this.firstAnywhere.set(key, first);
    }
    return first >= 0 ? this.span(first, first + phrase.length - 1) : undefined;
  }

  /** The phrase word with the fewest occurrences: the cheapest to look up. */
  private rarest(phrase: readonly string[]): number {
    let rarest = 0;
    for (let k = 1; k < phrase.length; k++) {
      if ((this.positions.get(phrase[k]!)?.length ?? 0) < (this.positions.get(phrase[rarest]!)?.length ?? 0)) {
        rarest = k;
      }
    }
    return rarest;
  }

  /** First word index in `[from, to)` where a plain use of the phrase starts, or -1. */
  private firstIn(phrase: readonly string[], rarest: number, positions: readonly number[], from: number, to: number): number {
    for (let k = lowerBound(positions, (p) => p < from + rarest); k < positions.length && positions[k]! - rarest + phrase.length <= to; k++) {
      const start = positions[k]! - rarest;
      if (this.plainAt(start, phrase)) {
        return start;
      }
    }
    return -1;
  }

  private plainAt(start: number, phrase: readonly string[]): boolean {
    const words = this.doc.words;
    if (start < 0 || start + phrase.length > words.length) {
      return false;
    }
    for (let k = 0; k < phrase.length; k++) {
      const i = start + k;
      if (this.stems[i] !== phrase[k] || this.blocked[i]) {
        return false;
      }
      if (k > 0 && (words[i]!.sentence !== words[start]!.sentence || !PHRASE_GAP.test(this.doc.text.slice(words[i - 1]!.end, words[i]!.start)))) {
        return false;
      }
    }
    return true;
  }

  private span(from: number, to: number): TextSpan {
    const start = this.doc.words[from]!.start;
    const end = this.doc.words[to]!.end;
    return { text: this.doc.text.slice(start, end), start, end };
  }
}

/** The stems of a phrase's words, as `PlainUses.find` takes them. */
export function phraseStems(doc: SegmentedText, phrase: Span): string[] {
  return wordsIn(doc, phrase.start, phrase.end).map((w) => stem(w.norm));
}
