/**
 * Who can be an agent. The tagger knows nouns for people ("men", "teenager"), names and
 * demonyms; the lists below add the collective nouns of forces and authorities that it does
 * not mark as people, and the causes that are not agents at all (a flood kills, but nobody
 * is left out when a report says people died in it).
 */
import type { Token } from './nlp';

/** Forces, authorities and armed groups, singular and plural. */
export const ACTOR_NOUNS: ReadonlySet<string> = new Set([
  'troops', 'troop', 'soldier', 'soldiers', 'army', 'armies', 'forces', 'military', 'militaries', 'police',
  'policeman', 'policemen', 'policewoman', 'officer', 'officers', 'guard', 'guards', 'guardsmen', 'coastguard',
  'navy', 'marines', 'paratroopers', 'commandos', 'militant', 'militants', 'militia', 'militias',
  'militiamen', 'gunman', 'gunmen', 'rebel', 'rebels', 'insurgent', 'insurgents', 'fighter', 'fighters',
  'jihadist', 'jihadists', 'settler', 'settlers', 'authorities', 'authority', 'government', 'governments',
  'regime', 'junta', 'administration', 'ministry', 'council', 'municipality', 'bailiffs', 'agents',
  'attacker', 'attackers', 'assailant', 'assailants', 'bomber', 'bombers', 'sniper', 'snipers', 'shooter',
  'mob', 'mobs', 'rioters', 'protesters', 'demonstrators', 'vigilantes', 'gang', 'gangs', 'warplanes',
  'jets', 'pilots', 'gendarmes', 'gendarmerie', 'rangers', 'squad', 'squads', 'unit', 'units', 'battalion',
  'brigade', 'regiment',
]);

/** Everyday nouns for people, which the tagger also knows; the gate needs them before tagging. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'youth', 'youths', 'teenager', 'teenagers',
  'people', 'person', 'persons', 'suspect', 'suspects', 'resident', 'residents', 'villagers', 'neighbours',
  'neighbors', 'students', 'workers', 'crew', 'staff', 'members', 'supporters', 'fans', 'group', 'groups',
]);

/**
 * Natural and unattributed causes: a subject with one of these words is never an agent ("the
 * floods killed seven", "the heat"), even with a name in it ("Hurricane Ida").
 */
export const DISASTERS: ReadonlySet<string> = new Set([
  'flood', 'floods', 'flooding', 'floodwaters', 'storm', 'storms', 'hurricane', 'cyclone', 'typhoon',
  'tornado', 'earthquake', 'quake', 'tremor', 'tsunami', 'landslide', 'landslides', 'mudslide',
  'avalanche', 'wildfire', 'wildfires', 'fire', 'fires', 'blaze', 'flames', 'heat', 'heatwave', 'drought',
  'lightning', 'rain', 'rains', 'winds', 'waves', 'virus', 'disease', 'cholera', 'outbreak', 'epidemic',
  'debris', 'collapse', 'crash', 'accident', 'fumes', 'smoke', 'cold', 'hunger', 'famine', 'starvation',
]);

/** People in a crowd: shooting or beating them can come back as "clashes" or "unrest". */
export const CROWD_WORDS: ReadonlySet<string> = new Set([
  'protester', 'protesters', 'demonstrator', 'demonstrators', 'crowd', 'crowds', 'rioter', 'rioters',
  'marcher', 'marchers', 'mourner', 'mourners',
]);

/** Pronouns that may stand for an agent named earlier in the same sentence. */
export const AGENT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it', 'he', 'she']);

/** Verbs of saying after which a pronoun usually stands for the speaker ("police said they…"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'stated', 'announced', 'confirmed', 'added', 'claimed', 'reported', 'admitted',
  'acknowledged', 'insisted', 'denied',
]);

/** A possessive word ("army's", "police’"). */
export function isPossessive(token: Token): boolean {
  return /'s$|s'$/.test(token.lower);
}

/**
 * Whether a noun phrase can name who acted: forces and authorities, people, names and
 * nationalities — but not a cause that nobody carried out ("the floods", "a blast").
 */
export function namesAgent(phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1];
  if (!head || head.pos === 'pronoun' || phrase.some((token) => DISASTERS.has(bare(token)))) return false;
  if (ACTOR_NOUNS.has(bare(head)) || head.tags.human || head.tags.organization) return true;
  // A weapon or an event noun names an agent only through a modifier: "Israeli strikes",
  // "a police raid", but not "a blast" or "the strikes".
  return phrase.some((token) => isNamed(token) || ACTOR_NOUNS.has(bare(token)));
}

/** The words of an agent that, found in the other article, mean it names the agent too. */
export function agentWords(phrase: readonly Token[]): string[] {
  const words = new Set<string>();
  const head = phrase[phrase.length - 1];
  if (head && ACTOR_NOUNS.has(bare(head))) words.add(bare(head));
  if (head && (head.tags.human || head.tags.organization)) words.add(bare(head));
  phrase.filter((token) => isNamed(token) || ACTOR_NOUNS.has(bare(token))).forEach((token) => words.add(bare(token)));
  return [...words];
}

/** A name or nationality (not a date: "Monday" is a proper noun to the tagger). */
function isNamed(token: Token): boolean {
  return (token.tags.proper || token.tags.demonym || token.tags.organization) && !token.tags.date && token.pos !== 'pronoun';
}

/** Lower case without a possessive ending. */
export function bare(token: Token): string {
  return token.lower.replace(/'s$|'$/, '');
}
