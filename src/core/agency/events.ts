/**
 * Words for events of violence and coercion, grouped into families of the same event: one
 * article's "troops killed" and the other's "died" or "deaths" tell one event only if the words
 * belong to one family. The word lists are also the cheap gate that decides which sentences
 * are worth tagging at all.
 *
 * Written for this project from ordinary news usage; kept deliberately to harm and coercion,
 * where leaving out who acted matters most.
 */
import { inflections } from '../lexicon/inflect';

export type FamilyId =
  | 'kill'
  | 'shoot'
  | 'shell'
  | 'attack'
  | 'arrest'
  | 'abduct'
  | 'injure'
  | 'beat'
  | 'demolish'
  | 'arson'
  | 'displace'
  | 'clash';

/** How an event word tells the event: a verb with an object, a verb without one, or a noun. */
export type EventRole = 'verb' | 'intransitive' | 'nominal';

interface FamilyData {
  /** Transitive verbs (base forms; every inflection counts). */
  readonly verbs?: readonly string[];
  /** Verbs whose subject is the one harmed or the event itself ("died", "collapsed", "erupted"). */
  readonly intransitive?: readonly string[];
  /** Nouns for the event, every form written out. */
  readonly nominals?: readonly string[];
}

const FAMILIES: Readonly<Record<FamilyId, FamilyData>> = {
  kill: {
    verbs: ['kill', 'murder', 'massacre', 'slay', 'assassinate', 'lynch', 'shoot dead', 'gun down'],
    intransitive: ['die', 'perish', 'drown', 'lose their lives', 'lose his life', 'lose her life'],
    nominals: ['death', 'deaths', 'killing', 'killings', 'massacre', 'massacres', 'fatalities', 'murder', 'murders'],
  },
  shoot: {
    verbs: ['shoot', 'fire', 'open fire', 'shoot dead', 'gun down', 'tear gas', 'teargas'],
    nominals: [
      'shooting', 'shootings', 'gunfire', 'shots', 'gunshots', 'tear gas', 'teargas', 'live fire', 'live ammunition',
      'rubber bullets', 'water cannon', 'water cannons', 'stun grenades',
    ],
  },
  shell: {
    verbs: ['shell', 'bombard', 'bomb', 'strike', 'pound'],
    nominals: [
      'shelling', 'bombardment', 'bombardments', 'bombing', 'bombings', 'strike', 'strikes', 'airstrike',
      'airstrikes', 'air strike', 'air strikes', 'missile strike', 'missile strikes', 'drone strike',
      'drone strikes', 'barrage', 'rocket fire', 'artillery fire',
    ],
  },
  attack: {
    verbs: ['attack', 'raid', 'storm', 'ambush', 'assault', 'blow up'],
    intransitive: ['explode', 'detonate', 'go off'],
    nominals: [
      'attack', 'attacks', 'raid', 'raids', 'assault', 'assaults', 'ambush', 'blast', 'blasts', 'explosion',
      'explosions', 'bomb', 'bombs', 'car bomb', 'bombing', 'bombings',
    ],
  },
  arrest: {
    verbs: ['arrest', 'detain', 'apprehend', 'jail', 'imprison', 'round up'],
    nominals: ['arrest', 'arrests', 'detention', 'detentions', 'roundup', 'roundups'],
  },
  abduct: {
    verbs: ['abduct', 'kidnap'],
    nominals: ['abduction', 'abductions', 'kidnapping', 'kidnappings'],
  },
  injure: {
    verbs: ['injure', 'wound', 'hurt', 'maim'],
    nominals: ['injury', 'injuries'],
  },
  beat: {
    verbs: ['beat', 'club', 'beat up'],
    nominals: ['beating', 'beatings'],
  },
  demolish: {
    verbs: ['demolish', 'raze', 'bulldoze', 'destroy', 'flatten'],
    intransitive: ['collapse'],
    nominals: ['demolition', 'demolitions', 'destruction'],
  },
  arson: {
    // "A fire broke out" is found through its subject: "broke out" belongs to the clash family.
    verbs: ['torch', 'set fire', 'set fires', 'set on fire', 'set ablaze', 'burn down', 'firebomb'],
    nominals: ['fire', 'fires', 'blaze', 'arson', 'arson attack'],
  },
  displace: {
    verbs: ['evict', 'displace', 'deport', 'expel', 'uproot', 'push back', 'drive out', 'force out'],
    intransitive: ['flee'],
    nominals: ['eviction', 'evictions', 'displacement', 'deportation', 'deportations', 'expulsion', 'expulsions', 'pushback', 'pushbacks'],
  },
  clash: {
    intransitive: ['erupt', 'flare', 'break out'],
    nominals: [
      'clash', 'clashes', 'unrest', 'violence', 'riot', 'riots', 'rioting', 'fighting', 'disturbance',
      'disturbances', 'scuffle', 'scuffles', 'skirmish', 'skirmishes', 'confrontation', 'confrontations',
    ],
  },
};

