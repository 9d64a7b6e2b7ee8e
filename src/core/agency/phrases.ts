/**
 * Small rules over part-of-speech tags: the noun phrase before or after a word, the helper
 * verbs before a verb, and the words that name who or what was harmed. They read the tags
 * but trust the event and actor word lists where the tagger is known to slip ("airstrikes"
 * and "suspects" tagged as verbs).
 */
import { ACTOR_NOUNS, bare, isPossessive } from './actors';
import { NOMINAL_WORDS, singular } from './events';
import type { Token } from './nlp';

/** An inclusive range of token indices. */
export interface Range {
  readonly first: number;
  readonly last: number;
}

const BE = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting']);
const PERFECT = new Set(['has', 'have', 'had', 'having']);
const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'cannot', 'shall']);
const NEGATIONS = new Set(['not', 'never', 'no']);
const ADVERBS = new Set(['also', 'reportedly', 'allegedly', 'then', 'later', 'again', 'forcibly', 'brutally', 'already', 'just']);

/** Words of place and time that the tagger may take for adjectives ("near", "outside"). */
const PLACE_AND_TIME = new Set(['near', 'outside', 'inside', 'across', 'along', 'around', 'behind', 'beside', 'between', 'beyond', 'throughout', 'overnight', 'nearby']);

/**
 * Whether punctuation separates token `k` from the next one. A hyphen inside a compound does
 * not ("Russian-backed separatists", "a 19-year-old man"): the tagger splits the compound,
 * but it is one word of its phrase.
 */
export function breakAfter(tokens: readonly Token[], k: number): boolean {
  return (tokens[k]?.punctAfter ?? '') !== '' && !joinedToNext(tokens, k);
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** Whether token `k` and the next are parts of one hyphenated word: a hyphen and no space between. */
export function joinedToNext(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  return token !== undefined && next !== undefined && HYPHENS.has(token.punctAfter) && next.start === token.end + 1;
}

/** What stands before a verb: helper verbs, negation, "to", adverbs. */
export interface Auxiliaries {
  /** Index of the first helper word, or the verb itself when there is none. */
  readonly first: number;
  readonly be: boolean;
  readonly negated: boolean;
  /** A modal ("would kill") or "to" ("moved in to arrest"): not something that happened. */
  readonly unreal: boolean;
}

export function auxiliariesBefore(tokens: readonly Token[], verb: number): Auxiliaries {
  let first = verb;
  let be = false;
  let negated = false;
  let unreal = false;
  for (let j = verb - 1; j >= 0 && !breakAfter(tokens, j); j--) {
    const token = tokens[j]!;
    const word = token.lower;
    if (BE.has(word)) be = true;
    else if (MODALS.has(word) || word === 'to') unreal = true;
    else if (NEGATIONS.has(word) || /n't$/.test(word)) negated = true;
    else if (!PERFECT.has(word) && !(token.pos === 'adverb' || ADVERBS.has(word))) break;
    first = j;
  }
  // Adverbs before the first helper ("reportedly were") belong to the sentence, not the verb.
  while (first < verb && (tokens[first]!.pos === 'adverb' || ADVERBS.has(tokens[first]!.lower))) first++;
  return { first, be, negated, unreal };
}

/** A word that can end a noun phrase. */
export function isNounish(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || token.tags.date || PLACE_AND_TIME.has(token.lower)) return false;
  if (token.pos === 'noun' || token.pos === 'pronoun' || token.pos === 'number' || token.tags.proper) return true;
  if (ACTOR_NOUNS.has(bare(token)) || NOMINAL_WORDS.has(token.lower)) return true;
  // "two suspects", "the protesters": a present-tense "verb" right after a number or article.
  const prev = tokens[k - 1];
  return (
    token.pos === 'verb' &&
    !token.tags.pastTense &&
    !token.tags.gerund &&
    !token.tags.auxiliary &&
    prev !== undefined &&
    !breakAfter(tokens, k - 1) &&
    (prev.pos === 'number' || prev.pos === 'determiner' || prev.pos === 'adjective')
  );
}

/** A word that can stand inside a noun phrase, before its head. */
function isModifier(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.tags.date || token.pos === 'pronoun' || PLACE_AND_TIME.has(token.lower)) return false;
  if (token.lower === 'of') return k > 0 && isNounish(tokens, k - 1) && tokens[k - 1]!.pos !== 'pronoun';
  // Every part of a compound before the head modifies it, whatever its tag ("Russian-backed").
  if (joinedToNext(tokens, k) || joinedToNext(tokens, k - 1)) return true;
  return (
    token.pos === 'determiner' ||
    token.pos === 'adjective' ||
    token.pos === 'number' ||
    token.pos === 'noun' ||
    token.tags.proper ||
    isPossessive(token) ||
    ACTOR_NOUNS.has(bare(token)) ||
    NOMINAL_WORDS.has(token.lower) ||
    (k === 0 && token.pos === 'verb' && !token.tags.pastTense && /^[A-Z]/.test(token.text)) ||
    isParticipleAdjective(tokens, k)
  );
}

