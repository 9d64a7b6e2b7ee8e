import { isAbbreviation } from '../text/abbreviations';
import type { TextSpan, Word } from '../types';
import type { MarkedQuote } from './marks';
import { APPOSITIVE_PREPOSITIONS, ClauseReader } from './clauses';
import { ABBREVIATION_GAP, BLANK, COMMA, CONNECTORS, DETERMINERS, PRONOUNS, isStop } from './phrases';
import { ACCORDING_TO, BE_FORMS, isCharacterising, isFiller, isParticiple, reportingVerbAt } from './verbs';

/** Who said a quote and with which verb, as spans of the article. */
export interface Attribution {
  readonly speaker?: TextSpan;
  readonly verb?: TextSpan;
}

/** How far before a quote a reporting verb may stand and still introduce it. */
const MAX_WORDS_BEFORE = 40;
/** How many words a speaker-and-verb clause after a quote may take ("Dr. Omar Nasser, a lawyer for the family, said"). */
const MAX_WORDS_AFTER = 14;

/**
 * Finds the speaker and reporting verb of quotes by the patterns news copy uses, on words
 * outside quotes only: after the quote (“…,” she said / “…,” said Mumtaz Zahra Baloch / “…,”
 * the spokesperson categorically stated / “…,” Baloch, the chief spokesperson, told reporters),
 * or before it in the same sentence (Baloch said: “…” / the minister told reporters that “…” /
 * called them “not accurate” / saying that those were his “personal remarks”).
 */
export class Attributor extends ClauseReader {
  /**
   * Speaker and verb of one quote: the clause after it wins, else the words before it, else
   * a frame that names a speaker without a verb ("For the mayor, the plan was “a gamble”").
   */
  attribute(quote: MarkedQuote): Attribution {
    const found = (quote.closed && this.after(quote)) || this.before(quote);
    if (!found) {
      const framed = this.framedSpeaker(quote);
      return framed ? { speaker: framed } : {};
    }
    if (found.speaker && !this.canSpeak(found.speaker)) {
      return found.verb ? { verb: found.verb } : {};
    }
    return found.speaker ? { ...found, speaker: this.withFinalStop(found.speaker) } : found;
  }

  /** "Delta Corp." and "Carl Brandt Jr.": a name ending in an abbreviation keeps its stop. */
  private withFinalStop(speaker: TextSpan): TextSpan {
    const last = this.words[this.wordAt(speaker.end) - 1];
    if (!last || this.doc.text[speaker.end] !== '.' || !isAbbreviation(last.text) || /^\p{Ll}/u.test(last.text)) {
      return speaker;
    }
    return { text: this.doc.text.slice(speaker.start, speaker.end + 1), start: speaker.start, end: speaker.end + 1 };
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
    // "were", "also", "had": a speaker made only of auxiliaries and adverbs is a misread verb group.
    if (this.words.slice(i, this.wordAt(speaker.end)).every((x) => isFiller(x) || BE_FORMS.has(x.norm))) {
      return false;
    }
    return this.afterDateline(w.sentence) <= i;
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
    // "the “Islamic State” claimed", "“cluster munitions” were denied": a quote followed straight
    // by a verb is the subject of the outlet's sentence. Speech handed back is set off by a
    // comma (inside or outside the marks), a dash, or its own "?" or "!".
    if (!asks && !/[,?!—–]/.test(this.doc.text.slice(quote.contentEnd, first.start))) {
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
      const appositive = current.length > 0 && APPOSITIVE_PREPOSITIONS.has(w.norm);
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
    // "condemned the verdict as “a travesty”": through "as", verbs of judgement attribute too.
    const as = this.words[end - 1];
    const characterised = as?.norm === 'as' && !this.inQuote[end - 1] && BLANK.test(this.doc.text.slice(as.end, quote.open));
    for (let v = end - 1; v >= start && v >= end - MAX_WORDS_BEFORE; v--) {
      if (this.inQuote[v]) {
        continue;
      }
      let length = reportingVerbAt(this.words, v, false);
      if (length === 0 && characterised && v < end - 1 && isCharacterising(this.words[v]!)) {
        length = 1;
      }
      if (length === 0 || v + length > end || !this.governs(v, length, end, quote.open)) {
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
        return { verb: this.span(lead, v), speaker: this.speakerBefore(lead, start) };
      }
      if (isParticiple(this.words[v]!)) {
        // "Saying “…,” she left": a participle opening the sentence has its subject after the quote.
        return { verb, speaker: v === start ? this.subjectAfter(quote) : this.subject(start, v) };
      }
      if (this.passive(v, start)) {
        // "The verdict was condemned as “a travesty”": the subject is what was judged, not who judged.
        return { verb, speaker: this.agentAfter(v + length) };
      }
      return { verb, speaker: this.speakerBefore(v, start) };
    }
    return undefined;
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
}

/** How many of the phrase's last words are adverbs or auxiliaries ("the spokesperson categorically"). */
function trailingFillers(words: readonly Word[], part: readonly number[]): number {
  let n = 0;
  while (n < part.length - 1 && isFiller(words[part[part.length - 1 - n]!]!)) {
    n++;
  }
  return n;
}
