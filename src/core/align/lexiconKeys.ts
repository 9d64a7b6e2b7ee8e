import { defaultLexicon } from '../lexicon/defaultLexicon';
import { inflections } from '../lexicon/inflect';
import { termTokens } from '../lexicon/terms';
import type { FramingCategory, Lexicon } from '../types';

/** Feature keys of lexicon words, by `norm`. */
export interface LexiconKeys {
  readonly byNorm: ReadonlyMap<string, string>;
  /**
   * Keys of the sets that frame how something is reported rather than what happened
   * (reporting verbs, hedges, emotive words): two sentences that share only "denied" and
   * "claims" are not the same fact, so these never count as informative.
   */
  readonly apparatus: ReadonlySet<string>;
  /** Keys of place and person names ("Kiev"/"Kyiv"): they anchor like any other name. */
  readonly names: ReadonlySet<string>;
}

const APPARATUS: ReadonlySet<FramingCategory> = new Set<FramingCategory>(['reporting-verb', 'hedge', 'emotive']);

const cache = new WeakMap<Lexicon, LexiconKeys>();

/**
 * Single-word lexicon terms and their inflected forms, by `norm`, mapped to one feature key
 * per contrast set (`§` + set id): the variants of a set name one referent or one act in
 * different ways ("Kiev"/"Kyiv", "denied"/"rubbished", "invasion"/"war"), so for finding
 * corresponding sentences they are one word. The framing report still tells them apart.
 *
 * Multi-word terms are left out: alignment looks at words one at a time, and their words
 * ("special", "military") mean little alone. A word in two sets keeps the first. Built once
 * per lexicon object (the default lexicon is one object), then one map lookup per word.
 */
export function lexiconKeys(lexicon: Lexicon = defaultLexicon()): LexiconKeys {
  const cached = cache.get(lexicon);
  if (cached) {
    return cached;
  }
  const keys = new Map<string, string>();
  const apparatus = new Set<string>();
  const names = new Set<string>();
  for (const set of lexicon.sets) {
    const key = `§${set.id}`;
    if (APPARATUS.has(set.category)) {
      apparatus.add(key);
    } else if (set.category === 'place-name') {
      names.add(key);
    }
    for (const variant of set.variants) {
      for (const term of variant.terms) {
        const tokens = termTokens(term);
        if (tokens.length !== 1 || tokens[0]!.wildcard) {
          continue;
        }
        const norm = tokens[0]!.norm;
        const forms = variant.inflect === false || tokens[0]!.caseRule !== 'any' ? [norm] : inflections(norm);
        for (const form of forms) {
          if (!keys.has(form)) {
            keys.set(form, key);
          }
        }
      }
    }
  }
  const result: LexiconKeys = { byNorm: keys, apparatus, names };
  cache.set(lexicon, result);
  return result;
}