/**
 * "displaced families", "the wounded men": a participle before a noun, where no noun stands
 * before it ("troops detained protesters" is a clause, not a phrase).
 */
function isParticipleAdjective(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.pos !== 'verb' || !token.tags.pastTense || token.tags.auxiliary || !/ed$/.test(token.lower)) return false;
  const before = tokens[k - 1];
  return (
    before !== undefined &&
    !breakAfter(tokens, k - 1) &&
    (before.pos === 'determiner' || before.pos === 'adjective' || before.pos === 'number' || before.tags.gerund)
  );
}

/** The noun phrase that ends at token `last`, or undefined when `last` cannot end one. */
export function phraseEndingAt(tokens: readonly Token[], last: number): Range | undefined {
  if (!isNounish(tokens, last)) return undefined;
  if (tokens[last]!.pos === 'pronoun') return { first: last, last };
  let first = last;
  while (first > 0 && !breakAfter(tokens, first - 1) && isModifier(tokens, first - 1)) first--;
  // A phrase does not begin with "of".
  while (tokens[first]!.lower === 'of' && first < last) first++;
  return { first, last };
}

/** The noun phrase that begins at token `first`, or undefined when none does. */
export function phraseStartingAt(tokens: readonly Token[], first: number): Range | undefined {
  let last = first - 1;
  for (let k = first; k < tokens.length; k++) {
    if (!isModifier(tokens, k) && !isNounish(tokens, k)) break;
    if (isNounish(tokens, k)) last = k;
    if (breakAfter(tokens, k)) break;
  }
  return last >= first ? { first, last } : undefined;
}

/** Tokens of a range. */
export function tokensOf(tokens: readonly Token[], range: Range): Token[] {
  return tokens.slice(range.first, range.last + 1);
}

const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
    .map((word, k) => [word, String(k + 1)] as [string, string])
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90']])
    .concat([['hundred', '100'], ['dozen', '12']])
);
/** Vague quantities: figures too, but only equal to themselves ("dozens" is not "12"). */
const QUANTITIES = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'tens', 'millions']);
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['persons', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'],
  ['policemen', 'policeman'], ['gunmen', 'gunman'], ['fishermen', 'fisherman'], ['militiamen', 'militiaman'],
]);
/** Words of quantity that say nothing about who was harmed. */
const NOT_KEYS = new Set(['least', 'most', 'some', 'more', 'several', 'many', 'number', 'total', 'lot', 'about', 'around', 'nearly']);

/** A comparable key for a word naming who or what was harmed: "Forty" → "40", "homes" → "home". */
function keyOf(token: Token): string {
  return keyOfWord(bare(token));
}

/** The key of a lower-case word without a possessive ending; the cheap event search uses the same keys. */
export function keyOfWord(lower: string): string {
  const word = lower.replace(/,/g, '');
  if (QUANTITIES.has(word)) return `#${word}`;
  return NUMBER_WORDS.get(word) ?? IRREGULAR_PLURALS.get(word) ?? singular(word);
}

/** Whether a key is an age ("age:19:year"), a noun-like key that describes one person. */
export function isAge(key: string): boolean {
  return key.startsWith('age:');
}

/** Whether a key is a figure ("12", "#dozens") rather than a noun. */
export function isFigure(key: string): boolean {
  return /^[\d#]/.test(key);
}

/** The content words and figures of some tokens, as comparable keys; undefined when none. */
export function keysOf(tokens: readonly Token[]): Set<string> | undefined {
  const keys = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const compound = ageAt(tokens, k) ?? numberAt(tokens, k);
    if (compound) {
      keys.add(compound.key);
      k = compound.last;
      continue;
    }
    if (token.tags.date || token.pos === 'pronoun' || token.pos === 'determiner') continue;
    if (token.pos !== 'noun' && token.pos !== 'number' && !token.tags.proper && !ACTOR_NOUNS.has(bare(token))) continue;
    const key = keyOf(token);
    // Names are kept apart from nouns: "Darnell Hayes" and "a 19-year-old man" neither match
    // nor contradict each other.
    if (!NOT_KEYS.has(key)) keys.add(token.tags.proper && !isFigure(key) ? `@${key}` : key);
  }
  return keys.size > 0 ? keys : undefined;
}

