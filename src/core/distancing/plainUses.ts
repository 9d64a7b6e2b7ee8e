import type { Quote, SegmentedText, Span, TextSpan } from '../types';
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
    let rarest = 0;
    for (let k = 1; k < phrase.length; k++) {
      if ((this.positions.get(phrase[k]!)?.length ?? 0) < (this.positions.get(phrase[rarest]!)?.length ?? 0)) {
        rarest = k;
      }
    }
    let fallback: TextSpan | undefined;
    for (const p of this.positions.get(phrase[rarest]!) ?? []) {
      const start = p - rarest;
      if (!this.plainAt(start, phrase)) {
        continue;
      }
      const sentence = this.doc.words[start]!.sentence;
      if (preferred.has(sentence)) {
        return this.span(start, start + phrase.length - 1);
      }
      fallback ??= this.span(start, start + phrase.length - 1);
    }
    return fallback;
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
