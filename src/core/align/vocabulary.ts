import { americanise } from '../substitutions/spelling';
import { STOPWORDS, stem } from '../text/normalize';
import type { LexiconKeys } from './lexiconKeys';
import type { NameVariants } from './nameVariants';
import type { WordTable } from './wordTable';

/** What a token is, which decides how much it anchors a correspondence. */
export const TokenKind = {
  Word: 0,
  /** A small count, a year, an ordinal: figures that recur by chance. */
  Figure: 1,
  /** A figure with a unit, a decimal, a date or a count above a dozen: "61%", "4,000". */
  StrongFigure: 2,
  Name: 3,
  /** A lexicon word that frames the telling rather than the fact (see `LexiconKeys`). */
  Apparatus: 4,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Marks a word that carries no content (stop word, single letter). */
export const NOT_CONTENT = -1;

const HAS_DIGIT = /\d/;
/** A single ideograph is a whole word in Chinese and Japanese, unlike a single Latin letter. */
const IDEOGRAPH = /^\p{Script=Han}$/u;
const PLAIN_INTEGER = /^#(\d+)$/;
const CHANCE_FIGURE = /^#[\d.]+(?:th|s)$/;
/** Abbreviated titles before a name ("Mr. Ortiz", "Gov. Silva"): the name is the content. */
const TITLES: ReadonlySet<string> = new Set('mr mrs ms mx dr gov sen rep gen prof lt col sgt capt cpl'.split(' '));

/**
 * The features of two articles as integer token ids: one per distinct key, where the key of a
 * word is the name it aliases (a transliterated spelling, see `nameVariants`), else its
 * lexicon set (see `lexiconKeys`), else its stem with US spelling, and a figure's key is its
 * own (see `readNumber`). Each distinct word of the `WordTable` is keyed once.
 */
export class Vocabulary {
  private readonly byKey = new Map<string, number>();
  private readonly kindOf: TokenKind[] = [];

  constructor(
    private readonly names: NameVariants,
    private readonly lexicon: LexiconKeys
  ) {}

  get size(): number {
    return this.byKey.size;
  }

  /** The kind of every token id. */
  kinds(): Uint8Array {
    return Uint8Array.from(this.kindOf);
  }

  /** The token id of every entry of `table`, or `NOT_CONTENT`. */
  idsOf(table: WordTable): Int32Array {
    const ids = new Int32Array(table.size);
    for (let entry = 0; entry < table.size; entry++) {
      const text = table.entries[entry]!;
      ids[entry] = table.isFigure(entry) ? this.idOfKey(text, figureKind(text)) : this.idOfWord(text);
    }
    return ids;
  }

  private idOfWord(norm: string): number {
    const hasDigit = HAS_DIGIT.test(norm);
    if (!hasDigit && (STOPWORDS.has(norm) || TITLES.has(norm) || (norm.length < 2 && !IDEOGRAPH.test(norm)))) {
      return NOT_CONTENT;
    }
    if (hasDigit) {
      // Words mixing letters and digits ("k4", "g7") are not figures; they stay as written.
      return this.idOfKey(norm, TokenKind.Word);
    }
    const name = this.names.aliases.get(norm) ?? norm;
    const lexiconKey = this.lexicon.byNorm.get(name);
    if (lexiconKey !== undefined) {
      const { apparatus, names } = this.lexicon;
      return this.idOfKey(lexiconKey, apparatus.has(lexiconKey) ? TokenKind.Apparatus : names.has(lexiconKey) ? TokenKind.Name : TokenKind.Word);
    }
    return this.idOfKey(alignmentStem(americanise(name)), this.names.names.has(norm) ? TokenKind.Name : TokenKind.Word);
  }

  private idOfKey(key: string, kind: TokenKind): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.byKey.size;
      this.byKey.set(key, id);
      this.kindOf.push(kind);
    } else if (kind === TokenKind.Name) {
      // "Kerenets" the name and a word stemming alike: the name decides.
      this.kindOf[id] = kind;
    }
    return id;
  }
}

/**
 * `stem`, except for words in "-ply": its adverb rule takes "supply" and "supplies" to
 * "supp" while "supplied" and "supplying" give "suppl", which would make one word two.
 */
function alignmentStem(word: string): string {
  return PLY.test(word) ? word.replace(PLY_ENDING, '') : stem(word);
}

const PLY = /pl(?:y|ies)$/;
const PLY_ENDING = /(?:y|ies)$/;

function figureKind(key: string): TokenKind {
  const integer = PLAIN_INTEGER.exec(key);
  if (integer) {
    const value = Number(integer[1]);
    return value > 12 && !(value >= 1900 && value <= 2100) ? TokenKind.StrongFigure : TokenKind.Figure;
  }
  // Ordinals ("3rd", "third") and decades ("1980s") recur by chance like small counts.
  return CHANCE_FIGURE.test(key) ? TokenKind.Figure : TokenKind.StrongFigure;
}
