/**
 * US/UK spelling pairs recognised by rule, so that "defense"/"defence" or
 * "organized"/"organised" are never mistaken for a change of wording, even when the lexicon
 * has no set for the word. Each rule rewrites the British form towards the American one.
 */
const UK_TO_US: ReadonlyArray<[RegExp, string]> = [
  [/ise(s|d|r|rs)?$/, 'ize$1'],
  [/ising$/, 'izing'],
  [/isation(s)?$/, 'ization$1'],
  [/yse(s|d)?$/, 'yze$1'],
  [/ysing$/, 'yzing'],
  [/our(s|ed|ing|ite|ites|able|er)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/bre(s)?$/, 'ber$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ogue(s)?$/, 'og$1'],
  [/lled$/, 'led'],
  [/lling$/, 'ling'],
  [/ller(s)?$/, 'ler$1'],
  [/amme(s)?$/, 'am$1'],
  [/ae/, 'e'],
  [/oe/, 'e'],
  [/grey/, 'gray'],
];

function americanise(word: string): string {
  let w = word;
  for (const [pattern, replacement] of UK_TO_US) {
    w = w.replace(pattern, replacement);
  }
  return w;
}

/** True when two single words differ only as US and UK spellings of one word. */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x.length < 3 || y.length < 3) {
    return false;
  }
  return americanise(x) === americanise(y) || americanise(x) === y || x === americanise(y);
}