/**
 * A number written in two words, as one figure: "twenty-five" → "25", "two hundred" → "200",
 * so that it matches the same figure in digits.
 */
function numberAt(tokens: readonly Token[], k: number): { key: string; last: number } | undefined {
  const [first, second] = [tokens[k], tokens[k + 1]];
  if (!first || !second || breakAfter(tokens, k)) return undefined;
  const [x, y] = [Number(NUMBER_WORDS.get(first.lower)), Number(NUMBER_WORDS.get(second.lower))];
  if (!x || !y) return undefined;
  if (joinedToNext(tokens, k) && x >= 20 && x % 10 === 0 && y < 10) return { key: String(x + y), last: k + 1 };
  if (second.lower === 'hundred' && x < 100) return { key: String(x * 100), last: k + 1 };
  return undefined;
}

const AGE_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/**
 * "19-year-old": an age, which describes one person rather than counting people, so it must
 * not match "19 people"; two reports giving the same age do describe the same person.
 */
function ageAt(tokens: readonly Token[], k: number): { key: string; last: number } | undefined {
  const [number, unit, old] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!number || !unit || !old || number.pos !== 'number' || !AGE_UNITS.has(unit.lower) || old.lower !== 'old') return undefined;
  if (!joinedToNext(tokens, k) || !joinedToNext(tokens, k + 1)) return undefined;
  return { key: `age:${keyOf(number)}:${singular(unit.lower)}`, last: k + 2 };
}

/** Prepositions that let an object phrase go on ("fired at protesters", "hundreds of families"). */
const OBJECT_PREPOSITIONS = new Set(['of', 'at', 'on', 'upon', 'against', 'into']);

/**
 * Who or what a verb acts on: the words after it up to the end of its clause (punctuation, a
 * conjunction that does not join two nouns, another verb, a preposition of place or time),
 * with an appositive after a name ("Darnell Hayes, a 19-year-old").
 */
export function objectAfter(tokens: readonly Token[], from: number): Set<string> | undefined {
  const region: Token[] = [];
  for (let k = from; k < tokens.length && region.length < 12; k++) {
    const token = tokens[k]!;
    const isVerb = token.pos === 'verb' && (token.tags.pastTense || token.tags.auxiliary || token.tags.gerund);
    const joinsNouns = (token.lower === 'and' || token.lower === 'or') && isNounish(tokens, k + 1) && tokens[k + 1]!.pos !== 'pronoun';
    if ((token.pos === 'conjunction' && !joinsNouns) || (isVerb && !isNounish(tokens, k))) break;
    if (['who', 'which', 'that', 'while'].includes(token.lower)) break;
    if ((token.pos === 'preposition' && !OBJECT_PREPOSITIONS.has(token.lower)) || PLACE_AND_TIME.has(token.lower)) break;
    region.push(token);
    if (breakAfter(tokens, k)) {
      const appositive = token.tags.proper && token.punctAfter === ',' && tokens[k + 1]?.pos === 'determiner';
      if (!appositive) break;
    }
  }
  return keysOf(region);
}

/** Words of quantity that may stand between a verb and its object ("killing at least 40"). */
const QUANTIFIERS = new Set(['at least', 'at most', 'more than', 'up to', 'about', 'around', 'nearly', 'almost', 'over', 'some', 'roughly']);

/** Where the object of a verb would begin after token `k`, past "at least", "more than" and the like. */
export function objectStart(tokens: readonly Token[], k: number): number {
  const two = `${tokens[k]?.lower} ${tokens[k + 1]?.lower}`;
  if (QUANTIFIERS.has(two)) return k + 2;
  return QUANTIFIERS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos === 'number' ? k + 1 : k;
}

/** Whether a word can begin the object of a verb. */
export function beginsObject(token: Token | undefined): boolean {
  if (!token || token.tags.date) return false;
  return (
    token.pos === 'determiner' ||
    token.pos === 'number' ||
    token.pos === 'noun' ||
    token.pos === 'adjective' ||
    token.tags.proper ||
    ACTOR_NOUNS.has(bare(token)) ||
    ['him', 'her', 'them', 'it', 'us'].includes(token.lower)
  );
}
