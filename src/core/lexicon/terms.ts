import { normalizeWord } from '../text/normalize';

/**
 * How a term's word must be written in the article for it to match.
 * - `any`: any case (lower-case terms: "claimed" matches "Claimed" at a sentence start);
 * - `initial`: a capital first letter, so names do not match common nouns ("Turkey" is not
 *   "turkey", "Chad" is not "chad");
 * - `upper`: all capitals, so acronyms do not match words ("DPR", "IDF").
 */
export type CaseRule = 'any' | 'initial' | 'upper';

/** One word of a lexicon term, or a `*` that stands for any single word. */
export interface TermToken {
  readonly norm: string;
  readonly caseRule: CaseRule;
  readonly wildcard: boolean;
}

/** A word of a phrase as written, with its offsets inside the phrase. */
export interface PhraseWord {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Word tokens exactly as `segment()` cuts them (see src/core/text/segment.ts): letters, marks
 * and digits, joined by inner apostrophes and full stops ("Kyiv's", "d'Ivoire", "U.S"), with
 * hyphens splitting ("so-called" is `so`, `called`). Terms must be cut the same way as
 * articles or they could never match; a unit test checks the two agree on every shipped term.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a phrase with their normalised forms, as the segmenter would produce them. */
export function phraseWords(phrase: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  for (const match of phrase.matchAll(WORD)) {
    const text = match[0];
    words.push({ text, norm: normalizeWord(text), start: match.index, end: match.index + text.length });
  }
  return words;
}

/**
 * Terms already cut: the bundled lexicon is cut when it is checked and again when it is
 * compiled, and every term is looked at once more for alignment keys.
 */
const tokenCache = new Map<string, readonly TermToken[]>();

/** Cuts a lexicon term into tokens; a free-standing `*` becomes a one-word wildcard. */
export function termTokens(term: string): readonly TermToken[] {
  let tokens = tokenCache.get(term);
  if (!tokens) {
    tokens = cutTerm(term);
    if (tokenCache.size >= 100_000) tokenCache.clear();
    tokenCache.set(term, tokens);
  }
  return tokens;
}

function cutTerm(term: string): TermToken[] {
  const tokens: TermToken[] = [];
  for (const piece of term.trim().split(/\s+/)) {
    if (piece === '*') {
      tokens.push({ norm: '*', caseRule: 'any', wildcard: true });
      continue;
    }
    if (PLAIN_WORD.test(piece)) {
      // Letters and digits only: the piece is one word, as `WORD` would find it.
      tokens.push({ norm: normalizeWord(piece), caseRule: caseRuleOf(piece), wildcard: false });
      continue;
    }
    for (const word of phraseWords(piece)) {
      tokens.push({ norm: word.norm, caseRule: caseRuleOf(word.text), wildcard: false });
    }
  }
  return tokens;
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

function caseRuleOf(text: string): CaseRule {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return 'upper';
  }
  const first = text.charAt(0);
  return first !== first.toLowerCase() ? 'initial' : 'any';
}

/** $ £ ¥ € ₴ ₹ ₽: signs written before an amount. */
const CURRENCY: ReadonlySet<number> = new Set([0x24, 0xa3, 0xa5, 0x20ac, 0x20b4, 0x20b9, 0x20bd]);

/** Whether a word as written satisfies a token's case rule. */
export function caseMatches(rule: CaseRule, text: string): boolean {
  if (rule === 'any') {
    return true;
  }
  if (rule === 'upper') {
    return text === text.toUpperCase();
  }
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Whether the characters between two consecutive words of a multi-word term may be only
 * spaces, hyphens and full stops: "so-called" and "so called" match, "Mt. McKinley" matches
 * "Mt McKinley", but "said, the" does not match "said the" — a term never runs across a
 * comma, a quote mark or a dash used as punctuation. (A full stop that ends a sentence never
 * gets here: terms do not cross sentences.) A currency sign belongs to the amount after it,
 * so "claimed £14,000 in expenses" is one phrase.
 */
export function joinsWords(text: string, from: number, to: number): boolean {
  if (to <= from) {
    return false;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, LF, no-break space, full stop, hyphen-minus, Unicode hyphens
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a && c !== 0xa0 && c !== 0x2e && c !== 0x2d && c !== 0x2010 && c !== 0x2011 && !CURRENCY.has(c)) {
      return false;
    }
  }
  return true;
}
