/**
 * Loaded language with no counterpart: evaluative adjectives (and their -ly adverbs) that an
 * article uses in its own voice, from a published subjectivity lexicon and intensity ratings
 * (see loader.ts and scripts/loaded/build-loaded.mjs). Unlike the framing lexicon, this needs
 * no contrast set: "a brutal crackdown" is worth pointing out whatever the other outlet says.
 *
 * A flag must survive a journalist's look, so a word is not reported when
 * - it is part of a name: capitalised in mid-sentence ("the Shining Path"), or opening a
 *   sentence next to another capitalised word ("Brutal Truth Records said…");
 * - it is inside quotation marks (the speaker's word, not the outlet's) or inside a span the
 *   caller already explains (`skip`: framing-lexicon terms, attributed quotes);
 * - it is a participle used as a verb, right before its object ("devastating their town");
 * - it is a function word or contains a digit (never an entry, but cheap to guarantee).
 * Plain senses ("a strong dollar", "critical condition", "fair weather") are kept out of the
 * word list itself, where each exclusion is listed with its reason.
 */
import { markedQuotes } from '../quotes/marks';
import { STOPWORDS } from '../text/normalize';
import type { SegmentedText, Span, TextSpan, Word } from '../types';
import { LOADED_DATA_LIMITS, LOADED_DATA_SOURCE, lookupLoaded, type LoadedEntry } from './loader';

export interface LoadedTerm extends TextSpan {
  readonly sentence: number;
  /** 0..1: how intense/subjective, used for ranking (higher first). */
  readonly intensity: number;
  readonly subjectivity: 'strong' | 'weak';
  /** The resource's entry that matched (lemma), e.g. "brutal". */
  readonly entry: string;
}

/** Citation and licences of the word list, and what it cannot tell, for views. */
export const LOADED_SOURCE: string = `${LOADED_DATA_SOURCE} ${LOADED_DATA_LIMITS}`;

const DIGIT = /\d/;
const HYPHEN = 0x2d;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * The loaded terms of an article, most intense first (ties in reading order).
 * `skip` holds spans already explained elsewhere (lexicon framing terms, quotes): terms
 * inside them are not reported. Quoted passages are skipped even when `skip` omits them.
 */
export function loadedTerms(doc: SegmentedText, skip: readonly Span[] = []): LoadedTerm[] {
  const skipped = mergeSpans([...skip, ...markedQuotes(doc).map((q) => ({ start: q.open, end: q.end }))]);
  const { words, text } = doc;
  const terms: LoadedTerm[] = [];
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const found = matchAt(words, i, text);
    if (!found) {
      continue;
    }
    const { entry, end } = found;
    while (next < skipped.length && skipped[next]!.end <= word.start) {
      next++;
    }
    const inSkipped = next < skipped.length && skipped[next]!.start < end;
    if (inSkipped || isNamePart(words, i, text) || isVerbWithObject(words, i, end)) {
      continue;
    }
    terms.push({
      text: text.slice(word.start, end),
      start: word.start,
      end,
      sentence: word.sentence,
      intensity: entry.intensity,
      subjectivity: entry.subjectivity,
      entry: entry.entry,
    });
  }
  return terms.sort((a, b) => b.intensity - a.intensity || a.start - b.start);
}

/** The longest run of words joined by single hyphens ("over-the-top") is at most this long. */
const MAX_HYPHENATED = 4;

/**
 * The entry matched by the word at `i`, or by the hyphenated compound it starts
 * ("top-notch", "over-the-top"). Part of a compound never counts on its own: in
 * "cruel-hearted" the writer chose the compound, not "cruel".
 */
function matchAt(words: readonly Word[], i: number, text: string): { entry: LoadedEntry; end: number } | undefined {
  const word = words[i]!;
  if (hyphenated(words, i - 1, text)) {
    return undefined;
  }
  if (hyphenated(words, i, text)) {
    let last = i;
    let norm = word.norm;
    while (hyphenated(words, last, text) && last - i < MAX_HYPHENATED - 1) {
      last++;
      norm += `-${words[last]!.norm}`;
    }
    const entry = hyphenated(words, last, text) ? undefined : lookupLoaded(norm);
    return entry && { entry, end: words[last]!.end };
  }
  // The table lookup first: it rejects almost every word, so the other tests run rarely.
  const entry = lookupLoaded(word.norm);
  if (!entry || STOPWORDS.has(word.norm) || DIGIT.test(word.norm)) {
    return undefined;
  }
  return { entry, end: word.end };
}

/** True when the word at `i` is joined to the next one by a single hyphen. */
function hyphenated(words: readonly Word[], i: number, text: string): boolean {
  const word = words[i];
  if (word === undefined || text.charCodeAt(word.end) !== HYPHEN) {
    return false;
  }
  const after = words[i + 1];
  return after !== undefined && after.start === word.end + 1;
}

/**
 * True when the word at `i` belongs to a name. Capitals mark names except at the start of a
 * sentence, where a capitalised neighbour decides ("Brutal Truth Records" vs "Brutal scenes
 * followed"). A word in capitals throughout ("BRUTAL") carries no such signal.
 */
function isNamePart(words: readonly Word[], i: number, text: string): boolean {
  const word = words[i]!;
  if (!isTitleCase(word.text)) {
    return false;
  }
  const previous = words[i - 1];
  const opensSentence = !previous || previous.sentence !== word.sentence || opensAfterMark(text, previous.end, word.start);
  if (!opensSentence) {
    return true;
  }
  const after = words[i + 1];
  return after !== undefined && after.sentence === word.sentence && isTitleCase(after.text) && /^[\s-]+$/.test(text.slice(word.end, after.start));
}

/** Words that open a noun phrase as the object of a verb ("troubling the markets"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'them', 'him', 'us', 'me',
  'himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself',
]);
const PARTICIPLE = /(?:ing|ed)$/;

/**
 * True when a participle entry is used as the verb, which reports an action rather than
 * judging: "the floods devastating their town", "he disgraced the party", "what is
 * troubling the markets". A participle right before its object is a verb; before a noun
 * ("a troubling report") or at the end of a clause it is the adjective the list means.
 * ("that" and "this" are left out: "shocking that", "shocking this week" are adjectives.)
 */
function isVerbWithObject(words: readonly Word[], i: number, end: number): boolean {
  const word = words[i]!;
  if (word.end !== end || !PARTICIPLE.test(word.norm)) {
    return false;
  }
  const after = words[i + 1];
  return after !== undefined && after.sentence === word.sentence && OBJECT_OPENERS.has(after.norm);
}

/** A capital first letter followed by at least one lower-case letter ("Brutal", not "BRUTAL"). */
function isTitleCase(token: string): boolean {
  return UPPER.test(token.charAt(0)) && LOWER.test(token);
}

/** A word right after a colon, dash or opening quote may be capitalised without being a name. */
function opensAfterMark(text: string, from: number, to: number): boolean {
  return /[:—–“"‘(]\s*$/.test(text.slice(from, to));
}

/** Sorts spans and merges overlapping ones, so one forward pointer can test containment. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}