/**
 * Which agentless families an agentive family can be told as. "Troops shelled the town" can
 * come back as "three people died" (a death caused by the shelling), but only when both name
 * the same people or place: a related family alone never makes a match.
 */
export const RELATED: Readonly<Record<FamilyId, readonly FamilyId[]>> = {
  kill: ['shell', 'attack', 'shoot'],
  shoot: ['kill', 'injure', 'clash'],
  shell: ['kill', 'injure', 'demolish', 'attack'],
  attack: ['kill', 'injure', 'demolish', 'shell'],
  beat: ['injure', 'kill', 'clash'],
  arrest: ['clash'],
  abduct: [],
  injure: [],
  demolish: [],
  arson: ['demolish'],
  displace: [],
  clash: [],
};

/**
 * Agentless words that say too little on their own to stand for the other side's agentive
 * clause: people flee for many reasons and buildings collapse for many more. They count only
 * when both clauses name the same people or thing.
 */
export const WEAK_LEMMAS: ReadonlySet<string> = new Set(['flee', 'collapse', 'destroy']);

/**
 * Acts that only an authority carries out: arrests, detentions, deportations. When the
 * authority that carried one out is the source of the report ("five men had been detained,
 * police said"), the report names who acted. A killing or a shooting is different: "a man was
 * shot, police said" does not say who fired, and the police telling their own shooting without
 * an agent is the very omission this module looks for.
 */
export const AUTHORITY_LEMMAS: ReadonlySet<string> = new Set(['arrest', 'detain', 'apprehend', 'jail', 'imprison', 'round', 'deport']);

/** Forms that `inflections` does not know (irregular verbs used in the phrases above). */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ['go', ['go', 'goes', 'went', 'gone', 'going']],
  ['break', ['break', 'breaks', 'broke', 'broken', 'breaking']],
  ['blow', ['blow', 'blows', 'blew', 'blown', 'blowing']],
  ['drive', ['drive', 'drives', 'drove', 'driven', 'driving']],
  ['burn', ['burn', 'burns', 'burned', 'burnt', 'burning']],
  ['set', ['set', 'sets', 'setting']],
  ['hurt', ['hurt', 'hurts', 'hurting']],
  ['beat', ['beat', 'beats', 'beaten', 'beating']],
  ['shoot', ['shoot', 'shoots', 'shot', 'shooting']],
]);

function forms(base: string): readonly string[] {
  return IRREGULAR.get(base) ?? inflections(base);
}

/** One reading of a word or phrase. `words` are the lower-case words the reading spans. */
export interface EventEntry {
  readonly family: FamilyId;
  readonly role: EventRole;
  /** Base of the head word ("kill", "die", "clash"), for telling shared wording apart. */
  readonly lemma: string;
  readonly words: readonly string[];
  /** True when the word form is a past participle ("killed", "shot", "beaten"). */
  readonly participle: boolean;
}

/** Entries by their first word. */
const BY_FIRST_WORD = new Map<string, EventEntry[]>();

function add(family: FamilyId, role: EventRole, lemma: string, words: readonly string[], participle: boolean): void {
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push({ family, role, lemma, words, participle });
  BY_FIRST_WORD.set(words[0]!, list);
}

/** "clashes" → "clash", "injuries" → "injury", "deaths" → "death". */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  // "gas", "bus", "crisis" are singular already.
  return /[^aiu]s$/.test(word) && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** A past participle among the forms of `base`: not the base, the -s form or the -ing form. */
function isParticiple(form: string, base: string): boolean {
  if (form.endsWith('ing') || form === `${base}s` || form === `${base}es` || /ies$/.test(form)) return false;
  return form !== base || ['beat', 'hit', 'hurt', 'set', 'shot'].includes(base);
}

