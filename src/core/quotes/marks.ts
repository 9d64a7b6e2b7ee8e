import type { SegmentedText } from '../types';

/** A quoted span as found from its marks, before attribution. */
export interface MarkedQuote {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark, or the paragraph end for an unclosed quote. */
  readonly end: number;
  readonly closed: boolean;
  /** The quoted words without marks, surrounding spaces or a trailing comma. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly paragraph: number;
}

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const STRAIGHT_DOUBLE = 0x22; // "
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const STRAIGHT_SINGLE = 0x27; // '

/** How far a single-quoted phrase may run before we stop believing its opening mark. */
const MAX_SINGLE_QUOTE = 300;

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Characters after which an opening mark may stand ("(‘so-called’", "— “We…"). */
const BEFORE_OPENER = /[\s([{—–\-/“"‘]/;
/** Characters a closing mark may be followed by. */
const AFTER_CLOSER = /[\s.,;:!?)\]}—–\-”"’]/;
/** Words that begin with an apostrophe rather than a quote: ’90s, 'em, rock 'n' roll. */
const ELISION = /^(?:\d\d(?:s\b|\b)|(?:em|n|tis|twas|til|cause|bout|round|nuff)\b)/i;

/**
 * Finds quoted spans, paragraph by paragraph (a quote never crosses a paragraph break; an
 * unclosed one ends at the paragraph's end). Double quotes, straight or curly («» too), are
 * taken whenever they open; single quotes only when they clearly quote — an opening mark at
 * the start of a word that is not an elision, and a closing mark at the end of a word within
 * a few lines — so "Pakistan’s", "don’t", "’90s" and "the workers’ union" are not quotes.
 * A quote nested inside another is part of the outer one and is not reported on its own.
 */
export function markedQuotes(doc: SegmentedText): readonly MarkedQuote[] {
  // Quotes and loaded words both need them, for the same document.
  let found = cache.get(doc);
  if (!found) {
    found = findMarked(doc);
    cache.set(doc, found);
  }
  return found;
}

const cache = new WeakMap<SegmentedText, readonly MarkedQuote[]>();

function findMarked(doc: SegmentedText): MarkedQuote[] {
  const found: MarkedQuote[] = [];
  for (const paragraph of doc.paragraphs) {
    const doubles = doubleQuotes(doc.text, paragraph.start, paragraph.end, paragraph.index);
    const singles = singleQuotes(doc.text, paragraph.start, paragraph.end, paragraph.index, doubles);
    found.push(...outermost([...doubles, ...singles]));
  }
  return found;
}

function doubleQuotes(text: string, from: number, to: number, paragraph: number): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  let openAt = -1;
  const emit = (end: number, closed: boolean) => {
    const quote = content(text, openAt, end, closed, paragraph);
    if (quote) {
      quotes.push(quote);
    }
    openAt = -1;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET) {
      if (openAt >= 0) {
        // A second opening mark: the first quote was never closed.
        emit(i, false);
      }
      openAt = i;
    } else if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET || c === STRAIGHT_DOUBLE) {
      if (openAt >= 0) {
        emit(i + 1, true);
      } else if (opens(text, i, to)) {
        openAt = i;
      }
    }
  }
  if (openAt >= 0) {
    emit(to, false);
  }
  return quotes;
}

function singleQuotes(text: string, from: number, to: number, paragraph: number, doubles: readonly MarkedQuote[]): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const insideDouble = (i: number) => doubles.some((q) => q.open <= i && i < q.end);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c !== LEFT_SINGLE && c !== STRAIGHT_SINGLE) || !opens(text, i, to) || ELISION.test(text.slice(i + 1, i + 6)) || insideDouble(i)) {
      continue;
    }
    const close = singleCloser(text, i, Math.min(to, i + MAX_SINGLE_QUOTE), insideDouble);
    if (close < 0) {
      continue;
    }
    const quote = content(text, i, close + 1, true, paragraph);
    if (quote) {
      quotes.push(quote);
    }
    i = close;
  }
  return quotes;
}

/**
 * The closing mark of a single quote opened at `open`: a ’ or ' at the end of a word. One
 * that looks like a plural possessive ("the countries’ leaders") is taken only if nothing
 * better follows.
 */
function singleCloser(text: string, open: number, limit: number, insideDouble: (i: number) => boolean): number {
  let possessive = -1;
  for (let j = open + 2; j < limit; j++) {
    const c = text.charCodeAt(j);
    if ((c !== RIGHT_SINGLE && c !== STRAIGHT_SINGLE) || SPACE.test(text[j - 1]!) || insideDouble(j)) {
      continue;
    }
    const next = text[j + 1];
    if (next !== undefined && !AFTER_CLOSER.test(next)) {
      continue;
    }
    if (/[sS]/.test(text[j - 1]!) && next === ' ' && /\p{Ll}/u.test(text[j + 2] ?? '')) {
      possessive = possessive < 0 ? j : possessive;
      continue;
    }
    return j;
  }
  return possessive;
}

/** True when the mark at `i` stands at the start of a word: an opening mark. */
function opens(text: string, i: number, to: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (
    i + 1 < to &&
    after !== undefined &&
    !SPACE.test(after) &&
    (WORD_CHAR.test(after) || /[‘'“"(\[.…]/.test(after)) &&
    (before === undefined || BEFORE_OPENER.test(before))
  );
}

function content(text: string, open: number, end: number, closed: boolean, paragraph: number): MarkedQuote | undefined {
  let start = open + 1;
  let stop = closed ? end - 1 : end;
  while (start < stop && SPACE.test(text[start]!)) {
    start++;
  }
  // The comma before a closing mark belongs to the reporting clause, not to the words quoted.
  while (stop > start && (SPACE.test(text[stop - 1]!) || text[stop - 1] === ',')) {
    stop--;
  }
  if (!WORD_CHAR.test(text.slice(start, stop))) {
    return undefined;
  }
  return { open, end, closed, contentStart: start, contentEnd: stop, paragraph };
}

/** Drops quotes inside another quote, and single quotes that straddle a double one. */
function outermost(quotes: MarkedQuote[]): MarkedQuote[] {
  quotes.sort((x, y) => x.open - y.open || y.end - x.end);
  const kept: MarkedQuote[] = [];
  for (const q of quotes) {
    const last = kept[kept.length - 1];
    if (last && q.open < last.end) {
      continue;
    }
    kept.push(q);
  }
  return kept;
}
