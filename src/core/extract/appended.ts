/**
 * A second article appended after the first: scraped pages often run on into the next story
 * of the site ("Saudi defense minister meets Pakistan army chief …" under an article on arms
 * sales), with its own headline and furniture. Analysed as the outlet's telling of the first
 * story, it would add words, names and tone that are about something else.
 *
 * The second article starts at a line shaped like a headline, and what follows it names
 * other people and places than what came before. An article's own later paragraphs, even
 * under subheadings or when the story turns to a related matter, keep naming the people and
 * places they started with; an unrelated story names others. Content words tell the two apart
 * less well: a site's next story is often on the same beat (both of the sample's articles are
 * about Pakistan's defence ties), so they only confirm what the names say.
 */
import { STOPWORDS, isCapitalised, normalizeWord, stem } from '../text/normalize';
import { furnitureOfLines } from './furniture';
import { isBullet, isHeadlineLike, isProse, scanLines, wordCount, type TextLine } from './lines';
import type { ExcludedRun, ExclusionReason } from './types';

/** The overlap measured at one candidate headline: the evidence for and against a second article there. */
export interface SplitFigures {
  /** Offset of the candidate's first visible character. */
  readonly start: number;
  /** The candidate opens a page's title block: a timestamp, share bar or its own repetition follows it. */
  readonly furnished: boolean;
  /** Content words (stop words, figures and furniture left out) before the candidate and from it on. */
  readonly wordsBefore: number;
  readonly wordsAfter: number;
  /** Distinct content-word stems from the candidate on, and how many of them also occur before it. */
  readonly terms: number;
  readonly sharedTerms: number;
  /** Content words from the candidate on whose stem also occurs before it. */
  readonly sharedWords: number;
  /**
   * Distinct names from the candidate on, and how many of them occur before it. A name is a
   * word capitalised where no sentence opens and never written in lower case in the text
   * ("Munir", "Riyadh"; not "Defense" of "Saudi Defense Minister", which the text also writes
   * "defense"); days and months are not names.
   */
  readonly names: number;
  readonly sharedNames: number;
  /** Occurrences of names from the candidate on, and how many are of names that occur before. */
  readonly nameWords: number;
  readonly sharedNameWords: number;
}

/*
 * Thresholds, set on the figures `splitFigures` gives for every candidate of the five shared
 * sample articles and of the scrape fixtures (test/fixtures/scrapes). "Names" is the share of
 * the distinct names after the candidate that occur before it; "name words" weighs each name
 * by its occurrences; "terms" is the share of distinct content stems.
 *
 *   candidate                                          names  name words  terms  verdict
 *   003 "Saudi defense minister meets …" (F)            0.08     0.18     0.22   appended
 *   orchard-frost-appended "Velmora library …" (F)      0.07     0.07     0.11   appended
 *   appended-bare "Valdor chess prodigy …"              0.00     0.00     0.06   appended
 *   004 "Qureshi-Lavrov interview"                      0.52     0.63     0.28   one article
 *   river-plan-long, first subheading                   0.20     0.40     0.15   one article
 *   river-plan-long, four later subheadings           ≥ 0.50   ≥ 0.60   ≥ 0.23   one article
 *   bridge-closure-turn "Bus strike adds …" (4 names)   0.25     0.40     0.33   one article
 *   (F: followed by title furniture; 000 and 002 have no candidate line, and 001's only one,
 *   its standfirst, has five content words before it.)
 *
 * The same figures with a headline and a share bar put before every paragraph of the single
 * articles (where at least five names follow), as a worst case of where a subheading could
 * stand: lowest names / name words 0.25 / 0.30 in 000, 0.29 / 0.43 in 001, 0.38 / 0.56 in
 * 002, 0.38 / 0.45 in 003's first article (its turn to Afghan migrants and transit trade
 * included), 0.27 / 0.49 in 004, 0.20 / 0.33 in river-plan-long.
 *
 * Terms do not separate the two: 003's second story is on the same beat as its first (0.22),
 * while a long article's first subheading opens on new ground (0.15), so they only cap a cut
 * where the vocabulary plainly runs on. Names do: at most 0.08 and 0.18 after an appended
 * headline, at least 0.20 and 0.30 anywhere in one article. A candidate followed by title
 * furniture is cut at 0.15 and 0.25, about halfway between; one without it only when it
 * shares next to nothing (0.05, 0.10, terms 0.15), as a headline run straight on from an
 * unrelated story does. 003's second story without its title block (0.08, 0.17, 0.23) would
 * not be cut: the cut errs towards keeping text.
 */

/** Enough of a first article before the candidate, and of a second after it, to measure. */
const MIN_WORDS_BEFORE = 60;
const MIN_WORDS_AFTER = 40;
/** Too few names after the candidate to say whom it is about (every cut case above has 14 or more): never cut. */
const MIN_NAMES = 5;
const FURNISHED = { names: 0.15, nameWords: 0.25, terms: 0.35 };
const BARE = { names: 0.05, nameWords: 0.1, terms: 0.15 };

