import type { TextSpan, Word } from '../types';
import { FRAME_PEOPLE_WORDS, LINKING, frameOpening, namesPeople } from './frames';
import type { MarkedQuote } from './marks';
import { ABBREVIATION_GAP, BLANK, COMMA, CONNECTORS, DETERMINERS, PhraseReader, isStop } from './phrases';
import { BE_FORMS, NEEDS_INTRODUCTION, OBJECT_PREPOSITIONS, REBUTTALS, isFiller, isParticiple, reportingVerbAt } from './verbs';
import { isAbbreviation } from '../text/abbreviations';

/** Prepositions a speaker phrase may hold: "a spokesperson for the ministry", "a lawyer for the family". */
export const APPOSITIVE_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to']);
/** How many comma-separated phrases a speaker may take ("His lawyer, Marisol Vega,"). */
const MAX_APPOSITIVES = 3;
/** How many words a frame and its clause may take before the quote ("For Tomas Horvat, the opposition leader, the budget is"). */
const MAX_FRAME_WORDS = 30;
/** A speaker phrase is short. */
const MAX_PHRASE_WORDS = 8;

/**
 * Reads the clause around a reporting verb before a quote: whether the verb governs the
 * quote at all, whether it is passive, the speaker named with an appositive ("His lawyer,
 * Marisol Vega, said"), and the speaker a sentence gives without any verb ("For the mayor,
 * the plan was “a gamble”").
 */
export class ClauseReader extends PhraseReader {
  /** The speaker of the verb `v`: the phrase right before it, an appositive pair, or the sentence's subject. */
  protected speakerBefore(v: number, start: number): TextSpan | undefined {
    return this.phraseBefore(v, start) ?? this.appositiveBefore(v, start) ?? this.subject(start, v);
  }

  /**
   * "His lawyer, Marisol Vega, said" · "Marisol Vega, a lawyer for the family, said": two or
   * three noun phrases set off by commas right before the verb; the name wins. A clause in
   * between ("The mayor, who was re-elected in May, said") is not an appositive.
   */
  protected appositiveBefore(v: number, start: number): TextSpan | undefined {
    if (v - 1 < start || !COMMA.test(this.gap(v - 1, v))) {
      return undefined;
    }
    const parts: number[][] = [];
    let last = v - 1;
    while (parts.length < MAX_APPOSITIVES && last >= start) {
      const part = this.phraseEndingAt(last, start);
      if (!part) {
        break;
      }
      parts.unshift(part);
      const first = part[0]!;
      if (first === start || !COMMA.test(this.gap(first - 1, first))) {
        break;
      }
      last = first - 1;
    }
    const first = parts[0]?.[0];
    if (parts.length < 2 || first === undefined) {
      return undefined;
    }
    // The earliest phrase must begin where a phrase can: the sentence start, a comma or a determiner.
    const bounded = first === start || DETERMINERS.has(this.words[first]!.norm) || COMMA.test(this.gap(first - 1, first));
    if (!bounded) {
      return undefined;
    }
    // "Mayor of Port Edda, Ana Silva, said": a phrase with a preposition describes; the name
    // is in a phrase without one. With no such name the first phrase is the speaker.
    const named = parts.filter((p) => !this.hasPreposition(p)).map((p) => this.trailingName(p)).find((n) => n !== undefined);
    return named ?? this.span(parts[0]![0]!, parts[0]![parts[0]!.length - 1]!);
  }

