/**
 * Who can be an agent. The tagger knows nouns for people ("men", "teenager"), names and
 * demonyms; the lists below add the collective nouns of forces and authorities that it does
 * not mark as people, and the causes that are not agents at all (a flood kills, but nobody
 * is left out when a report says people died in it).
 */
import { NOMINAL_WORDS } from './events';
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
  'brigade', 'regiment', 'terrorist', 'terrorists', 'extremist', 'extremists', 'separatist', 'separatists',
  'raiders', 'looters', 'arsonists', 'kidnappers', 'abductors', 'court', 'courts', 'judge', 'prosecutors',
]);

/** Everyday nouns for people, which the tagger also knows; the gate needs them before tagging. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'youth', 'youths', 'teenager', 'teenagers',
  'people', 'person', 'persons', 'suspect', 'suspects', 'resident', 'residents', 'villagers', 'neighbours',
  'neighbors', 'students', 'workers', 'crew', 'staff', 'members', 'supporters', 'fans', 'group', 'groups',
  'migrants', 'refugees', 'prisoners', 'inmates', 'crowd', 'crowds', 'villagers', 'locals', 'civilians',
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
  'debris', 'collapse', 'crash', 'accident', 'accidents', 'fumes', 'smoke', 'cold', 'hunger', 'famine',
  'starvation', 'eruption', 'volcano', 'sea', 'river', 'current', 'currents',
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

/**
 * Bodies whose members act in their name: an officer's arrest is the police's arrest. Each set
 * holds the words for one kind of body, singular and plural.
 */
const INSTITUTIONS: readonly ReadonlySet<string>[] = [
  ['police', 'policeman', 'policemen', 'policewoman', 'officer', 'officers', 'detective', 'detectives', 'gendarmes', 'gendarmerie', 'constabulary'],
  ['army', 'armies', 'military', 'troops', 'troop', 'soldier', 'soldiers', 'forces', 'marines', 'paratroopers'],
  ['coastguard', 'coastguards', 'guard', 'guards', 'guardsmen'],
  ['authorities', 'authority', 'government', 'ministry', 'administration'],
].map((words) => new Set(words));

/** Whether an agent and a source are one body: the same word ("police"), or words for one kind of body ("officers", "police"). */
export function sameInstitution(agent: readonly string[], source: ReadonlySet<string>): boolean {
  return agent.some((word) => source.has(word) || INSTITUTIONS.some((body) => body.has(word) && [...source].some((s) => body.has(s))));
}

/** A possessive word ("army's", "police’"). */
export function isPossessive(token: Token): boolean {
  return /'s$|s'$/.test(token.lower);
}

/** Weapons: they name an agent only through a modifier ("Russian missiles"). */
export const WEAPONS: ReadonlySet<string> = new Set([
  'bomb', 'bombs', 'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'mine', 'mines', 'drone',
  'drones', 'bullet', 'bullets', 'shrapnel', 'grenade', 'grenades', 'explosives', 'artillery', 'munitions',
  'device', 'ied', 'mortar', 'mortars', 'airstrike', 'airstrikes',
]);

/** Abstract causes, which are no agent either unless a modifier names one ("Russia's war"). */
const ABSTRACT_CAUSES: ReadonlySet<string> = new Set([
  'war', 'wars', 'conflict', 'conflicts', 'crisis', 'chaos', 'hostilities', 'offensive', 'operation',
  'operations', 'campaign', 'incident', 'incidents', 'situation', 'events', 'it', 'this', 'that',
]);

/**
 * Whether a subject noun phrase names who acted. A subject of an active verb with an object
 * does, unless it is a natural cause ("the floods", "Hurricane Ida"), or a weapon, an event
 * noun or an abstract cause without a modifier that names someone ("a blast", "the strikes",
 * "the war" — but "Israeli strikes", "a police raid").
 */
export function namesAgent(phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1];
  if (!head || head.pos === 'pronoun' || phrase.some((token) => DISASTERS.has(bare(token)))) return false;
  const word = bare(head);
  if (WEAPONS.has(word) || ABSTRACT_CAUSES.has(word) || NOMINAL_WORDS.has(head.lower)) {
    return phrase.slice(0, -1).some((token) => isNamed(token) || ACTOR_NOUNS.has(bare(token)));
  }
  return head.pos === 'noun' || head.tags.proper || ACTOR_NOUNS.has(word) || head.tags.human;
}

/** The words of an agent that, found in the other article, mean it names the agent too. */
export function agentWords(phrase: readonly Token[]): string[] {
  const words = new Set<string>();
  const head = phrase[phrase.length - 1];
  if (head && !NOMINAL_WORDS.has(head.lower) && !WEAPONS.has(bare(head))) words.add(bare(head));
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
