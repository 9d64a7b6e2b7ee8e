import { isTransliteration, skeleton } from '../substitutions/transliteration';

const LETTERS = /^\p{L}{4,}$/u;

/** The names of two articles, by `norm`, and the spellings that count as one name. */
export interface NameVariants {
  /** B spelling (or country adjective) → the spelling it counts as. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Words used as names in either article (see `namesOf`), weekdays and months aside. */
  readonly names: ReadonlySet<string>;
}

/**
 * One name spelled two ways across the two articles ("Zelensky"/"Zelenskyy",
 * "Kadyrov"/"Kadirov", "Kharkov"/"Kharkiv"): the `norm` of each B spelling mapped to the A
 * spelling it should count as, so that both meet as one feature.
 *
 * Given the words each article writes as names (see `WordTable.names`), so that "Despite" at
 * a sentence start is never taken for a variant of "despot". Only spellings found on one side
 * and not on the other are paired, and candidates
 * meet in buckets keyed by first letter and consonant skeleton, so the cost is linear in the
 * number of distinct names. Country adjectives count as the country (see `addDemonyms`).
 */
export function nameVariants(wordsA: ReadonlySet<string>, wordsB: ReadonlySet<string>): NameVariants {
  const namesA = namesOf(wordsA);
  const namesB = namesOf(wordsB);
  const buckets = new Map<string, string[]>();
  for (const name of namesA) {
    if (!namesB.has(name)) {
      const key = bucketKey(name);
      const bucket = buckets.get(key);
      if (bucket) {
        bucket.push(name);
      } else {
        buckets.set(key, [name]);
      }
    }
  }
  const aliases = new Map<string, string>();
  for (const name of namesB) {
    if (namesA.has(name) || buckets.size === 0) {
      continue;
    }
    const match = buckets.get(bucketKey(name))?.find((candidate) => isTransliteration(candidate, name));
    if (match) {
      aliases.set(name, match);
    }
  }
  addDemonyms(aliases, namesA, namesB);
  return { aliases, names: new Set([...namesA, ...namesB]) };
}

/** Demonym endings and what to put back for the country's name. */
const DEMONYM_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ian', 'e'], // Ukrainian → Ukraine
  ['ian', ''], // Iranian → Iran
  ['n', ''], // Russian → Russia
  ['i', ''], // Pakistani → Pakistan, Israeli → Israel
];

/**
 * "Russian" and "Russia", "Pakistani" and "Pakistan": one outlet writes "the Russian
 * invasion", another "Russia invaded". Where both the country and its adjective are names in
 * the two articles, the adjective counts as the country.
 */
function addDemonyms(aliases: Map<string, string>, namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): void {
  const isName = (word: string) => namesA.has(word) || namesB.has(word);
  for (const names of [namesA, namesB]) {
    for (const name of names) {
      for (const [ending, restore] of DEMONYM_ENDINGS) {
        if (name.length - ending.length < 4 || !name.endsWith(ending)) {
          continue;
        }
        const country = name.slice(0, -ending.length) + restore;
        if (isName(country)) {
          aliases.set(name, aliases.get(country) ?? country);
          break;
        }
      }
    }
  }
}

function bucketKey(name: string): string {
  return name.charAt(0) + skeleton(name);
}

/** Capitalised, but they name when rather than who or where. */
const CALENDAR: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december'
  ).split(' ')
);

/** Of the words an article capitalises (see `WordTable.names`), those that name someone or somewhere. */
function namesOf(capitalised: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const word of capitalised) {
    if (LETTERS.test(word) && !CALENDAR.has(word)) {
      names.add(word);
    }
  }
  return names;
}
