import type { SegmentedText, TextSpan, Word } from '../types';
import { STOPWORDS } from '../text/normalize';
import type { MarkedQuote } from './marks';
import { ACCORDING_TO, isFiller, isParticiple, reportingVerbAt } from './verbs';

/** Who said a quote and with which verb, as spans of the article. */
export interface Attribution {
  readonly speaker?: TextSpan;
  readonly verb?: TextSpan;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'one', 'another']);
const CONNECTORS = new Set(['of', 'bin', 'al', 'de', 'del', 'van', 'von', 'da', 'ibn']);
/** Sentence openers that introduce a clause before the subject ("When asked, the spokesperson…"). */
const INTRODUCERS = new Set(
  'when after as while despite responding speaking in on at during asked earlier later however but and meanwhile also in yet so'.split(' ')
);
/** Titles in front of a name: "Foreign Minister Shah Mehmood Qureshi" is Shah Mehmood Qureshi. */
const TITLES = new Set(
  ('president prime minister secretary chief spokesperson spokesman spokeswoman ambassador general gen field ' +
    'marshal mr mrs ms dr sir king queen prince sheikh senator governor mayor chancellor deputy commander ' +
    'colonel captain admiral director chairman foreign defense defence interior finance envoy leader').split(' ')
);
const UPPER_START = /^\p{Lu}/u;
const BLANK = /^\s*$/;
const COMMA = /^\s*,\s*$/;
/** How far before a quote a reporting verb may stand and still introduce it. */
const MAX_WORDS_BEFORE = 40;
/** How many words a speaker-and-verb clause after a quote may take. */
const MAX_WORDS_AFTER = 10;

/**
 * Finds the speaker and reporting verb of quotes by the patterns news copy uses, on words
 * outside quotes only: after the quote (“…,” she said / “…,” said Mumtaz Zahra Baloch / “…,”
 * the spokesperson categorically stated / “…,” Baloch, the chief spokesperson, told reporters),
 * or before it in the same sentence (Baloch said: “…” / the minister told reporters that “…” /
 * called them “not accurate” / saying that those were his “personal remarks”).
 */
export class Attributor {
  private readonly words: readonly Word[];
  private readonly inQuote: Uint8Array;

  constructor(private readonly doc: SegmentedText, quotes: readonly MarkedQuote[]) {
    this.words = doc.words;
    this.inQuote = new Uint8Array(doc.words.length);
    for (const q of quotes) {
      for (let i = this.wordAt(q.open); i < this.words.length && this.words[i]!.start < q.end; i++) {
        this.inQuote[i] = 1;
      }
    }
  }

  /** Speaker and verb of one quote: the clause after it wins, else the words before it. */
  attribute(quote: MarkedQuote): Attribution {
    return (quote.closed && this.after(quote)) || this.before(quote) || {};
  }

