import type { Quote, SegmentedText, TextSpan, Word } from '../types';
import { lowerBound } from '../text/lowerBound';
import { STOPWORDS } from '../text/normalize';
import type { DistancingMarker } from './distancing';
import { QUOTE_MARKS, sentenceAt, wordAt, wordsIn } from './words';

/** "so-called", "so called", "self-styled", "self-proclaimed", "self-declared", "self-appointed". */
const QUALIFIER = /\b(?:so[-‐‑ ]called|self[-‐‑ ](?:styled|proclaimed|declared|appointed))\b/gi;
/** A qualified common noun phrase is short ("special military operation")… */
const MAX_PLAIN_WORDS = 4;
/** …a qualified name may be longer ("Islamic State of Iraq and the Levant"). */
const MAX_NAME_WORDS = 7;
/** Words inside a name between capitalised words. */
const NAME_CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'al']);
/** Finite verbs that are not function words: where the qualified noun phrase has ended. */
const VERBS = new Set(
  ('said says say told tells make makes made take takes took give gives gave get gets got go goes went ' +
    'come comes came seem seems remain remains become becomes show shows begin begins began keep keeps kept ' +
    'need needs want wants appear appears include includes continue continues face faces hold holds held ' +
    'run runs ran lead leads led control controls claim claims').split(' ')
);
/** Nouns with the endings that otherwise mark a verb or an adverb. */
const NOT_VERBS = new Set(
  ('family assembly ally rally supply monopoly anomaly italy july building meeting hearing ' +
    'peacekeeping funding housing training spending bombing shooting killing uprising landing').split(' ')
);
const UPPER = /^\p{Lu}/u;
const HYPHEN = /^[-‐‑]$/;

/**
 * "so-called" and "self-styled" / "self-proclaimed" / "self-declared" with the words they
 * qualify: a quoted phrase right after (so-called “experts”), else the noun phrase that
 * follows, up to a verb, a preposition or punctuation (the so-called special military operation
 * launched… → "special military operation"). Inside a quotation they are the speaker's, not
 * the outlet's, and are left out.
 */
export function soCalledMarkers(doc: SegmentedText, quotes: readonly Quote[]): DistancingMarker[] {
  const text = doc.text;
  const markers: DistancingMarker[] = [];
  QUALIFIER.lastIndex = 0;
  for (let m = QUALIFIER.exec(text); m; m = QUALIFIER.exec(text)) {
    const start = m.index;
    const after = start + m[0].length;
    if (insideQuote(quotes, start)) {
      continue;
    }
    const found = quotedPhrase(doc, quotes, after) ?? plainPhrase(doc, after);
    if (found) {
      markers.push({
        kind: 'so-called',
        text: text.slice(start, found.end),
        start,
        end: found.end,
        sentence: sentenceAt(doc, start),
        phrase: found.phrase,
      });
    }
  }
  return markers;
}

interface Found {
  readonly phrase: TextSpan;
  /** Where the marker ends: after the phrase, or after its closing quote mark. */
  readonly end: number;
}

/** Index of the first quote whose words start after `offset` (quotes are in text order). */
function firstQuoteAfter(quotes: readonly Quote[], offset: number): number {
  return lowerBound(quotes, (q) => q.quote.start <= offset);
}

/** True when `offset` lies inside the words of a quotation. */
function insideQuote(quotes: readonly Quote[], offset: number): boolean {
  const q = quotes[firstQuoteAfter(quotes, offset) - 1];
  return q !== undefined && offset < q.quote.end;
}

/** so-called “experts”: the quote opening right after the qualifier. */
function quotedPhrase(doc: SegmentedText, quotes: readonly Quote[], after: number): Found | undefined {
  const text = doc.text;
  let open = after;
  while (open < text.length && /\s/.test(text[open]!)) {
    open++;
  }
  if (!QUOTE_MARKS.has(text[open] ?? '')) {
    return undefined;
  }
  const q = quotes[firstQuoteAfter(quotes, open)];
  if (!q || q.quote.start > open + 2) {
    return undefined;
  }
  const words = wordsIn(doc, q.quote.start, q.quote.end);
  let close = q.quote.end;
  while (close < text.length && close < q.quote.end + 3 && !QUOTE_MARKS.has(text[close]!)) {
    close++;
  }
  if (words.length === 0 || words.length > MAX_NAME_WORDS || !QUOTE_MARKS.has(text[close] ?? '')) {
    return undefined;
  }
  const end = words[words.length - 1]!.end;
  return { phrase: { text: text.slice(q.quote.start, end), start: q.quote.start, end }, end: close + 1 };
}

/** the so-called special military operation launched in 2022 → "special military operation". */
function plainPhrase(doc: SegmentedText, after: number): Found | undefined {
  const text = doc.text;
  const words = doc.words;
  const first = wordAt(doc, after);
  const w0 = words[first];
  if (!w0 || !/^\s+$/.test(text.slice(after, w0.start)) || STOPWORDS.has(w0.norm) || VERBS.has(w0.norm)) {
    return undefined;
  }
  const name = UPPER.test(w0.text);
  let last = first;
  for (let i = first + 1; i < words.length && i - first < (name ? MAX_NAME_WORDS : MAX_PLAIN_WORDS); i++) {
    const w = words[i]!;
    const gap = text.slice(words[i - 1]!.end, w.start);
    const upper = UPPER.test(w.text);
    // After a possessive only a name goes on: "People's Republic", not "republic's leader".
    if (w.sentence !== w0.sentence || (possessive(words[last]!) && !(name && upper))) {
      break;
    }
    if (HYPHEN.test(gap)) {
      // A hyphenated compound stays whole: "peace-keeping", "pro-Kremlin".
      last = i;
      continue;
    }
    if (!/^\s+$/.test(gap)) {
      break;
    }
    if (name && NAME_CONNECTORS.has(w.norm)) {
      const resume = nameAfterConnectors(doc, i);
      if (resume < 0) {
        break;
      }
      last = i = resume;
      continue;
    }
    // A name ends where lower-case words begin ("Islamic State fighters"), and a common noun
    // phrase where a name begins ("peacekeepers Moscow sent").
    if (upper !== name || STOPWORDS.has(w.norm) || VERBS.has(w.norm) || verbLike(w)) {
      break;
    }
    last = i;
  }
  const lastWord = words[last]!;
  let end = lastWord.end;
  if (possessive(lastWord)) {
    // "the self-proclaimed republic's leader" qualifies the republic.
    end -= /s['’]$/.test(lastWord.text) ? 1 : 2;
  }
  return { phrase: { text: text.slice(w0.start, end), start: w0.start, end }, end };
}

/** Index of the capitalised word after "of", "of the", "and the" inside a name, or -1. */
function nameAfterConnectors(doc: SegmentedText, i: number): number {
  for (let j = i; j < i + 3 && j < doc.words.length; j++) {
    const w = doc.words[j]!;
    if (!/^\s+$/.test(doc.text.slice(doc.words[j - 1]!.end, w.start))) {
      return -1;
    }
    if (!NAME_CONNECTORS.has(w.norm)) {
      return UPPER.test(w.text) ? j : -1;
    }
  }
  return -1;
}

/** "launched", "sending", "recently": a verb or an adverb after the noun phrase. */
function verbLike(w: Word): boolean {
  return !UPPER.test(w.text) && w.norm.length > 4 && /(?:ed|ing|ly)$/.test(w.norm) && !NOT_VERBS.has(w.norm);
}

function possessive(w: Word): boolean {
  return /(?:['’]s|s['’])$/.test(w.text);
}
