/**
 * Abbreviations of news prose and when the full stop after one ends a sentence.
 *
 * ICU breaks a sentence at every ". " followed by a capital, so "Sen. Ana Ruiz", "Paul D.
 * Ryan" and "U.S. v. Ortiz" come out in pieces. Whether such a break is real depends on the
 * abbreviation: a title is always followed by a name; "No." is an abbreviation only before a
 * number; a dotted acronym or an initial may end a sentence ("… in Washington, D.C. The next
 * day …"), and does so when the next word is one that opens sentences rather than a name.
 */

/** Titles written before a name: the full stop after them never ends a sentence. */
const TITLES = new Set(
  (
    'mr mrs ms mx messrs dr drs prof gen col lt sgt capt cmdr adm maj brig cpl pvt pfc gov sen sens rep reps ' +
    'rev msgr hon pres atty supt insp det mt ft'
  ).split(' ')
);

/** Never end a sentence: case names ("U.S. v. Ortiz") and Latin abbreviations before examples. */
const ALWAYS = new Set(['v', 'vs', 'e.g', 'i.e', 'cf', 'viz']);

/** Abbreviations only before a number: "No. 5", "Nos. 3 and 4", "Vol. 2", "Art. 51". */
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'art', 'pp']);

/** Months: "Sept. 2, 2019" continues; "… until Sept. The …" ends. */
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** Abbreviations that may also end a sentence ("Martin Luther King Jr. The crowd …"). */
const MAY_END = new Set(
  'jr sr st inc ltd corp co bros llc plc etc approx est dept fig univ assn ave blvd rd sq'.split(' ')
);

/**
 * Capitalised words that open sentences. After an acronym or initial one of these means a new
 * sentence; any other capitalised word is taken for a name ("the U.S. Senate", "D.C. Mayor").
 * Modal verbs and "May" are left out: they are names and months as often as openers.
 */
const OPENERS = new Set(
  (
    'the a an this that these those there here it its he she they we i you his her their our my your ' +
    'but and or so yet nor then thus still also now today yesterday tomorrow tonight meanwhile however instead ' +
    'in on at for from by with after before during when while as if although though because since until unless ' +
    'despite once earlier later last next some many most more several all both each every no none not one two ' +
    'three four five six seven eight nine ten what who why how where which whether according asked'
  ).split(' ')
);

export type AbbreviationKind = 'title' | 'always' | 'number' | 'month' | 'may-end';

/**
 * What kind of abbreviation a word is when a full stop follows it (the word as tokenised,
 * without that stop: "Sen", "U.S", "D"), or undefined when it is an ordinary word.
 */
export function abbreviationKind(token: string): AbbreviationKind | undefined {
  const lower = token.toLowerCase();
  if (TITLES.has(lower) && /^\p{Lu}/u.test(token)) {
    return 'title';
  }
  if (ALWAYS.has(lower)) {
    return 'always';
  }
  if (BEFORE_NUMBER.has(lower)) {
    return 'number';
  }
  if (MONTHS.has(lower) && /^\p{Lu}/u.test(token)) {
    return 'month';
  }
  // An initial ("Paul D. Ryan"), a dotted acronym ("T.P.S", "D.C", "a.m") or a known short form.
  if (/^\p{Lu}$/u.test(token) || /^(?:\p{L}\.)+\p{L}$/u.test(token) || MAY_END.has(lower)) {
    return 'may-end';
  }
  return undefined;
}

/**
 * The word before a final full stop: "Sen" in "… said Sen.", "U.S" in "(the U.S.": letters
 * with single letters and full stops before them (`(?:\p{L}\.)*\p{L}+`), after the start of
 * the text or a character that is not a letter, mark, digit, full stop, apostrophe or hyphen,
 * and before the final stop — what `/(?:^|[^\p{L}\p{M}\p{N}.'’-])((?:\p{L}\.)*\p{L}+)\.$/u`
 * matches, read backwards from the stop: the expression, anchored only at its end, is tried
 * at every position of the text, and this runs once per sentence.
 */
