import type { SegmentedText, Word } from '../types';
import { STOPWORDS } from '../text/normalize';
import { CONNECTORS, TITLES, isInitial, letterCount } from './nameWords';

/** A proper name as written: its words (titles and sentence-initial filler removed). */
export interface NameRun {
  /** The words from the name's first to its last, dotted initials included ("Paul D. Ryan"). */
  readonly words: readonly Word[];
  /** The words that identify it: initials left out, so "Paul D. Ryan" and "Paul Ryan" agree. */
  readonly parts: readonly Word[];
  /** Whether its first word starts a sentence or a quote (so its capital proves nothing). */
  readonly initial: boolean;
}

/** Text before a word that makes it the start of a sentence-like unit (a quote, a heading). */
const OPENS_UNIT = /[“"‘'(\[:—–•*#]\s*$/;
/** Titles written with a dot; a full word ("Speaker.") before a dot really ends a sentence. */
const ABBREVIATED_TITLES = new Set('mr mrs ms dr sen sens rep reps gov gen lt col capt maj sgt adm prof rev supt insp pres mme mlle messrs'.split(' '));
/** The hyphen of a party-state tag: "R-Texas", "D‑N.Y.". */
const TAG_HYPHEN = /^[-\u2010\u2011]$/;
const TAG_WORD = /^[RDI][-\u2010\u2011]\p{Lu}/u;

const runCache = new WeakMap<SegmentedText, Word[][]>();

/**
 * Maximal runs of capitalised words (with "of", "bin"… inside) that `skip` does not claim. A
 * dotted initial or an abbreviated title joins the run across its dot, whether or not the
 * segmenter ended a sentence there ("Paul D. Ryan", "Sen. Lindsey Graham"). Party-state tags
 * ("R-Texas", "D-N.Y.") are never part of a name. The runs of a document are found once; a
 * word `skip` claims cuts its run in two.
 */
export function capitalisedRuns(doc: SegmentedText, skip?: ReadonlySet<number>): Word[][] {
  let runs = runCache.get(doc);
  if (!runs) {
    runs = findRuns(doc);
    runCache.set(doc, runs);
  }
  if (!skip || skip.size === 0) {
    return runs;
  }
  const pieces: Word[][] = [];
  for (const run of runs) {
    let piece: Word[] = [];
    for (const w of run) {
      if (skip.has(w.index)) {
        pushTrimmed(pieces, piece);
        piece = [];
      } else {
        piece.push(w);
      }
    }
    pushTrimmed(pieces, piece);
  }
  return pieces;
}

/** A run without connectors at its start or connectors and initials at its end. */
function pushTrimmed(runs: Word[][], run: Word[]): void {
  let from = 0;
  let to = run.length;
  while (from < to && CONNECTORS.has(run[from]!.norm)) from++;
  while (to > from && (CONNECTORS.has(run[to - 1]!.norm) || isInitial(run[to - 1]!.text))) to--;
  if (to > from) {
    runs.push(from === 0 && to === run.length ? run : run.slice(from, to));
  }
}

function findRuns(doc: SegmentedText): Word[][] {
  const { words, text } = doc;
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length > 0) {
      pushTrimmed(runs, run);
      run = [];
    }
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const upper = isUpper(w.text.charCodeAt(0), w.text);
    const tag = upper ? tagLength(words, text, i) : 0;
    if (tag > 0) {
      flush();
      i += tag - 1;
      continue;
    }
    const previous = run[run.length - 1];
    const joined = previous !== undefined && joins(text, previous, w);
    if (!joined) {
      flush();
    }
    if (upper || (joined && CONNECTORS.has(w.norm))) {
      run.push(w);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** Whether a word starts with a capital; ASCII by its code, other scripts by case folding. */
function isUpper(code: number, text: string): boolean {
  if (code < 128) {
    return code >= 65 && code <= 90;
  }
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * How many words a party-state tag starting at word `i` takes (0 if none): "R-Texas" as one
 * word or as "R", "-", "Texas", and the capitalised words that continue the state ("D-New York").
 * The segmenter may keep the tag as one word or cut it at the hyphen.
 */
function tagLength(words: readonly Word[], text: string, i: number): number {
  const w = words[i]!;
  const first = w.text.charCodeAt(0);
  // Only R, D or I can open a tag; tags sit in brackets or between commas ("D-Day" is a word).
  if ((first !== 82 && first !== 68 && first !== 73) || !/[(,][ \u00a0]*$/.test(text.slice(Math.max(0, w.start - 3), w.start))) {
    return 0;
  }
  let n: number;
  if (TAG_WORD.test(w.text)) {
    n = 1;
  } else if (/^[RDI]$/.test(w.text) && i + 1 < words.length && TAG_HYPHEN.test(text.slice(w.end, words[i + 1]!.start))) {
    n = 2;
  } else {
    return 0;
  }
  while (i + n < words.length && /^\p{Lu}/u.test(words[i + n]!.text) && /^[ \u00a0]+$/.test(text.slice(words[i + n - 1]!.end, words[i + n]!.start))) {
    n++;
  }
  return n;
}

function joins(text: string, previous: Word, w: Word): boolean {
  if (previous.sentence === w.sentence && onlyBlanks(text, previous.end, w.start)) {
    return true;
  }
  return text.charCodeAt(previous.end) === 46 && onlyBlanks(text, previous.end + 1, w.start) && (isInitial(previous.text) || ABBREVIATED_TITLES.has(previous.norm));
}

/** Whether text[from, to) is one or more spaces, tabs, line breaks or no-break spaces. */
function onlyBlanks(text: string, from: number, to: number): boolean {
  if (to <= from) {
    return false;
  }
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xa0) {
      return false;
    }
  }
  return true;
}

/**
 * The name inside a run: without sentence-initial filler ("Despite", "The") and without the
 * titles in front ("Prime Minister", "Sen."), unless nothing but common words would be left.
 * Undefined when the run holds no name (only titles, common words, initials or one letter).
 */
export function trimToName(doc: SegmentedText, run: readonly Word[], isCommon: (norm: string) => boolean): NameRun | undefined {
  // Indices into the run rather than slices of it: this runs for every run of capitals.
  const n = run.length;
  let from = 0;
  let initial = startsUnit(doc, run[0]!);
  // A sentence-initial capital proves nothing: "Despite", "Short", "The".
  while (
    from < n &&
    (STOPWORDS.has(run[from]!.norm) || CONNECTORS.has(run[from]!.norm) || isInitial(run[from]!.text) || (initial && isCommon(run[from]!.norm)))
  ) {
    from++;
    initial = false;
  }
  let lastTitle = -1;
  for (let i = from; i < n; i++) {
    if (TITLES.has(run[i]!.norm)) {
      lastTitle = i;
    }
  }
  const isPart = (w: Word) => !CONNECTORS.has(w.norm) && !isInitial(w.text);
  if (lastTitle >= 0 && someFrom(run, lastTitle + 1, (w) => isPart(w) && !isCommon(w.norm))) {
    from = lastTitle + 1;
    initial = false;
    // The rest of the title: "Secretary of State Joan Alvarez" is Joan Alvarez.
    while (from < n && (!isPart(run[from]!) || isCommon(run[from]!.norm))) {
      from++;
    }
  }
  const parts: Word[] = [];
  for (let i = from; i < n; i++) {
    if (isPart(run[i]!)) {
      parts.push(run[i]!);
    }
  }
  if (parts.length === 0 || parts.some((w) => letterCount(w.text) < 2) || parts.every((w) => isCommon(w.norm) || TITLES.has(w.norm))) {
    return undefined;
  }
  return { words: from === 0 ? run : run.slice(from), parts, initial };
}

function someFrom(words: readonly Word[], from: number, test: (w: Word) => boolean): boolean {
  for (let i = from; i < words.length; i++) {
    if (test(words[i]!)) {
      return true;
    }
  }
  return false;
}

function startsUnit(doc: SegmentedText, word: Word): boolean {
  const sentence = doc.sentences[word.sentence]!;
  if (word.index === sentence.firstWord) {
    return true;
  }
  const previous = doc.words[word.index - 1]!;
  return OPENS_UNIT.test(doc.text.slice(previous.end, word.start));
}