  /**
   * The noun phrase whose last word is `last`, read backwards over joined words, with the
   * prepositions of "a lawyer for the family"; undefined when it does not begin as a noun
   * phrase begins (a determiner, a name, a number) or runs into a verb.
   */
  private phraseEndingAt(last: number, start: number): number[] | undefined {
    const part: number[] = [];
    for (let i = last; i >= start && part.length < MAX_PHRASE_WORDS; i--) {
      const w = this.words[i]!;
      if (this.inQuote[i] || (i < last && !this.joined(i, i + 1))) {
        break;
      }
      if (DETERMINERS.has(w.norm)) {
        part.unshift(i);
        // "a lawyer for the family": go on past the determiner only through a preposition.
        if (!this.prepositionAt(i - 1, start)) {
          break;
        }
        continue;
      }
      if (APPOSITIVE_PREPOSITIONS.has(w.norm) && part.length > 0 && this.prepositionAt(i, start)) {
        part.unshift(i);
        continue;
      }
      if ((isStop(w) && !CONNECTORS.has(w.norm)) || reportingVerbAt(this.words, i, false) > 0 || BE_FORMS.has(w.norm)) {
        break;
      }
      part.unshift(i);
    }
    const head = this.words[part[0] ?? -1];
    // "The governor, speaking in Albany, said", "Ana Silva, elected in May, said": a participle
    // opens a clause, not a noun phrase.
    if (!head || APPOSITIVE_PREPOSITIONS.has(head.norm) || (/^\p{Ll}/u.test(head.text) && /(?:ing|ed)$/.test(head.norm))) {
      return undefined;
    }
    const opens = part[0] === start || !this.joined(part[0]! - 1, part[0]!) || DETERMINERS.has(head.norm);
    return opens ? part : undefined;
  }

  /** "mayor of Port Edda", "a lawyer for the family": a description, not a name. */
  private hasPreposition(part: readonly number[]): boolean {
    return part.some((k) => APPOSITIVE_PREPOSITIONS.has(this.words[k]!.norm));
  }

  /** Whether `i` is a preposition joined to a noun before it, inside one phrase. */
  private prepositionAt(i: number, start: number): boolean {
    const w = this.words[i];
    const before = this.words[i - 1];
    return (
      w !== undefined &&
      before !== undefined &&
      i - 1 >= start &&
      APPOSITIVE_PREPOSITIONS.has(w.norm) &&
      this.joined(i - 1, i) &&
      !isStop(before) &&
      reportingVerbAt(this.words, i - 1, false) === 0
    );
  }

  /**
   * Whether the reporting verb at `v` introduces the quote whose first word is `q`: a verb
   * with no quoted object of its own needs a colon, a comma or "that" ("responded: “…”"), and
   * a rebuttal does not reach a quote that hangs off its object ("rejected calls for a “…”").
   */
  protected governs(v: number, length: number, q: number, open: number): boolean {
    const norm = this.words[v]!.norm;
    if (!NEEDS_INTRODUCTION.has(norm) && !REBUTTALS.has(norm)) {
      return true;
    }
    const between = this.words.slice(v + length, q);
    const introduced = /[:,]/.test(this.doc.text.slice(this.words[v + length - 1]!.end, open)) || between.some((w) => w.norm === 'that');
    if (introduced || NEEDS_INTRODUCTION.has(norm)) {
      return introduced;
    }
    if (between.some((w) => w.norm === 'as')) {
      return true;
    }
    return !between.some((w, k) => k > 0 && OBJECT_PREPOSITIONS.has(w.norm) && !isStop(between[k - 1]!));
  }

  /** "was condemned as", "were told", "has been described as": a participle after a form of "be". */
  protected passive(v: number, start: number): boolean {
    if (isParticiple(this.words[v]!)) {
      return false;
    }
    let j = v - 1;
    while (j >= start && this.joined(j, j + 1) && isFiller(this.words[j]!) && !BE_FORMS.has(this.words[j]!.norm)) {
      j--;
    }
    return j >= start && this.joined(j, j + 1) && BE_FORMS.has(this.words[j]!.norm);
  }

  /** The agent of a passive verb: "condemned by the embassy as “…”". */
  protected agentAfter(i: number): TextSpan | undefined {
    return this.words[i]?.norm === 'by' && this.joined(i - 1, i) ? this.phraseAfter(i + 1, true) : undefined;
  }