/** Furniture of a page's title block: what follows a headline, and never a subheading inside an article. */
const TITLE_BLOCK: ReadonlySet<ExclusionReason> = new Set<ExclusionReason>(['page-title', 'share-bar', 'page-furniture']);
/** How many lines after a candidate are looked at for its title block. */
const TITLE_BLOCK_LINES = 3;
/** More words than a headline has (the longest of the samples has fourteen). */
const MAX_CANDIDATE_WORDS = 25;

/**
 * The second article of `visible`, from its headline to the end of the text (its last visible
 * character), or undefined when the text reads as one article.
 */
export function findAppendedArticle(visible: string): ExcludedRun | undefined {
  const lines = scanLines(visible);
  return appendedOfLines(visible, lines, furnitureOfLines(visible, lines));
}

/** `findAppendedArticle` on lines and furniture already found. */
export function appendedOfLines(visible: string, lines: readonly TextLine[], furniture: readonly ExcludedRun[]): ExcludedRun | undefined {
  const split = measureSplits(visible, lines, furniture).find(isAppended);
  return split && { start: split.start, end: lastVisible(lines), reason: 'appended-article' };
}

/** The figures at every candidate headline of `visible`, in order: what `findAppendedArticle` decides on. */
export function splitFigures(visible: string): SplitFigures[] {
  const lines = scanLines(visible);
  return measureSplits(visible, lines, furnitureOfLines(visible, lines));
}

function isAppended(split: SplitFigures): boolean {
  if (split.wordsBefore < MIN_WORDS_BEFORE || split.wordsAfter < MIN_WORDS_AFTER || split.names < MIN_NAMES) return false;
  const limit = split.furnished ? FURNISHED : BARE;
  return (
    split.sharedNames / split.names <= limit.names &&
    split.sharedNameWords / split.nameWords <= limit.nameWords &&
    split.sharedTerms / split.terms <= limit.terms
  );
}

function lastVisible(lines: readonly TextLine[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.end > lines[i]!.start) return lines[i]!.end;
  }
  return 0;
}

function measureSplits(visible: string, lines: readonly TextLine[], furniture: readonly ExcludedRun[]): SplitFigures[] {
  const reasons = reasonByLine(lines, furniture);
  const candidates = candidateLines(lines, reasons);
  if (candidates.length === 0) return [];
  const words: { term: string; norm: string; capitalised: boolean; line: number }[] = [];
  const inLowerCase = new Set<string>();
  lines.forEach((line, i) => {
    if (reasons[i]) return;
    readWords(visible, line, (term, norm, capitalised, lower) => {
      words.push({ term, norm, capitalised, line: i });
      if (lower) inLowerCase.add(norm);
    });
  });
  const terms = new Spans(lines.length);
  const names = new Spans(lines.length);
  for (const word of words) {
    terms.add(word.term, word.line);
    if (word.capitalised && !inLowerCase.has(word.norm)) names.add(word.term, word.line);
  }
  terms.finish();
  names.finish((term) => terms.firstLine(term));
  return candidates.map(({ line, furnished }) => ({
    start: lines[line]!.start,
    furnished,
    wordsBefore: terms.tokensBefore(line),
    wordsAfter: terms.tokensFrom(line),
    terms: terms.typesFrom(line),
    sharedTerms: terms.sharedTypes(line),
    sharedWords: terms.sharedTokens(line),
    names: names.typesFrom(line),
    sharedNames: names.sharedTypes(line),
    nameWords: names.tokensFrom(line),
    sharedNameWords: names.sharedTokens(line),
  }));
}

/** The furniture reason of each line, if it is furniture. */
function reasonByLine(lines: readonly TextLine[], furniture: readonly ExcludedRun[]): (ExclusionReason | undefined)[] {
  const byStart = new Map(furniture.map((run) => [run.start, run.reason]));
  return lines.map((line) => (line.end > line.start ? byStart.get(line.start) : undefined));
}

interface Candidate {
  readonly line: number;
  readonly furnished: boolean;
}

/**
 * Lines that may open a second article: shaped like a headline, not furniture, not a list
 * item, not the text's first line, and either after a blank line (a page's blocks are
 * scraped with blank lines between) or opening a title block.
 */
function candidateLines(lines: readonly TextLine[], reasons: readonly (ExclusionReason | undefined)[]): Candidate[] {
  const out: Candidate[] = [];
  let seenText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start === line.end) continue;
    const first = !seenText;
    seenText = true;
    const text = line.text;
    if (first || reasons[i] || text === undefined) continue;
    if (!isHeadlineLike(text) || isBullet(text) || wordCount(text) > MAX_CANDIDATE_WORDS) continue;
    const furnished = opensTitleBlock(lines, reasons, i);
    const afterBlank = lines[i - 1]!.start === lines[i - 1]!.end;
    if (furnished || afterBlank) out.push({ line: i, furnished });
  }
  return out;
}

/**
 * A title block follows the line: within the next few lines, with no prose between, comes a
 * timestamp, a share bar or a repetition of the line (as in "Saudi defense minister …",
 * "Updated 8 sec ago", "Follow", "Saudi defense minister …").
 */
