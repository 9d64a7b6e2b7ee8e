import type { Lexicon } from '../types';
import actorLabel from './data/actor-label.json';
import emotive from './data/emotive.json';
import eventLabel from './data/event-label.json';
import hedge from './data/hedge.json';
import placeName from './data/place-name.json';
import reportingVerb from './data/reporting-verb.json';
import spellingVariant from './data/spelling-variant.json';
import territory from './data/territory.json';
import { parseLexicon } from './lexicon';

/** The bundled data files, one per category, in the order reports list categories. */
const FILES: ReadonlyArray<[string, { sets: readonly unknown[] }]> = [
  ['place-name.json', placeName],
  ['reporting-verb.json', reportingVerb],
  ['event-label.json', eventLabel],
  ['actor-label.json', actorLabel],
  ['territory.json', territory],
  ['hedge.json', hedge],
  ['emotive.json', emotive],
  ['spelling-variant.json', spellingVariant],
];

let cached: Lexicon | undefined;

/**
 * The framing lexicon shipped with the extension. It goes through the same validation as a
 * user's file (the JSON is typed loosely by the compiler, so this is where it becomes a
 * `Lexicon`); the unit tests keep it free of problems, and a broken build fails loudly here
 * rather than matching half a lexicon. The same object is returned on every call, so the
 * compiled form is memoised too.
 */
export function defaultLexicon(): Lexicon {
  if (!cached) {
    const sets = FILES.flatMap(([, file]) => file.sets);
    const parsed = parseLexicon({ version: 1, sets }, 'the default lexicon');
    if (!parsed.lexicon) {
      const list = parsed.problems.map((p) => p.message).join('; ');
      throw new Error(`The default lexicon has ${parsed.problems.length} problem(s): ${list}`);
    }
    cached = parsed.lexicon;
  }
  return cached;
}

/** Names of the bundled data files with their raw sets, for the data tests. */
export function defaultLexiconFiles(): ReadonlyArray<readonly [string, { sets: readonly unknown[] }]> {
  return FILES;
}
