/**
 * US/UK spelling pairs recognised by rule, so that "defense"/"defence" or
 * "organized"/"organised" are never mistaken for a change of wording, even when the lexicon
 * has no set for the word. Each rule rewrites the British form towards the American one.
 *
 * The rules are narrow on purpose: a broad "-lled → -led" would make "filled" and "filed" one
 * word, and "-our → -or" would make "four" and "for" one; where the pattern is not safe the
 * rule lists its words.
 */
import { memoizeWord } from '../text/memo';

const DOUBLED_L_STEMS =
  'travel|cancel|label|model|fuel|refuel|channel|counsel|level|marvel|tunnel|funnel|quarrel|shovel|signal|total|dial|equal|duel|pedal|panel|libel|rival|jewel|barrel|chisel|enamel|gravel|kidnap|worship';
const NOT_OUR_WORDS = new Set(
  'four hour tour pour your sour flour dour scour detour contour devour velour amour paramour troubadour ours yours fours hours tours pours flours devours detours contours scours'.split(' ')
);

/**
 * The rules, in the order they apply, each with a test every word it rewrites passes (the
 * ending its expression ends with, or the letters it needs): a word that fails it is passed
 * over without running the expression. Most words are, and each new word of an article goes
 * through every rule once.
 */
const UK_TO_US: ReadonlyArray<[(word: string) => boolean, RegExp, string | ((match: string) => string)]> = [
  [endsWith('led', 'ling', 'ler', 'lers'), new RegExp(`^(${DOUBLED_L_STEMS})l(ed|ing|er|ers)$`), '$1$2'],
  [endsWith('ise', 'ises', 'ised', 'iser', 'isers', 'ising'), /([a-z]{3})is(e|es|ed|er|ers|ing)$/, '$1iz$2'],
  [endsWith('isation', 'isations'), /([a-z]{3})isation(s)?$/, '$1ization$2'],
  [endsWith('yse', 'yses', 'ysed', 'ysing'), /(anal|paral|catal|dial)ys(e|es|ed|ing)$/, '$1yz$2'],
  [
    endsWith('our', 'ours', 'oured', 'ouring', 'ourite', 'ourites', 'ourable', 'ourer', 'ourers', 'ourful', 'ourless'),
    /([a-z]{2})our(s|ed|ing|ite|ites|able|er|ers|ful|less)?$/,
    '$1or$2',
  ],
  [endsWith('tre', 'tres', 'bre', 'bres'), /([a-z]{2})(t|b)re(s)?$/, '$1$2er$3'],
  [endsWith('ce', 'ces'), /(defen|offen|licen|preten)ce(s)?$/, '$1se$2'],
  [endsWith('ogue', 'ogues'), /(catal|dial|monol|anal|epil|prol)ogue(s)?$/, '$1og$2'],
  [endsWith('mme', 'mmes'), /(program|kilogram|telegram)me(s)?$/, '$1$2'],
  [(w) => w.startsWith('grey'), /^grey/, 'gray'],
  [(w) => w.includes('ae') || w.includes('oe'), /(paed|anaem|haem|aesth|encyclopaed|oestr|foet|manoeuv|oesoph|orthopaed)/, (m) => m.replace(/ae|oe/, 'e')],
];

function endsWith(...endings: readonly string[]): (word: string) => boolean {
  return (word) => endings.some((ending) => word.endsWith(ending));
}

/** The American spelling of a British-spelled word (unchanged when no rule applies). */
export const americanise: (word: string) => string = memoizeWord(americaniseWord);

function americaniseWord(word: string): string {
  if (NOT_OUR_WORDS.has(word)) {
    return word;
  }
  let w = word;
  for (const [applies, pattern, replacement] of UK_TO_US) {
    if (!applies(w)) continue;
    w = typeof replacement === 'string' ? w.replace(pattern, replacement) : w.replace(pattern, replacement);
  }
  return w;
}

/** True when two single words differ only as US and UK spellings of one word. */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x.length < 4 || y.length < 4) {
    return false;
  }
  return americanise(x) === americanise(y);
}
