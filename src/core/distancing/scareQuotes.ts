import type { Quote, SegmentedText, Word } from '../types';
import { STOPWORDS } from '../text/normalize';
import type { DistancingMarker } from './distancing';
import { AS_LABEL, AUTHORITY, DETERMINERS, LABEL_VERBS, NOT_LABELLING_AFTER, REPORT_NOUNS, WORK_OR_WORD } from './cues';
import { QUOTE_MARKS, onlySpaceBetween, sentenceAt, wordsIn } from './words';

/** A scare quote is a word or a short phrase; anything longer is somebody's words. */
export const MAX_SCARE_QUOTE_WORDS = 4;
/** How many words either side of a quote are read for a labelling verb or a title noun. */
const CONTEXT_WORDS = 3;
/** "as the foreign minister put it": the label verb may stand this far after the quote. */
const AS_PUT_IT_WORDS = 5;
/** How far back "reports … that" may govern the quote. */
const REPORT_CLAUSE_WORDS = 15;
/** How far back a reporting verb may introduce a quote (as far as the quote finder looks). */
const REPORTED_BEFORE_WORDS = 40;
/** Words that may stand between a title noun and its quote: "words such as “…”", "the word “…”". */
const SOFT = new Set(['the', 'a', 'an', 'as', 'like', 'such', 'its', 'their', 'his', 'her']);
/** Quoted words right after these belong to the "so-called" finder. */
export const SO_CALLED_BEFORE = /(?:\bso[-‐‑ ]called|\bself[-‐‑ ](?:styled|proclaimed|declared|appointed))\s*$/i;
/** Sentence punctuation inside the quote: a sentence or more of someone's speech. */
const SPEECH = /[.!?;:…]\s|[?!]/;
/** A quoted qualifier (the “so-called” reforms) mentions the word; it is not a marker. */
const QUALIFIER_ONLY = /^(?:so[-‐‑ ]called|self[-‐‑ ]\w+)$/i;
const TRAILING = /[\s.,;:!?…]+$/;
const UPPER = /^\p{Lu}/u;

/**
 * Short quoted phrases in the outlet's own voice: quotes the quote finder could not attribute,
 * with no labelling verb, title noun or reported-speech noun around them ("Ukraine's ‘reforms’",
 * the “ceasefire”), that are not a title ("Meet the Press"), a word mentioned as a word (the
 * word “genocide”) or a sentence of speech.
 */
export function scareQuotes(doc: SegmentedText, quotes: readonly Quote[]): DistancingMarker[] {
  const markers: DistancingMarker[] = [];
  for (const q of quotes) {
    const marker = scareQuote(doc, q);
    if (marker) {
      markers.push(marker);
    }
  }
  return markers;
}

function scareQuote(doc: SegmentedText, q: Quote): DistancingMarker | undefined {
  const text = doc.text;
  const open = markBefore(text, q.quote.start);
  const close = markAfter(text, q.quote.end);
  if (open < 0 || close < 0 || SO_CALLED_BEFORE.test(text.slice(Math.max(0, open - 20), open))) {
    return undefined;
  }
  const phraseEnd = q.quote.start + q.quote.text.replace(TRAILING, '').length;
  const phraseText = text.slice(q.quote.start, phraseEnd);
  if (SPEECH.test(phraseText) || QUALIFIER_ONLY.test(phraseText)) {
    return undefined;
  }
  const inside = wordsIn(doc, q.quote.start, phraseEnd);
  if (inside.length === 0 || inside.length > MAX_SCARE_QUOTE_WORDS) {
    return undefined;
  }
  const sentence = doc.sentences[inside[0]!.sentence]!;
  // A quote that is its whole sentence, or a pull quote before a colon, is a headline or speech.
  if (sentence.wordCount === inside.length || /^\s*:/.test(text.slice(close + 1, close + 4))) {
    return undefined;
  }
  const first = inside[0]!.index;
  if (attributed(doc, q, first, sentence.firstWord)) {
    return undefined;
  }
  const before = neighbours(doc, first - 1, -1, sentence.index);
  const after = neighbours(doc, inside[inside.length - 1]!.index + 1, 1, sentence.index, AS_PUT_IT_WORDS);
  // "“…,” she said", "“…”, as the minister put it": speech or a label handed back after a pause.
  const afterPause = after[0] !== undefined && /[,—–]/.test(text.slice(phraseEnd, after[0].start));
  const labelWindow = after[0]?.norm === 'as' ? after : after.slice(0, CONTEXT_WORDS);
  if (
    labelledBefore(doc, before) ||
    namesWorkOrWord(before) ||
    (after[0] !== undefined && WORK_OR_WORD.has(after[0].norm) && onlySpaceBetween(text, close + 1, after[0].start)) ||
    (afterPause && labelWindow.some((w, k) => LABEL_VERBS.has(w.norm) && labelWindow[k + 1]?.norm !== 'to')) ||
    insideReportClause(doc, first, sentence.firstWord) ||
    isTitle(doc, inside, before[0], open)
  ) {
    return undefined;
  }
  return {
    kind: 'scare-quote',
    text: text.slice(open, close + 1),
    start: open,
    end: close + 1,
    sentence: sentenceAt(doc, open),
    phrase: { text: phraseText, start: q.quote.start, end: phraseEnd },
  };
}

