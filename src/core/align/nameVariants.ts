import { isTransliteration, skeleton } from '../substitutions/transliteration';
import type { SegmentedText } from '../types';
import { isCapitalised } from '../text/normalize';

const LETTERS = /^\p{L}{4,}$/u;

/**
 * One name spelled two ways across the two articles ("Zelensky"/"Zelenskyy",
 * "Kadyrov"/"Kadirov", "Kharkov"/"Kharkiv"): the `norm` of each B spelling mapped to the A
 * spelling it should count as, so that both meet as one feature.
 *
 * Only names qualify: words written with a capital inside a sentence somewhere and never in
 * lower case, so that "Despite" at a sentence start is never taken for a variant of
 * "despot". Only spellings found on one side and not on the other are paired, and candidates
 * meet in buckets keyed by first letter and consonant skeleton, so the cost is linear in the
 * number of distinct names. Country adjectives count as the country (see `addDemonyms`).
 */
export function nameAliases(a: SegmentedText, b: SegmentedText): ReadonlyMap<string, string> {
  const namesA = namesOf(a);
  const namesB = namesOf(b);
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
  return aliases;
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

function namesOf(doc: SegmentedText): Set<string> {
  const capitalisedInside = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of doc.sentences) {
    const end = sentence.firstWord + sentence.wordCount;
    for (let w = sentence.firstWord; w < end; w++) {
      const word = doc.words[w]!;
      if (!LETTERS.test(word.norm)) {
        continue;
      }
      if (!isCapitalised(word.text)) {
        lower.add(word.norm);
      } else if (w > sentence.firstWord) {
        capitalisedInside.add(word.norm);
      }
    }
  }
  for (const word of lower) {
    capitalisedInside.delete(word);
  }
  return capitalisedInside;
}
