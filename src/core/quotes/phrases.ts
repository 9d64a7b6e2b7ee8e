import type { SegmentedText, TextSpan, Word } from '../types';
import { isAbbreviation } from '../text/abbreviations';
import { lastIndexWhere, lowerBound } from '../text/lowerBound';
import { STOPWORDS } from '../text/normalize';
import type { MarkedQuote } from './marks';
import { isFiller, reportingVerbAt } from './verbs';

/** Words of speaker phrases, shared with the attributor that finds the verbs around them. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
export const DETERMINERS = new Set(
  'the a an this that these those his her their its our one another some many several most both'.split(' ')
);
export const CONNECTORS = new Set(['of', 'bin', 'al', 'de', 'del', 'van', 'von', 'da', 'ibn']);
/** Sentence openers that introduce a clause before the subject ("When asked, the spokesperson…"). */
const INTRODUCERS = new Set(
  ('when after as while despite responding speaking in on at during asked earlier later however but and meanwhile ' +
    'also yet so according for since before until with without from by under amid instead still now today').split(' ')
);
const UPPER_START = /^\p{Lu}/u;
export const BLANK = /^\s*$/;
export const COMMA = /^\s*,\s*$/;
/** The full stop of an abbreviation inside a phrase: "Sen. Ana Ruiz", "U.S. officials". */
export const ABBREVIATION_GAP = /^\.\s+$/;
/** A short aside in brackets after a name: "Sen. Ana Ruiz (R-Texas) said". */
const MAX_PARENTHETICAL = 40;
/**
 * A dateline opening a story: "KYIV, Ukraine —", "LONDON (Reuters) -", "ISLAMABAD:". Its
 * capitals are a place, never the subject of the sentence that follows.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,[\p{L}\p{M}\p{N}.'’ ]{1,40}?)?\s*(?:\([^()]{1,40}\))?\s*(?:[—–-]{1,2}\s|:\s)/u;

/**
 * Reads the noun phrases that name speakers around quotes, on words outside quotes only:
 * pronouns, phrases opened by a determiner ("the spokesperson"), and names with the titles
 * and abbreviations the text writes before them ("Sen. Ana Ruiz", "U.S. District Judge Maria
 * Lopez"), stepping over bracketed tags ("(R-Texas)") and datelines ("KYIV, Ukraine —").
 */
export class PhraseReader {
  protected readonly words: readonly Word[];
  protected readonly inQuote: Uint8Array;

  constructor(protected readonly doc: SegmentedText, quotes: readonly MarkedQuote[]) {
    this.words = doc.words;
    this.inQuote = new Uint8Array(doc.words.length);
    for (const q of quotes) {
      for (let i = this.wordAt(q.open); i < this.words.length && this.words[i]!.start < q.end; i++) {
        this.inQuote[i] = 1;
      }
    }
  }

  /** Index of the first word starting at or after `offset`. */
  wordAt(offset: number): number {
    return lowerBound(this.words, (word) => word.start < offset);
  }

  /** Index of the sentence containing `offset` (the last one starting at or before it, else 0). */
  protected sentenceOf(offset: number): number {
    return Math.max(0, lastIndexWhere(this.doc.sentences, (sentence) => sentence.start <= offset));
  }

  /** Whether two words are next to each other in one phrase: only spaces, or an abbreviation's stop, between them. */
  protected joined(i: number, j: number): boolean {
    const a = this.words[i];
    const b = this.words[j];
    if (!a || !b || a.sentence !== b.sentence) {
      return false;
    }
    const gap = this.doc.text.slice(a.end, b.start);
    return BLANK.test(gap) || (ABBREVIATION_GAP.test(gap) && isAbbreviation(a.text));
  }

  protected span(first: number, last: number): TextSpan {
    const start = this.words[first]!.start;
    const end = this.words[last]!.end;
    return { text: this.doc.text.slice(start, end), start, end };
  }