  /** Index of the first word starting at or after `offset`. */
  wordAt(offset: number): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]!.start < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** “…,” she said · “…,” said Baloch · “…,” the spokesperson categorically stated. */
  private after(quote: MarkedQuote): Attribution | undefined {
    const k = this.wordAt(quote.end);
    const first = this.words[k];
    if (!first || this.inQuote[k]) {
      return undefined;
    }
    // The segmenter ends a sentence after “Why now?”, yet “Why now?” asked Vasquez is one.
    const asks = /[?!]$/.test(this.doc.text.slice(quote.contentStart, quote.contentEnd));
    const sentence = asks ? first.sentence : this.words[this.wordAt(quote.contentEnd) - 1]?.sentence;
    if (first.sentence !== sentence) {
      return undefined;
    }
    if (!/^[\s,;—–-]*$/.test(this.doc.text.slice(quote.end, first.start))) {
      return undefined;
    }
    const verbLength = reportingVerbAt(this.words, k, true);
    if (verbLength > 0) {
      const speaker = this.phraseAfter(k + verbLength);
      return { verb: this.span(k, k + verbLength - 1), speaker: speaker && this.quoting(speaker, speaker.end) };
    }
    // Speaker first: collect a noun phrase (with at most two appositive commas) up to the verb.
    const parts: number[][] = [[]];
    for (let i = k; i < this.words.length && i < k + MAX_WORDS_AFTER; i++) {
      const w = this.words[i]!;
      if (this.inQuote[i] || w.sentence !== sentence) {
        return undefined;
      }
      if (i > k) {
        const gap = this.doc.text.slice(this.words[i - 1]!.end, w.start);
        if (COMMA.test(gap) && parts.length < 3) {
          parts.push([]);
        } else if (!BLANK.test(gap)) {
          return undefined;
        }
      }
      const current = parts[parts.length - 1]!;
      const length = i > k ? reportingVerbAt(this.words, i, true) : 0;
      if (length > 0 && !isParticiple(w)) {
        const fillers = current.length > 0 ? trailingFillers(this.words, current) : 0;
        current.splice(current.length - fillers, fillers);
        const speaker = this.pickSpeaker(parts.filter((p) => p.length > 0));
        const verb = this.span(i, i + length - 1);
        return speaker ? { speaker: this.quoting(speaker, verb.end), verb } : undefined;
      }
      if (parts.length === 1 && current.length === 0 && PRONOUNS.has(w.norm)) {
        current.push(i);
        continue;
      }
      if (isStop(w) && !DETERMINERS.has(w.norm) && !CONNECTORS.has(w.norm) && !isFiller(w)) {
        return undefined;
      }
      current.push(i);
    }
    return undefined;
  }

  /** Baloch said: “…” · told reporters that “…” · called them “not accurate”. */
  private before(quote: MarkedQuote): Attribution | undefined {
    let end = this.wordAt(quote.open);
    const sentence = this.sentenceOf(quote.open);
    let start = this.doc.sentences[sentence]!.firstWord;
    if (end <= start) {
      // A quote that opens its paragraph may be introduced by a line ending in a colon.
      const own = this.doc.paragraphs[quote.paragraph]!;
      const previous = this.doc.paragraphs[quote.paragraph - 1];
      if (!previous || own.start !== quote.open || !/:\s*$/.test(this.doc.text.slice(previous.start, quote.open))) {
        return undefined;
      }
      const last = this.doc.sentences[previous.firstSentence + previous.sentenceCount - 1]!;
      start = last.firstWord;
      end = last.firstWord + last.wordCount;
    }
    for (let v = end - 1; v >= start && v >= end - MAX_WORDS_BEFORE; v--) {
      if (this.inQuote[v]) {
        continue;
      }
      const length = reportingVerbAt(this.words, v, false);
      if (length === 0 || v + length > end) {
        continue;
      }
      const verb = this.span(v, v + length - 1);
      if (this.words.slice(v, v + length).map((w) => w.norm).join(' ') === ACCORDING_TO) {
        const source = this.phraseAfter(v + length);
        return { verb, speaker: source };
      }
      const speaker = isParticiple(this.words[v]!) ? this.subject(start, v) : this.phraseBefore(v, start) ?? this.subject(start, v);
      return { verb, speaker };
    }
    return undefined;
  }

  /** The noun phrase right after a verb: "said Mumtaz Zahra Baloch", "added the spokesperson". */
  private phraseAfter(i: number): TextSpan | undefined {
    const w = this.words[i];
    if (!w || this.inQuote[i] || !BLANK.test(this.doc.text.slice(this.words[i - 1]!.end, w.start))) {
      return undefined;
    }
    if (PRONOUNS.has(w.norm)) {
      return this.span(i, i);
    }
    let j = i;
    const take = (ok: (x: Word) => boolean) => {
      while (j + 1 < this.words.length && j - i < 6 && ok(this.words[j + 1]!) && this.joined(j, j + 1)) {
        j++;
      }
    };
    if (DETERMINERS.has(w.norm)) {
      take((x) => !isStop(x) && reportingVerbAt(this.words, x.index, true) === 0);
      return j > i ? this.span(i, j) : undefined;
    }
    if (UPPER_START.test(w.text)) {
      take((x) => UPPER_START.test(x.text) || CONNECTORS.has(x.norm));
      while (CONNECTORS.has(this.words[j]!.norm)) {
        j--;
      }
      return this.span(i, j);
    }
    return undefined;
  }

  /** The noun phrase ending right before a verb: "Baloch", "the spokesperson", "US officials". */
  private phraseBefore(v: number, start: number): TextSpan | undefined {
    let j = v - 1;
    while (j >= start && isFiller(this.words[j]!) && this.joined(j, j + 1)) {
      j--;
    }
    if (j < start || !this.joined(j, j + 1) || this.inQuote[j]) {
      return undefined;
    }
    if (PRONOUNS.has(this.words[j]!.norm)) {
      return this.span(j, j);
    }
    const phrase: number[] = [];
    for (let i = j; i >= start && phrase.length < 6 && !this.inQuote[i]; i--) {
      const w = this.words[i]!;
      if (i < j && !this.joined(i, i + 1)) {
        break;
      }
      if (DETERMINERS.has(w.norm)) {
        phrase.unshift(i);
        break;
      }
      if ((isStop(w) && !CONNECTORS.has(w.norm)) || reportingVerbAt(this.words, i, false) > 0) {
        break;
      }
      phrase.unshift(i);
    }
    return phrase.length > 0 ? this.pickSpeaker([phrase]) : undefined;
  }

  /** The subject of the sentence, after an introductory clause: "When asked, the spokesperson…". */
  private subject(start: number, verb: number): TextSpan | undefined {
    let i = start;
    if (INTRODUCERS.has(this.words[i]!.norm)) {
      for (let k = i; k < verb - 1 && k < i + 12; k++) {
        if (COMMA.test(this.doc.text.slice(this.words[k]!.end, this.words[k + 1]!.start))) {
          i = k + 1;
          break;
        }
      }
      if (i === start && (this.words[i]!.norm === 'but' || this.words[i]!.norm === 'and')) {
        i++;
      }
    }
    if (i >= verb || this.inQuote[i]) {
      return undefined;
    }
    const w = this.words[i]!;
    if (PRONOUNS.has(w.norm)) {
      return this.span(i, i);
    }
    if (!DETERMINERS.has(w.norm) && !UPPER_START.test(w.text)) {
      return undefined;
    }
    let j = i;
    while (
      j + 1 < verb &&
      j - i < 5 &&
      this.joined(j, j + 1) &&
      !isStop(this.words[j + 1]!) &&
      reportingVerbAt(this.words, j + 1, false) === 0 &&
      (UPPER_START.test(this.words[j + 1]!.text) || /['’]s$/.test(this.words[j]!.text) || DETERMINERS.has(this.words[i]!.norm)) &&
      !/ed$/.test(this.words[j + 1]!.norm)
    ) {
      j++;
    }
    return j > i || !DETERMINERS.has(w.norm) ? this.span(i, j) : undefined;
  }

  /**
   * Picks the speaker among appositive parts: a name wins over a description ("Baloch, the
   * chief spokesperson"), and a description ending in a name is the name ("foreign office
   * spokesperson Mumtaz Zahra Baloch"); "the spokesperson" and "US officials" stay whole.
   */
  private pickSpeaker(parts: readonly number[][]): TextSpan | undefined {
    const named = parts.map((p) => this.trailingName(p)).find((n) => n !== undefined);
    if (named) {
      return named;
    }
    const part = parts[0];
    return part && part.length > 0 ? this.span(part[0]!, part[part.length - 1]!) : undefined;
  }

  private trailingName(part: readonly number[]): TextSpan | undefined {
    if (part.length === 0 || DETERMINERS.has(this.words[part[0]!]!.norm)) {
      return undefined;
    }
    let k = part.length - 1;
    if (!UPPER_START.test(this.words[part[k]!]!.text)) {
      return undefined;
    }
    const inName = (w: Word) => (UPPER_START.test(w.text) || CONNECTORS.has(w.norm)) && !TITLES.has(w.norm);
    while (k > 0 && inName(this.words[part[k - 1]!]!)) {
      k--;
    }
    return this.span(part[k]!, part[part.length - 1]!);
  }

  /** “…,” Qureshi told him, quoting Lavrov: the words are Lavrov's. */
  private quoting(speaker: TextSpan, after: number): TextSpan {
    const from = this.wordAt(after);
    const sentence = this.words[from - 1]?.sentence;
    for (let i = from; i < this.words.length && i < from + 4 && this.words[i]!.sentence === sentence; i++) {
      if (this.words[i]!.norm === 'quoting' && /,\s*$/.test(this.doc.text.slice(this.words[i - 1]!.end, this.words[i]!.start))) {
        return this.phraseAfter(i + 1) ?? speaker;
      }
    }
    return speaker;
  }

  private sentenceOf(offset: number): number {
    const sentences = this.doc.sentences;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private joined(i: number, j: number): boolean {
    const a = this.words[i];
    const b = this.words[j];
    return !!a && !!b && a.sentence === b.sentence && BLANK.test(this.doc.text.slice(a.end, b.start));
  }

  private span(first: number, last: number): TextSpan {
    const start = this.words[first]!.start;
    const end = this.words[last]!.end;
    return { text: this.doc.text.slice(start, end), start, end };
  }
}

/** A function word, unless written in capitals: "US officials" is not the pronoun "us". */
function isStop(word: Word): boolean {
  return STOPWORDS.has(word.norm) && !(word.text.length > 1 && /^[\p{Lu}.]+$/u.test(word.text));
}

/** How many of the phrase's last words are adverbs or auxiliaries ("the spokesperson categorically"). */
function trailingFillers(words: readonly Word[], part: readonly number[]): number {
  let n = 0;
  while (n < part.length - 1 && isFiller(words[part[part.length - 1 - n]!]!)) {
    n++;
  }
  return n;
}
