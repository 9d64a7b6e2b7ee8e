import type { SegmentedText, TextSpan, Word } from '../types';
import { isAbbreviation } from '../text/abbreviations';
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
  ('when after as while despite responding speaking in on at during asked earlier later however but and meanwhile ' +
    'also yet so according for since before until with without from by under amid instead still now today').split(' ')
);
const UPPER_START = /^\p{Lu}/u;
const BLANK = /^\s*$/;
const COMMA = /^\s*,\s*$/;
/** The full stop of an abbreviation inside a phrase: "Sen. Ana Ruiz", "U.S. officials". */
const ABBREVIATION_GAP = /^\.\s+$/;
/** A short aside in brackets after a name: "Sen. Ana Ruiz (R-Texas) said". */
const MAX_PARENTHETICAL = 40;
/**
 * A dateline opening a story: "KYIV, Ukraine —", "LONDON (Reuters) -", "ISLAMABAD:". Its
 * capitals are a place, never the subject of the sentence that follows.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,[\p{L}\p{M}\p{N}.'’ ]{1,40}?)?\s*(?:\([^()]{1,40}\))?\s*(?:[—–-]{1,2}\s|:\s)/u;
/** How far before a quote a reporting verb may stand and still introduce it. */
const MAX_WORDS_BEFORE = 40;
/** How many words a speaker-and-verb clause after a quote may take ("Dr. Omar Nasser, a lawyer for the family, said"). */
const MAX_WORDS_AFTER = 14;
/** Prepositions an appositive may hold: "Ana Silva, head of the agency", "a lawyer for the family". */
const APPOSITIVE_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to']);

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
    const found = (quote.closed && this.after(quote)) || this.before(quote) || {};
    if (found.speaker && !this.canSpeak(found.speaker)) {
      return found.verb ? { verb: found.verb } : {};
    }
    return found;
  }

  /**
   * A last check on a speaker: it is not a function word ("For", "In", "But"), not the
   * "According" of "according to", and not the place of a dateline.
   */
  private canSpeak(speaker: TextSpan): boolean {
    const i = this.wordAt(speaker.start);
    const w = this.words[i]!;
    if ((isStop(w) && !DETERMINERS.has(w.norm) && !PRONOUNS.has(w.norm)) || w.norm === 'according') {
      return false;
    }
    return this.afterDateline(w.sentence) <= i;
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
      const according = this.words.slice(k, k + verbLength).map((w) => w.norm).join(' ') === ACCORDING_TO;
      const speaker = this.phraseAfter(k + verbLength, according);
      return { verb: this.span(k, k + verbLength - 1), speaker: speaker && this.quoting(speaker, speaker.end) };
    }
    // Speaker first: collect a noun phrase (with at most two appositive commas) up to the verb.
    const parts: number[][] = [[]];
    let previousEnd = first.start;
    for (let i = k; i < this.words.length && i < k + MAX_WORDS_AFTER; i++) {
      const w = this.words[i]!;
      if (this.inQuote[i] || w.sentence !== sentence) {
        return undefined;
      }
      if (i > k) {
        const gap = this.doc.text.slice(previousEnd, w.start);
        const aside = gap.trim() === '(' ? this.parentheticalFrom(i) : -1;
        if (aside >= 0) {
          // "Sen. Ana Ruiz (R-Texas) said": the bracketed tag is neither speaker nor verb.
          previousEnd = this.doc.text.indexOf(')', this.words[aside]!.end) + 1;
          i = aside;
          continue;
        }
        if (COMMA.test(gap) && parts.length < 3) {
          parts.push([]);
        } else if (!BLANK.test(gap) && !(ABBREVIATION_GAP.test(gap) && isAbbreviation(this.words[i - 1]!.text))) {
          return undefined;
        }
      }
      previousEnd = w.end;
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
      const appositive = parts.length > 1 && current.length > 0 && APPOSITIVE_PREPOSITIONS.has(w.norm);
      if (isStop(w) && !DETERMINERS.has(w.norm) && !CONNECTORS.has(w.norm) && !isFiller(w) && !appositive) {
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
    let start = this.afterDateline(sentence);
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
        const source = this.phraseAfter(v + length, true);
        return { verb, speaker: source };
      }
      const lead = this.leadIn(v, start);
      if (lead >= 0) {
        // "She responded by saying “…”", "he was quoted as saying": the reader's verb is the whole.
        const speaker = this.phraseBefore(lead, start) ?? this.subject(start, lead);
        return { verb: this.span(lead, v), speaker };
      }
      if (isParticiple(this.words[v]!)) {
        // "Saying “…,” she left": a participle opening the sentence has its subject after the quote.
        return { verb, speaker: v === start ? this.subjectAfter(quote) : this.subject(start, v) };
      }
      return { verb, speaker: this.phraseBefore(v, start) ?? this.subject(start, v) };
    }
    return undefined;
  }

  /** The noun phrase right after a verb: "said Mumtaz Zahra Baloch", "added the spokesperson". */
  private phraseAfter(i: number, bare = false): TextSpan | undefined {
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
  private nounPhraseAt(i: number, bare = false): TextSpan | undefined {
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
  private phraseBefore(v: number, start: number): TextSpan | undefined {
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
  private subject(start: number, verb: number): TextSpan | undefined {
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

  /** The finite verb of "responded by saying", "quoted as saying" when `v` is the "saying", else -1. */
  private leadIn(v: number, start: number): number {
    const link = this.words[v - 1];
    if (this.words[v]!.norm !== 'saying' || v - 2 < start || !link || (link.norm !== 'by' && link.norm !== 'as')) {
      return -1;
    }
    const finite = v - 2;
    return reportingVerbAt(this.words, finite, false) === 1 && !isParticiple(this.words[finite]!) && this.joined(finite, v - 1) && this.joined(v - 1, v)
      ? finite
      : -1;
  }

  /** "Saying “…,” she left" · "Calling it “a sham,” Sen. Ana Ruiz voted no": the subject follows the quote. */
  private subjectAfter(quote: MarkedQuote): TextSpan | undefined {
    const k = this.wordAt(quote.end);
    const w = this.words[k];
    if (!w || !quote.closed || w.sentence !== this.sentenceOf(quote.open) || !/^[\s,]*$/.test(this.doc.text.slice(quote.end, w.start))) {
      return undefined;
    }
    const phrase = this.nounPhraseAt(k);
    if (!phrase || !DETERMINERS.has(w.norm)) {
      return phrase;
    }
    // "the union leader left the talks": the main verb, unknown to us, is the word before its object.
    let last = this.wordAt(phrase.end) - 1;
    while (last > k + 1 && (/ed$/.test(this.words[last]!.norm) || DETERMINERS.has(this.words[last + 1]?.norm ?? '') || PRONOUNS.has(this.words[last + 1]?.norm ?? ''))) {
      last--;
    }
    return this.span(k, last);
  }

  /** The first word of a sentence after its dateline, if it opens with one ("KYIV, Ukraine —"). */
  private afterDateline(sentence: number): number {
    const s = this.doc.sentences[sentence]!;
    const dateline = DATELINE.exec(s.text.slice(0, 80));
    return dateline ? this.wordAt(s.start + dateline[0].length) : s.firstWord;
  }

  /**
   * The last word inside a short bracketed aside whose first word is `i` ("(R-Texas)"), or -1
   * when the brackets do not close soon or hold a quote.
   */
  private parentheticalFrom(i: number): number {
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
  private parentheticalBefore(j: number): number {
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
  private pickSpeaker(parts: readonly number[][]): TextSpan | undefined {
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
  private trailingName(part: readonly number[]): TextSpan | undefined {
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

  /** Whether two words are next to each other in one phrase: only spaces, or an abbreviation's stop, between them. */
  private joined(i: number, j: number): boolean {
    const a = this.words[i];
    const b = this.words[j];
    if (!a || !b || a.sentence !== b.sentence) {
      return false;
    }
    const gap = this.doc.text.slice(a.end, b.start);
    return BLANK.test(gap) || (ABBREVIATION_GAP.test(gap) && isAbbreviation(a.text));
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