  /** The noun phrase right after a verb: "said Mumtaz Zahra Baloch", "added the spokesperson". */
  protected phraseAfter(i: number, bare = false): TextSpan | undefined {
    const w = this.words[i];
    if (!w || this.inQuote[i] || !BLANK.test(this.doc.text.slice(this.words[i - 1]!.end, w.start))) {
      return undefined;
    }
    return this.nounPhraseAt(i, bare);
  }

  /**
   * A pronoun, a phrase opened by a determiner, or a capitalised name with its title ("Sen.
   * Ana Ruiz", "Pakistan’s foreign minister"); with `bare`, also a plain noun phrase, as in
   * "according to police" or "according to court records".
   */
  protected nounPhraseAt(i: number, bare = false): TextSpan | undefined {
    const w = this.words[i];
    if (!w || this.inQuote[i]) {
      return undefined;
    }
    if (PRONOUNS.has(w.norm)) {
      return this.span(i, i);
    }
    let j = i;
    const take = (ok: (x: Word) => boolean, limit = 6) => {
      while (j + 1 < this.words.length && j - i < limit && ok(this.words[j + 1]!) && this.joined(j, j + 1) && !this.inQuote[j + 1]) {
        j++;
      }
    };
    const noun = (x: Word) => !isStop(x) && reportingVerbAt(this.words, x.index, true) === 0;
    if (DETERMINERS.has(w.norm)) {
      take(noun);
      return j > i ? this.span(i, j) : undefined;
    }
    if (UPPER_START.test(w.text) && !isStop(w)) {
      take((x) => UPPER_START.test(x.text) || CONNECTORS.has(x.norm));
      while (CONNECTORS.has(this.words[j]!.norm)) {
        j--;
      }
      if (/['’]s$/.test(this.words[j]!.text)) {
        // "said Pakistan’s foreign minister": the possessive names whose, the nouns name who.
        const owner = j;
        take(noun, j - i + 3);
        return j > owner ? this.span(i, j) : undefined;
      }
      return this.span(i, j);
    }
    if (bare && noun(w) && /^\p{Ll}/u.test(w.text)) {
      take(noun, 2);
      return this.span(i, j);
    }
    return undefined;
  }

  /** The noun phrase ending right before a verb: "Baloch", "the spokesperson", "US officials". */
  protected phraseBefore(v: number, start: number): TextSpan | undefined {
    let j = v - 1;
    // "Sen. Ana Ruiz (R-Texas) said": step over the bracketed tag to the name.
    const aside = j >= start && /^\)\s+$/.test(this.doc.text.slice(this.words[j]!.end, this.words[v]!.start)) ? this.parentheticalBefore(j) : -1;
    if (aside >= 0) {
      j = aside;
    } else {
      while (j >= start && isFiller(this.words[j]!) && this.joined(j, j + 1)) {
        j--;
      }
      if (j < start || !this.joined(j, j + 1)) {
        return undefined;
      }
    }
    if (j < start || this.inQuote[j]) {
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
  protected subject(start: number, verb: number): TextSpan | undefined {
    let i = start;
    const opener = this.words[i]!;
    if (INTRODUCERS.has(opener.norm) || (isStop(opener) && !DETERMINERS.has(opener.norm) && !PRONOUNS.has(opener.norm))) {
      // "For years, the company…", "In a statement, the ministry…": the subject follows the comma.
      for (let k = i; k < verb - 1 && k < i + 12; k++) {
        if (COMMA.test(this.doc.text.slice(this.words[k]!.end, this.words[k + 1]!.start))) {
          i = k + 1;
          break;
        }
      }
      if (i === start && (opener.norm === 'but' || opener.norm === 'and')) {
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
    // "Rejecting the report, …": a capitalised verb is not a name.
    if ((!DETERMINERS.has(w.norm) && !UPPER_START.test(w.text)) || reportingVerbAt(this.words, i, false) > 0) {
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

  /** The first word of a sentence after its dateline, if it opens with one ("KYIV, Ukraine —"). */
  protected afterDateline(sentence: number): number {
    const s = this.doc.sentences[sentence]!;
    const dateline = DATELINE.exec(s.text.slice(0, 80));
    return dateline ? this.wordAt(s.start + dateline[0].length) : s.firstWord;
  }

  /**
   * The last word inside a short bracketed aside whose first word is `i` ("(R-Texas)"), or -1
   * when the brackets do not close soon or hold a quote.
   */
  protected parentheticalFrom(i: number): number {
    const text = this.doc.text;
    const close = text.indexOf(')', this.words[i]!.start);
    if (close < 0 || close - this.words[i]!.start > MAX_PARENTHETICAL || /[(“”"]/.test(text.slice(this.words[i]!.start, close))) {
      return -1;
    }
    let last = i;
    while (last + 1 < this.words.length && this.words[last + 1]!.end <= close && !this.inQuote[last + 1]) {
      last++;
    }
    return last + 1 < this.words.length && this.words[last + 1]!.sentence === this.words[i]!.sentence ? last : -1;
  }

  /** The word before a short bracketed aside whose last word is `j`, or -1. */
  protected parentheticalBefore(j: number): number {
    const text = this.doc.text;
    const open = text.lastIndexOf('(', this.words[j]!.start);
    if (open < 0 || this.words[j]!.end - open > MAX_PARENTHETICAL || /[)“”"]/.test(text.slice(open, this.words[j]!.end))) {
      return -1;
    }
    let first = j;
    while (first > 0 && this.words[first - 1]!.start > open) {
      first--;
    }
    const before = first - 1;
    const w = this.words[before];
    return w && w.sentence === this.words[j]!.sentence && BLANK.test(text.slice(w.end, open)) ? before : -1;
  }

  /**
   * Picks the speaker among appositive parts: a name wins over a description ("Baloch, the
   * chief spokesperson"), and a description ending in a name is the name ("foreign office
   * spokesperson Mumtaz Zahra Baloch"); "the spokesperson" and "US officials" stay whole.
   */
  protected pickSpeaker(parts: readonly number[][]): TextSpan | undefined {
    const named = parts.map((p) => this.trailingName(p)).find((n) => n !== undefined);
    if (named) {
      return named;
    }
    const part = parts[0];
    return part && part.length > 0 ? this.span(part[0]!, part[part.length - 1]!) : undefined;
  }

  /**
   * The name at the end of a phrase with the capitalised title the text gives it ("Gov. Ana
   * Silva", "Foreign Minister Shah Qureshi"); a lower-case description before it is left out
   * ("harbour master Tomas Reyl" is Tomas Reyl), and so is an owner ("Pakistan’s Foreign
   * Minister Shah Qureshi" is Foreign Minister Shah Qureshi).
   */
  protected trailingName(part: readonly number[]): TextSpan | undefined {
    if (part.length === 0 || DETERMINERS.has(this.words[part[0]!]!.norm)) {
      return undefined;
    }
    let k = part.length - 1;
    if (!UPPER_START.test(this.words[part[k]!]!.text)) {
      return undefined;
    }
    const inName = (w: Word) =>
      (UPPER_START.test(w.text) || CONNECTORS.has(w.norm)) && !/['’]s$/.test(w.text) && !isFiller(w) && !INTRODUCERS.has(w.norm);
    while (k > 0 && inName(this.words[part[k - 1]!]!)) {
      k--;
    }
    while (k < part.length - 1 && CONNECTORS.has(this.words[part[k]!]!.norm)) {
      k++;
    }
    return this.span(part[k]!, part[part.length - 1]!);
  }
}

/** A function word, unless written in capitals: "US officials" is not the pronoun "us". */
export function isStop(word: Word): boolean {
  return STOPWORDS.has(word.norm) && !(word.text.length > 1 && /^[\p{Lu}.]+$/u.test(word.text));
}
