import type { Word } from '../types';
import { STOPWORDS } from '../text/normalize';

/**
 * Verb groups told by their form, without a tagger: what lets a wording change be one verb
 * against another ("was forced to resign" ↔ "stepped down", "stormed" ↔ "occupied"), and what
 * marks a verb too light to be a word choice on its own ("bringing" ↔ "taking").
 */

/** Past forms without -ed that news copy uses most. */
const IRREGULAR_PAST = new Set(
  ('said told lost left led fled hit struck shot fought won took gave made met sent spent held kept ' +
    'found thought brought bought caught taught sold stood understood began broke chose drove fell flew ' +
    'forgot froze got grew knew rode rose ran saw sought spoke stole swore threw woke wrote withdrew overran ' +
    'upheld overthrew').split(' ')
);

/** Auxiliaries that may open a verb group ("was forced", "has stepped", "would have resigned"). */
const AUXILIARIES = new Set('is are was were be been being has have had will would shall should can could may might must'.split(' '));

/** Particles of phrasal verbs ("stepped down", "carried out"). */
const PARTICLES = new Set('down up out off back away over aside in on'.split(' '));

/**
 * Verbs that name little on their own: the meaning of "bringing the total to" or "taking 131
 * seats" lies in the words after the verb, so one of them against another is not a telling
 * choice of words.
 */
const LIGHT_VERBS = new Set(
  ('take takes took taken taking bring brings brought bringing leave leaves left leaving ' +
    'get gets got gotten getting make makes made making put puts putting give gives gave given giving ' +
    'have has had having do does did done doing go goes went gone going come comes came coming ' +
    'keep keeps kept keeping carry carries carried carrying let lets letting').split(' ')
);

/**
 * Verbs of saying. One against a verb of doing ("Officers arrested" ↔ "Greek police said")
 * is an attribution against an event, two clauses the diff lined up, not one word for another.
 * Only forms that are not also common nouns ("claimed", not "claim"; no "state", "report").
 */
const REPORTING_VERBS = new Set(
  ('say says said saying tell tells told telling stated added adds reported announce announced explain explained ' +
    'noted clarify clarified claimed insist insisted confirm confirmed reveal revealed deny denied declare declared ' +
    'wrote warn warned argue argued assert asserted acknowledge acknowledged admit admitted commented replied ' +
    'respond responded remarked maintained allege alleged concede conceded stressed emphasise emphasised emphasize emphasized').split(' ')
);

/** A span with a verb of saying in it. */
export function reports(words: readonly Word[]): boolean {
  return words.some((w) => REPORTING_VERBS.has(w.norm));
}

/** A simple past or past participle: an -ed form or a listed irregular one. */
export function isPastForm(word: Word): boolean {
  const norm = word.norm;
  return IRREGULAR_PAST.has(norm) || (norm.length >= 4 && norm.endsWith('ed') && !norm.endsWith('eed'));
}

/**
 * A whole span that is one verb group: auxiliaries, then a past form ("stormed", "was forced",
 * or "-ing" after an auxiliary, "was leaving"), then at most a particle ("stepped down") or
 * "to" and one verb ("forced to resign"). Lower case only: "Ahmed" is a name, not a verb.
 */
export function isVerbGroup(words: readonly Word[]): boolean {
  let i = 0;
  while (i < words.length && AUXILIARIES.has(words[i]!.norm)) i++;
  const verb = words[i];
  if (verb === undefined || verb.text !== verb.text.toLowerCase()) return false;
  const progressive = i > 0 && verb.norm.length >= 5 && verb.norm.endsWith('ing');
  if (!isPastForm(verb) && !progressive) return false;
  const rest = words.slice(i + 1).map((w) => w.norm);
  if (rest.length === 0) return true;
  if (rest.length === 1) return PARTICLES.has(rest[0]!);
  return rest.length === 2 && rest[0] === 'to' && !STOPWORDS.has(rest[1]!);
}

/**
 * Where a span's closing verb group starts ("agitators stormed" → 1), or -1: the last word is
 * a lower-case past form after a word that is not an auxiliary. The subject before it and the
 * verb are two slots ("A mob of agitators stormed" ↔ "Student protesters occupied").
 */
export function finalVerbStart(words: readonly Word[]): number {
  const last = words.length - 1;
  if (last < 1) return -1;
  const verb = words[last]!;
  const before = words[last - 1]!;
  return verb.text === verb.text.toLowerCase() && isPastForm(verb) && !AUXILIARIES.has(before.norm) ? last : -1;
}

/** Every word is a light verb, an auxiliary, a particle or a function word, and one is a light verb. */
export function isLightVerbOnly(words: readonly Word[]): boolean {
  let light = false;
  for (const w of words) {
    if (LIGHT_VERBS.has(w.norm)) light = true;
    else if (!AUXILIARIES.has(w.norm) && !PARTICLES.has(w.norm) && !STOPWORDS.has(w.norm)) return false;
  }
  return light;
}