  /**
   * The speaker a sentence names without a reporting verb: "For Tomas Horvat, the opposition
   * leader, the budget is “…”" is Tomas Horvat; "In the words of one farmer, …" is one farmer.
   * "For" and "To" need a person ("For the first time" is not one) and a linking verb before
   * the quote ("the plan was “…”"): a judgement, someone's view of the thing.
   */
  protected framedSpeaker(quote: MarkedQuote): TextSpan | undefined {
    const q = this.wordAt(quote.open);
    let i = this.afterDateline(this.sentenceOf(quote.open));
    if ((this.words[i]?.norm === 'but' || this.words[i]?.norm === 'and') && this.joined(i, i + 1)) {
      i++;
    }
    const frame = frameOpening(this.words, i);
    if (!frame || q - frame.from > MAX_FRAME_WORDS) {
      return undefined;
    }
    const parts: number[][] = [[]];
    for (let k = frame.from; k < q; k++) {
      if (this.inQuote[k]) {
        // "the plan was “a gamble” and “a risk”": the frame reaches every quote of its clause.
        break;
      }
      if (k > frame.from) {
        const gap = this.gap(k - 1, k);
        if (COMMA.test(gap)) {
          parts.push([]);
        } else if (!BLANK.test(gap) && !(ABBREVIATION_GAP.test(gap) && isAbbreviation(this.words[k - 1]!.text))) {
          return undefined;
        }
      }
      parts[parts.length - 1]!.push(k);
    }
    const clause = parts.pop()!;
    if (frame.possessiveNoun !== undefined) {
      return parts.length === 1 && parts[0]![parts[0]!.length - 1] === frame.possessiveNoun ? this.owner(frame.from, frame.possessiveNoun - 1) : undefined;
    }
    if (parts.length === 0 || parts.length > MAX_APPOSITIVES || !parts.every((p) => this.nounPhrase(p))) {
      return undefined;
    }
    if (frame.view) {
      const head = this.headOf(parts[0]!);
      if (!namesPeople(head.word, head.alone) || !clause.some((k) => LINKING.has(this.words[k]!.norm))) {
        return undefined;
      }
    }
    return this.pickSpeaker(parts);
  }

  /** "In Ms. Silva’s view": the owner without its possessive ending. */
  private owner(first: number, last: number): TextSpan | undefined {
    const span = this.span(first, last);
    const end = span.end - (/['’]s$/.test(span.text) ? 2 : 1);
    return end > span.start ? { text: this.doc.text.slice(span.start, end), start: span.start, end } : undefined;
  }

  /** A short phrase of nouns, names and their determiners and prepositions: no verb, no clause. */
  private nounPhrase(part: readonly number[]): boolean {
    const first = this.words[part[0]!]!;
    if (part.length > MAX_PHRASE_WORDS) {
      return false;
    }
    if (part.length === 1 && FRAME_PEOPLE_WORDS.has(first.norm)) {
      return true;
    }
    if (!DETERMINERS.has(first.norm) && (isStop(first) || !/^[\p{Lu}\p{N}]/u.test(first.text))) {
      return false;
    }
    return part.every((k, n) => {
      const w = this.words[k]!;
      const allowed = !isStop(w) || DETERMINERS.has(w.norm) || CONNECTORS.has(w.norm) || (n > 0 && n < part.length - 1 && APPOSITIVE_PREPOSITIONS.has(w.norm));
      return allowed && !LINKING.has(w.norm) && reportingVerbAt(this.words, k, false) === 0;
    });
  }

  /** The head noun of a phrase: its last word before a preposition ("the leader of the opposition"). */
  private headOf(part: readonly number[]): { word: Word; alone: boolean } {
    let n = 0;
    while (n + 1 < part.length && !APPOSITIVE_PREPOSITIONS.has(this.words[part[n + 1]!]!.norm)) {
      n++;
    }
    return { word: this.words[part[n]!]!, alone: part.length === 1 };
  }

  private gap(i: number, j: number): string {
    return this.doc.text.slice(this.words[i]!.end, this.words[j]!.start);
  }
}