function opensTitleBlock(lines: readonly TextLine[], reasons: readonly (ExclusionReason | undefined)[], at: number): boolean {
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < TITLE_BLOCK_LINES; i++) {
    const line = lines[i]!;
    if (line.start === line.end) continue;
    const reason = reasons[i];
    if (reason && TITLE_BLOCK.has(reason)) return true;
    if (!reason && (line.text === undefined || isProse(line.text))) return false;
    seen++;
  }
  return false;
}

/** Scripts written without spaces: each character is read as a word of its own. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
/** A sentence opens after these: its first word is capitalised by grammar, not as a name. */
const OPENS_SENTENCE = /[.!?:;"“‘«(•*—–-]/;
/** Capitalised, but every article has them: days and months say when, not whom or where. */
const CALENDAR: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december'
  ).split(' ')
);

/**
 * Calls `emit` with each content word of the line: its stem, its normal form, whether it is
 * capitalised where a sentence does not open (a name, or a title: "Defense Minister"), and
 * whether it is written in lower case. A capitalised word that the text also writes in lower
 * case is a title or a common word ("Defense", "States", "World"), not a name.
 */
function readWords(
  visible: string,
  line: TextLine,
  emit: (term: string, norm: string, capitalised: boolean, lower: boolean) => void
): void {
  const text = visible.slice(line.start, line.end);
  let previousEnd = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const opening = previousEnd < 0 || OPENS_SENTENCE.test(text.slice(previousEnd, match.index));
    previousEnd = match.index + word.length;
    if (/\d/.test(word)) continue;
    if (UNSPACED.test(word)) {
      for (const char of word) emit(char, char, false, false);
      continue;
    }
    const norm = normalizeWord(word);
    if (norm.length < 3 || STOPWORDS.has(norm) || CALENDAR.has(norm)) continue;
    const capitalised = isCapitalised(word);
    emit(stem(norm), norm, capitalised && !opening, !capitalised && word !== word.toUpperCase());
  }
}

/**
 * For each distinct term, the first and last line it occurs on and how often, and from those,
 * by prefix and suffix sums over the lines, the overlap at every line at once. A term occurs
 * on both sides of line `c` when its first line is before `c` and its last at or after `c`;
 * the words from `c` on whose term occurs before `c` are all words from `c` on less those of
 * terms first seen at or after `c`.
 */
class Spans {
  private readonly first = new Map<string, number>();
  private readonly last = new Map<string, number>();
  private readonly count = new Map<string, number>();
  private readonly tokensOn: Int32Array;
  /** Indexed by line `c`: tokens before `c`; terms last seen at or after `c`; terms first seen, and their tokens, at or after `c`. */
  private before: Int32Array = new Int32Array(0);
  private lastFrom: Int32Array = new Int32Array(0);
  private firstFrom: Int32Array = new Int32Array(0);
  private newTokensFrom: Int32Array = new Int32Array(0);
  private total = 0;

  constructor(private readonly lineCount: number) {
    this.tokensOn = new Int32Array(lineCount);
  }

  add(term: string, line: number): void {
    if (!this.first.has(term)) this.first.set(term, line);
    this.last.set(term, line);
    this.count.set(term, (this.count.get(term) ?? 0) + 1);
    this.tokensOn[line]!++;
    this.total++;
  }

  /**
   * Sums the spans up. `firstOf` gives the line a term is first seen on when that is earlier
   * than its first occurrence here: a name counts as occurring before the candidate when its
   * word does, even where it opened a sentence there ("Tarnby's main road bridge …").
   */
  finish(firstOf?: (term: string) => number): void {
    if (firstOf) for (const term of this.first.keys()) this.first.set(term, firstOf(term));
    const n = this.lineCount;
    const lastAt = new Int32Array(n + 1);
    const firstAt = new Int32Array(n + 1);
    const newTokensAt = new Int32Array(n + 1);
    for (const line of this.last.values()) lastAt[line]!++;
    for (const [term, line] of this.first) {
      firstAt[line]!++;
      newTokensAt[line]! += this.count.get(term)!;
    }
    this.before = new Int32Array(n + 1);
    for (let c = 0; c < n; c++) this.before[c + 1] = this.before[c]! + this.tokensOn[c]!;
    this.lastFrom = suffixSums(lastAt);
    this.firstFrom = suffixSums(firstAt);
    this.newTokensFrom = suffixSums(newTokensAt);
  }

  firstLine(term: string): number {
    return this.first.get(term)!;
  }

  tokensBefore(line: number): number {
    return this.before[line]!;
  }

  tokensFrom(line: number): number {
    return this.total - this.before[line]!;
  }

  typesFrom(line: number): number {
    return this.lastFrom[line]!;
  }

  sharedTypes(line: number): number {
    return this.lastFrom[line]! - this.firstFrom[line]!;
  }

  sharedTokens(line: number): number {
    return this.tokensFrom(line) - this.newTokensFrom[line]!;
  }
}

function suffixSums(values: Int32Array): Int32Array {
  const sums = new Int32Array(values.length);
  for (let i = values.length - 1; i >= 0; i--) sums[i] = values[i]! + (i + 1 < values.length ? sums[i + 1]! : 0);
  return sums;
}