for (const [family, data] of Object.entries(FAMILIES) as [FamilyId, FamilyData][]) {
  for (const [role, list] of [['verb', data.verbs], ['intransitive', data.intransitive]] as const) {
    for (const phrase of list ?? []) {
      // Verb phrases inflect their first word ("opened fire") — except "tear gas", whose
      // second word is the verb ("tear-gassed").
      const [head, ...rest] = phrase.split(' ');
      if (phrase === 'tear gas') {
        for (const form of forms('gas')) add(family, role, 'tear gas', ['tear', form], form.endsWith('ed'));
        continue;
      }
      for (const form of forms(head!)) add(family, role, head!, [form, ...rest], isParticiple(form, head!));
    }
  }
  for (const phrase of data.nominals ?? []) {
    const words = phrase.split(' ');
    add(family, 'nominal', singular(words[words.length - 1]!), words, false);
  }
}

/** Entries that begin at `words[0]` and whose later words follow, longest first. */
export function entriesAt(words: readonly string[]): EventEntry[] {
  const candidates = BY_FIRST_WORD.get(words[0] ?? '') ?? [];
  return candidates
    .filter((entry) => entry.words.every((word, k) => words[k] === word))
    .sort((x, y) => y.words.length - x.words.length);
}

/** Little words inside phrases; they say nothing about an event on their own. */
const PARTICLES = new Set(['out', 'off', 'up', 'down', 'back', 'on', 'their', 'his', 'her', 'dead']);

/**
 * Common first words of phrases ("went off", "set fire", "opened fire", "broke out"): the
 * phrase is still found through its other word ("fire", "bomb", "clashes" in the subject).
 */
const GENERIC = new Set(
  ['go', 'set', 'open', 'break', 'lose', 'tear', 'air', 'car', 'live', 'rocket', 'artillery', 'missile', 'drone', 'force', 'water', 'rubber', 'stun']
    .flatMap(forms)
);

function wordsWhere(keep: (entry: EventEntry) => boolean): ReadonlySet<string> {
  const words = new Set<string>();
  for (const entry of [...BY_FIRST_WORD.values()].flat()) {
    if (!keep(entry)) continue;
    entry.words.filter((word) => !PARTICLES.has(word) && !GENERIC.has(word)).forEach((word) => words.add(word));
  }
  return words;
}

/*
 * The gate's word sets: a sentence pair is tagged only when one side has a word that can tell
 * an event with its agent and the other a word that can tell it without one.
 */

/** Words of event verbs and nouns: "killed", "shelling", "raid" (the noun may carry its agent). */
export const AGENTIVE_WORDS = wordsWhere((entry) => entry.role !== 'intransitive');
/** Words of verbs without an object and of event nouns: "died", "collapsed", "clashes". */
export const AGENTLESS_WORDS = wordsWhere((entry) => entry.role !== 'verb');
/** Past participles of event verbs, which make an agentless passive after "was", "were", "been". */
export const PARTICIPLE_WORDS = wordsWhere((entry) => entry.role === 'verb' && entry.participle);

/** Every word that is a noun for an event somewhere in the lists. */
export const NOMINAL_WORDS: ReadonlySet<string> = new Set(
  [...BY_FIRST_WORD.values()].flat().filter((entry) => entry.role === 'nominal').flatMap((entry) => entry.words)
);

/**
 * The families a word can tell, for the cheap search of sentences that tell one event
 * (corefer.ts): "wounding" and "injured" are both of `injure`, "shot" of `shoot` and (in
 * "shot dead") `kill`. Particles and generic first words of phrases give no family.
 */
const FAMILIES_BY_WORD: ReadonlyMap<string, ReadonlySet<FamilyId>> = (() => {
  const map = new Map<string, Set<FamilyId>>();
  for (const entry of [...BY_FIRST_WORD.values()].flat()) {
    for (const word of entry.words) {
      if (PARTICLES.has(word) || GENERIC.has(word)) continue;
      const families = map.get(word) ?? new Set<FamilyId>();
      map.set(word, families.add(entry.family));
    }
  }
  return map;
})();

export function familiesOfWord(word: string): ReadonlySet<FamilyId> | undefined {
  return FAMILIES_BY_WORD.get(word);
}