/**
 * Whether the quote finder's speaker or verb holds: it does unless it was read from a verb
 * that simply follows the quote in the outlet's sentence, with no reporting verb before it.
 */
function attributed(doc: SegmentedText, q: Quote, first: number, sentenceStart: number): boolean {
  if (!q.speaker && !q.verb) {
    return false;
  }
  return !subjectMisread(doc.text, q) || reportedBefore(doc, first, sentenceStart);
}

/**
 * "The “Islamic State” claimed the attack": a short quote followed straight by a verb, with no
 * comma, question or exclamation mark between, is the subject of the outlet's own sentence,
 * not speech attributed after it ("“…,” she said", "‘old story’, she said").
 */
function subjectMisread(text: string, q: Quote): boolean {
  const next = Math.min(q.verb?.start ?? Infinity, q.speaker?.start ?? Infinity);
  return next >= q.quote.end && !/[,?!—–]/.test(text.slice(q.quote.start, next));
}

/** A reporting or labelling verb earlier in the sentence ("She said the “ceasefire” failed"). */
function reportedBefore(doc: SegmentedText, first: number, sentenceStart: number): boolean {
  for (let i = first - 1; i >= sentenceStart && i >= first - REPORTED_BEFORE_WORDS; i--) {
    const w = doc.words[i]!;
    if (LABEL_VERBS.has(w.norm) && !isSoCalled(doc, w) && !NOT_LABELLING_AFTER.has(doc.words[i + 1]?.norm ?? '')) {
      return true;
    }
  }
  return false;
}

/** Offset of the quote mark just before `offset` (spaces allowed between), or -1. */
function markBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) {
    i--;
  }
  return i >= 0 && QUOTE_MARKS.has(text[i]!) ? i : -1;
}

/** Offset of the closing mark just after the quoted words (a comma or spaces between), or -1. */
function markAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && i < offset + 3 && /[\s,]/.test(text[i]!)) {
    i++;
  }
  return i < text.length && QUOTE_MARKS.has(text[i]!) ? i : -1;
}

/** Up to `count` words from `from` in direction `step`, nearest first, within one sentence. */
function neighbours(doc: SegmentedText, from: number, step: 1 | -1, sentence: number, count = CONTEXT_WORDS): Word[] {
  const found: Word[] = [];
  for (let i = from; found.length < count && i >= 0 && i < doc.words.length; i += step) {
    const w = doc.words[i]!;
    if (w.sentence !== sentence) {
      break;
    }
    found.push(w);
  }
  return found;
}

/** "what he called “…”", "dubbed “…”", "known as “…”", "referred to as “…”". */
function labelledBefore(doc: SegmentedText, before: readonly Word[]): boolean {
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!;
    if (!LABEL_VERBS.has(w.norm) || isSoCalled(doc, w)) {
      continue;
    }
    // "called for a “ceasefire”" asks for one; it does not name anything.
    const next = before[k - 1];
    if (next && NOT_LABELLING_AFTER.has(next.norm)) {
      continue;
    }
    return true;
  }
  return before[0]?.norm === 'as' && before.slice(1).some((w) => AS_LABEL.has(w.norm));
}

function isSoCalled(doc: SegmentedText, w: Word): boolean {
  return w.norm === 'called' && /\bso[-‐‑ ]$/i.test(doc.text.slice(Math.max(0, w.start - 4), w.start));
}

/** "the word “…”", "words such as “…”", "Operation “…”", "a resolution ‘…’". */
function namesWorkOrWord(before: readonly Word[]): boolean {
  for (const w of before) {
    if (WORK_OR_WORD.has(w.norm)) {
      return true;
    }
    if (!SOFT.has(w.norm)) {
      return false;
    }
  }
  return false;
}

/**
 * "reports in the Indian media that Pakistan was supplying “defense items”": the quoted words
 * sit in a clause governed by a noun of reported speech, so they are the reports' wording.
 */
function insideReportClause(doc: SegmentedText, first: number, sentenceStart: number): boolean {
  let that = -1;
  for (let i = first - 1; i >= sentenceStart && i >= first - REPORT_CLAUSE_WORDS; i--) {
    const norm = doc.words[i]!.norm;
    if (norm === 'that' && that < 0) {
      that = i;
    } else if (that >= 0 && REPORT_NOUNS.has(norm) && that - i <= 5) {
      return true;
    }
  }
  return false;
}

/**
 * A quoted Title Case phrase ("Meet the Press", the “Green Deal”) is a title or a name, unless
 * an article or a possessive introduces it and it claims statehood or authority: a name held
 * at a distance, like the “Islamic State” or Russia's “Liberation Army”.
 */
function isTitle(doc: SegmentedText, inside: readonly Word[], previous: Word | undefined, open: number): boolean {
  if (inside.length < 2 || !inside.every((w) => UPPER.test(w.text) || STOPWORDS.has(w.norm)) || !UPPER.test(inside[0]!.text)) {
    return false;
  }
  if (!previous || !onlySpaceBetween(doc.text, previous.end, open)) {
    return true;
  }
  const introduced = DETERMINERS.has(previous.norm) || /['’]s?$/.test(previous.text);
  return !(introduced && inside.some((w) => AUTHORITY.has(w.norm)));
}