export function lastToken(text: string): { word: string; atStart: boolean } | undefined {
  const stop = text.length - 1;
  if (stop < 1 || text.charCodeAt(stop) !== 0x2e) {
    return undefined;
  }
  // The letters and full stops before the final one: the word can only be all of them.
  let start = stop;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    const width = isLowSurrogate(code) && start > 1 && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    if (code !== 0x2e && !isLetter(text.slice(start - width, start))) break;
    start -= width;
  }
  if (start > 0 && NOT_AFTER_WORD.test(text.slice(start - (isLowSurrogate(text.charCodeAt(start - 1)) && start > 1 && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1), start))) {
    return undefined;
  }
  const word = text.slice(start, stop);
  const pieces = word.split('.');
  const last = pieces.length - 1;
  if (pieces[last]!.length === 0 || pieces.some((piece, i) => i < last && [...piece].length !== 1)) {
    return undefined;
  }
  return { word, atStart: start === 0 };
}

/** Characters a word before a final stop may not follow (it would be part of a longer token). */
const NOT_AFTER_WORD = /^[\p{L}\p{M}\p{N}.'’-]$/u;
const LETTER = /^\p{L}$/u;

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) {
    return (code | 0x20) >= 97 && (code | 0x20) <= 122;
  }
  return LETTER.test(c);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
/** The first word after a break, and whether an opening quote mark or bracket precedes it. */
const FIRST_WORD = /^\s*([“"‘'(\[«]*)\s*(\p{L}[\p{L}\p{M}'’]*|\p{N})(\.?)/u;
/** Enough characters at either side of a break to see the words that decide it. */
const CONTEXT = 48;

/**
 * Whether a sentence break after `before` (text ending in a full stop) and before `after` is
 * not a sentence end but an abbreviation inside one. `lineEnd` is for a break at the end of a
 * line, where only titles, "v." and "No. 5" carry on: a line ending in an acronym or an
 * initial is taken for a paragraph of its own, as scraped articles put one paragraph a line.
 * Looks at a few characters either side only, so it costs the same for any length of text.
 */
export function continuesAfter(before: string, after: string, lineEnd = false): boolean {
  const tail = before.length > CONTEXT ? before.slice(before.length - CONTEXT - 1) : before;
  const match = lastToken(tail);
  // A token cut by the slice (matched at its very start) is not the whole word.
  if (!match || (tail !== before && match.atStart)) {
    return false;
  }
  const kind = abbreviationKind(match.word);
  if (kind === undefined) {
    return false;
  }
  const next = FIRST_WORD.exec(after.slice(0, CONTEXT));
  const startsNumber = !!next && /\p{N}/u.test(next[2]!) && next[1] === '';
  switch (kind) {
    case 'title':
    case 'always':
      return true;
    case 'number':
      return startsNumber;
    case 'month':
      return startsNumber || (!lineEnd && !opensSentence(next));
    case 'may-end':
      return !lineEnd && !opensSentence(next);
  }
}

function opensSentence(next: RegExpExecArray | null): boolean {
  if (!next) {
    return true;
  }
  const [, marks, word, dot] = next;
  if (marks!.length > 0) {
    // A quotation or bracket after an acronym's stop opens the next sentence.
    return true;
  }
  if (!/^\p{Lu}/u.test(word!)) {
    // Lower case or a number continues the sentence: "at 9 a.m. on Monday".
    return false;
  }
  if (word!.length === 1 && dot === '.') {
    // Another initial: "J. K. Rowling", "J. A. Smith".
    return false;
  }
  // "It" and "In" open sentences; "IT" and "IN" are acronyms.
  return OPENERS.has(word!.toLowerCase()) && (word!.length === 1 || !/^\p{Lu}+$/u.test(word!));
}

/**
 * Whether a word followed by ". " inside a sentence is an abbreviation, so that "Sen. Ana
 * Ruiz", "Paul D. Ryan" and "U.S. District Judge" read as one phrase.
 */
export function isAbbreviation(token: string): boolean {
  return abbreviationKind(token) !== undefined;
}
