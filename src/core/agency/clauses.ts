/**
 * Event clauses of one tagged sentence: who did what to whom, as far as the sentence says.
 *
 * An event word (events.ts) is read in context as one of:
 * - agentive: a verb with a subject that names an agent ("troops killed two men"), a passive
 *   with a by-agent ("were killed by troops"), or an event noun with one ("Israeli strikes");
 * - passive: a passive with no by-agent ("two men were killed");
 * - intransitive: the harmed or the event as subject ("two men died", "clashes erupted");
 * - nominal: a noun for the event ("amid unrest", "in the shelling", "a blast hit").
 * Anything the rules cannot read with confidence (negation, "would", "to", a verb without an
 * object that may be a headline passive, a cause such as "the floods") gives no clause.
 */
import type { Span } from '../types';
import { AGENT_PRONOUNS, ACTOR_NOUNS, agentWords, bare, CROWD_WORDS, isPossessive, namesAgent, REPORTING_VERBS } from './actors';
import type { EventEntry, FamilyId } from './events';
import { entriesAt, NOMINAL_WORDS } from './events';
import type { Token } from './nlp';
import type { Range } from './phrases';
import {
  auxiliariesBefore,
  beginsObject,
  breakAfter,
  keysOf,
  objectAfter,
  phraseEndingAt,
  phraseStartingAt,
  tokensOf,
} from './phrases';

export type ClauseKind = 'agentive' | 'passive' | 'intransitive' | 'nominal';

export interface Clause {
  readonly kind: ClauseKind;
  readonly families: ReadonlySet<FamilyId>;
  /** Base of the event word ("kill", "die", "clash"): the same wording on both sides is no contrast. */
  readonly lemma: string;
  /** Agentive clauses: who acted. Offsets into the tagged text. */
  readonly agent?: Span;
  /** Agentive clauses: words that name the agent, to look for in the other article. */
  readonly agentWords: readonly string[];
  /** Agentive clauses: the action; the others: the agentless wording. */
  readonly wording: Span;
  /** Keys of who or what was harmed ("2", "man"); undefined when the clause names nobody. */
  readonly patient?: ReadonlySet<string>;
}

/** Families where a named modifier is the agent ("Russian shelling"), not the victim ("Palestinian deaths"). */
const AGENT_MODIFIED: ReadonlySet<FamilyId> = new Set(['shoot', 'shell', 'attack', 'demolish', 'arrest', 'beat', 'displace']);
/** Prepositions that introduce an event noun as the circumstance of a sentence. */
const CIRCUMSTANCE = new Set(['amid', 'in', 'during', 'after', 'following', 'since', 'despite', 'over', 'from', 'before', 'with']);

/** The clauses of one sentence, in reading order. */
export function clausesOf(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  const done = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (done.has(i)) continue;
    const readings = readingsAt(tokens, i);
    if (readings.length === 0) continue;
    const last = i + readings[0]!.words.length - 1;
    for (let k = i; k <= last; k++) done.add(k);
    const verbs = readings.filter((r) => r.role !== 'nominal');
    const nominals = readings.filter((r) => r.role === 'nominal');
    const clause =
      useAsVerb(tokens, i, last, verbs.length > 0, nominals.length > 0)
        ? verbClause(tokens, i, last, verbs)
        : nominalClause(tokens, i, last, nominals, done);
    if (clause) clauses.push(clause);
  }
  return clauses;
}

/** The longest event entries that start at token `i`. */
function readingsAt(tokens: readonly Token[], i: number): EventEntry[] {
  const words = tokens.slice(i, i + 4).map((token) => token.lower);
  // A phrase does not run across punctuation ("fire, dead").
  const entries = entriesAt(words).filter((e) => e.words.every((_, k) => k === e.words.length - 1 || !breakAfter(tokens, i + k)));
  const longest = entries[0]?.words.length ?? 0;
  return entries.filter((entry) => entry.words.length === longest);
}

/** Whether a word that can be a verb or a noun ("attack", "strikes", "killing") is a verb here. */
function useAsVerb(tokens: readonly Token[], i: number, last: number, verb: boolean, noun: boolean): boolean {
  if (!noun || !verb) return verb;
  const token = tokens[i]!;
  const prev = i > 0 && !breakAfter(tokens, i - 1) ? tokens[i - 1] : undefined;
  const next = tokens[last + 1];
  if (tokens[last]!.lower.endsWith('ed')) return true;
  if (prev && prev.lower === 'to') return true;
  if (prev && (['determiner', 'adjective', 'number', 'preposition'].includes(prev.pos) || isPossessive(prev))) return false;
  if (next && next.pos === 'verb' && !breakAfter(tokens, last)) return false;
  if (token.lower.endsWith('ing') && i > 0 && tokens[i - 1]!.punctAfter.includes(',')) return true;
  return token.pos === 'verb';
}

function span(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** An agent's span without a possessive ending ("the army’s" → "the army"). */
function agentSpan(tokens: readonly Token[], range: Range): Span {
  const whole = span(tokens, range.first, range.last);
  const last = tokens[range.last]!;
  const cut = isPossessive(last) ? (last.lower.endsWith("'") ? 1 : 2) : 0;
  return { start: whole.start, end: whole.end - cut };
}

function familiesOf(entries: readonly EventEntry[]): Set<FamilyId> {
  return new Set(entries.map((entry) => entry.family));
}

function verbClause(tokens: readonly Token[], i: number, last: number, readings: readonly EventEntry[]): Clause | undefined {
  const aux = auxiliariesBefore(tokens, i);
  if (aux.negated || aux.unreal) return undefined;
  const transitive = readings.filter((r) => r.role === 'verb');
  const lemma = readings[0]!.lemma;
  if (aux.be && transitive.some((r) => r.participle)) {
    return passiveClause(tokens, aux.first, last, transitive.filter((r) => r.participle));
  }
  const subject = subjectBefore(tokens, aux.first);
  if (!subject) return undefined;
  const subjectTokens = tokensOf(tokens, subject.range);
  if (transitive.length === 0) {
    return {
      kind: 'intransitive',
      families: familiesOf(readings),
      lemma,
      agentWords: [],
      wording: span(tokens, i, last),
      patient: keysOf(subjectTokens),
    };
  }
  // Without an object, "killed" may be a headline passive ("12 people killed in strikes").
  const complete = transitive.some((r) => r.words.length > 1 || r.family === 'shoot');
  const next = breakAfter(tokens, last) ? undefined : tokens[last + 1];
  const hasObject = beginsObject(next) || (complete && next !== undefined && ['at', 'on', 'upon', 'into', 'to'].includes(next.lower));
  if (!hasObject && !(complete && transitive.some((r) => r.words.length > 1))) return undefined;
  if (!namesAgent(subjectTokens)) return undefined;
  return {
    kind: 'agentive',
    families: familiesOf(transitive),
    lemma,
    agent: agentSpan(tokens, subject.range),
    agentWords: agentWords(subjectTokens),
    wording: span(tokens, subject.chainFrom ?? i, last),
    patient: objectAfter(tokens, last + 1),
  };
}

function passiveClause(tokens: readonly Token[], first: number, last: number, readings: readonly EventEntry[]): Clause | undefined {
  const subject = first > 0 && !breakAfter(tokens, first - 1) ? phraseEndingAt(tokens, first - 1) : undefined;
  // The harmed may be the subject ("two men were killed") or follow ("shots were fired at the crowd").
  const patient = union(subject ? keysOf(tokensOf(tokens, subject)) : undefined, objectAfter(tokens, last + 1));
  const base = { families: familiesOf(readings), lemma: readings[0]!.lemma, wording: span(tokens, first, last), patient };
  for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
    if (tokens[k]!.lower === 'by') {
      // "were killed by troops" names the agent; "were killed by a blast" names a cause,
      // which is neither an agent nor a clean agentless passive.
      const agent = phraseStartingAt(tokens, k + 1);
      const agentTokens = agent ? tokensOf(tokens, agent) : [];
      if (!agent || !namesAgent(agentTokens)) return undefined;
      return { ...base, kind: 'agentive', agent: agentSpan(tokens, agent), agentWords: agentWords(agentTokens) };
    }
    if (breakAfter(tokens, k) || tokens[k]!.pos === 'conjunction') break;
  }
  return { ...base, kind: 'passive', agentWords: [] };
}

function union(x: Set<string> | undefined, y: Set<string> | undefined): Set<string> | undefined {
  return x && y ? new Set([...x, ...y]) : x ?? y;
}

interface Subject {
  readonly range: Range;
  /** Set when the verb shares its subject with an event verb just before it ("opened fire and killed"). */
  readonly chainFrom?: number;
}

/** The subject of the verb whose first word (helpers included) is token `at`. */
function subjectBefore(tokens: readonly Token[], at: number, depth = 0): Subject | undefined {
  const j = at - 1;
  if (j < 0 || depth > 2) return undefined;
  const before = tokens[j]!;
  const participle = tokens[at]!.lower.endsWith('ing') && before.punctAfter.includes(',');
  if ((before.lower === 'and' && !breakAfter(tokens, j)) || participle) {
    // "Troops opened fire and killed", "forces shelled the city, killing three": the subject
    // of the verb before.
    const verb = previousVerb(tokens, participle ? at : j);
    if (verb === undefined) return undefined;
    const subject = subjectBefore(tokens, auxiliariesBefore(tokens, verb).first, depth + 1);
    if (!subject) return undefined;
    const verbLength = readingsAt(tokens, verb)[0]?.words.length ?? 0;
    const adjacent = !participle && verbLength > 0 && verb + verbLength === j;
    return { range: subject.range, ...(adjacent ? { chainFrom: subject.chainFrom ?? verb } : {}) };
  }
  if (breakAfter(tokens, j)) return undefined;
  let range = phraseEndingAt(tokens, j);
  if (!range) return undefined;
  // "The army’s shelling of the town killed four": the agent is "the army’s shelling".
  for (let k = range.first + 1; k < range.last; k++) {
    if (tokens[k]!.lower === 'of' && NOMINAL_WORDS.has(tokens[k - 1]!.lower)) {
      range = { first: range.first, last: k - 1 };
      break;
    }
  }
  const head = tokens[range.last]!;
  if (head.pos === 'pronoun') {
    return AGENT_PRONOUNS.has(head.lower) ? speakerBefore(tokens, range.first, depth) : undefined;
  }
  return { range };
}

/** "Police said they had arrested…": the pronoun stands for the speaker named just before. */
function speakerBefore(tokens: readonly Token[], pronoun: number, depth: number): Subject | undefined {
  let k = pronoun - 1;
  if (tokens[k]?.lower === 'that') k--;
  if (k < 0 || !REPORTING_VERBS.has(tokens[k]!.lower) || breakAfter(tokens, k)) return undefined;
  const speaker = subjectBefore(tokens, auxiliariesBefore(tokens, k).first, depth + 1);
  return speaker && namesAgent(tokensOf(tokens, speaker.range)) ? { range: speaker.range } : undefined;
}

/** The nearest full verb before token `before` in the same clause. */
function previousVerb(tokens: readonly Token[], before: number): number | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.punctAfter.includes(';')) return undefined;
    if (token.pos === 'verb' && !token.tags.auxiliary) return k;
  }
  return undefined;
}

function nominalClause(
  tokens: readonly Token[],
  i: number,
  last: number,
  readings: readonly EventEntry[],
  done: Set<number>
): Clause | undefined {
  if (readings.length === 0) return undefined;
  const families = familiesOf(readings);
  const lemma = readings[0]!.lemma;
  let first = i;
  while (first > 0 && !breakAfter(tokens, first - 1) && isNominalModifier(tokens[first - 1]!)) first--;
  const before = first > 0 && !breakAfter(tokens, first - 1) ? tokens[first - 1] : undefined;
  if (before && before.pos === 'verb' && !before.tags.auxiliary) {
    return eventAsObject(tokens, first - 1, i, last, families, readings[0]!.lemma);
  }
  const modifiers = tokens.slice(first, i);
  const actor = [...families].some((f) => AGENT_MODIFIED.has(f)) ? actorAmong(tokens, first, i) : undefined;

  let after = last + 1;
  let patient: Set<string> | undefined;
  if (tokens[after]?.lower === 'of' && !breakAfter(tokens, last)) {
    const of = phraseStartingAt(tokens, after + 1);
    if (of) {
      patient = keysOf(tokensOf(tokens, of));
      after = of.last + 1;
    }
  }
  if (!breakAfter(tokens, after - 1)) {
    const verbClauseOf = eventAsSubject(tokens, first, after, families, lemma, actor, done);
    if (verbClauseOf !== 'none') return verbClauseOf;
  }
  if (tokens[after]?.lower === 'by' && !breakAfter(tokens, after - 1)) {
    const by = phraseStartingAt(tokens, after + 1);
    if (by && namesAgent(tokensOf(tokens, by))) {
      const byTokens = tokensOf(tokens, by);
      return { kind: 'agentive', families, lemma, agent: agentSpan(tokens, by), agentWords: agentWords(byTokens), wording: span(tokens, i, last), patient };
    }
    return undefined;
  }
  if (actor) {
    const actorTokens = tokensOf(tokens, actor);
    return { kind: 'agentive', families, lemma, agent: agentSpan(tokens, actor), agentWords: agentWords(actorTokens), wording: span(tokens, i, last), patient };
  }
  const victims = families.has('kill') || families.has('injure') ? keysOf(modifiers) : undefined;
  const intro = before && CIRCUMSTANCE.has(before.lower) ? first - 1 : first;
  return { kind: 'nominal', families, lemma, agentWords: [], wording: span(tokens, intro, last), patient: patient ?? victims };
}

/**
 * An event noun as the subject of a verb: "a blast hit the market", "clashes erupted",
 * "Israeli strikes hit the town". Returns 'none' when no verb follows; undefined when the
 * verb's own clause tells it (a passive, or an event verb with an agent as subject).
 */
function eventAsSubject(
  tokens: readonly Token[],
  first: number,
  at: number,
  families: Set<FamilyId>,
  lemma: string,
  actor: Range | undefined,
  done: Set<number>
): Clause | undefined | 'none' {
  let v = at;
  while (v < tokens.length && (tokens[v]!.tags.auxiliary || tokens[v]!.pos === 'adverb') && !breakAfter(tokens, v)) v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'verb' || verb.tags.auxiliary || v === at && verb.tags.gerund) return 'none';
  const aux = auxiliariesBefore(tokens, v);
  const readings = readingsAt(tokens, v).filter((r) => r.role !== 'nominal');
  const verbLast = v + (readings[0]?.words.length ?? 1) - 1;
  if (aux.negated || aux.unreal) return undefined;
  if (aux.be && readings.some((r) => r.participle)) return undefined;
  const subjectTokens = tokens.slice(first, at);
  const agentive = actor !== undefined || namesAgent(subjectTokens);
  if (agentive && readings.some((r) => r.role === 'verb')) return undefined;
  for (let k = v; k <= verbLast; k++) done.add(k);
  readings.forEach((r) => families.add(r.family));
  const patient = objectAfter(tokens, verbLast + 1);
  if (agentive) {
    const range = actor ?? { first, last: at - 1 };
    return { kind: 'agentive', families, lemma, agent: agentSpan(tokens, range), agentWords: agentWords(tokensOf(tokens, range)), wording: span(tokens, v, verbLast), patient };
  }
  const intransitive = readings.some((r) => r.role === 'intransitive');
  // "The shelling continued overnight": only the noun is the event's wording.
  const ownVerb = readings.length > 0 || beginsObject(tokens[verbLast + 1]);
  return {
    kind: intransitive ? 'intransitive' : 'nominal',
    families,
    lemma,
    agentWords: [],
    wording: span(tokens, first, ownVerb ? verbLast : at - 1),
    patient,
  };
}

/** Verbs whose subject carried out the event noun they take ("launched strikes", "carried out raids"). */
const DOING_VERBS = new Set(
  ['launch', 'carry', 'conduct', 'stage', 'mount', 'unleash', 'commit', 'perpetrate', 'order', 'step', 'intensify', 'escalate', 'use', 'deploy']
);

/**
 * An event noun as the object of a verb. After an event verb ("fired tear gas") the verb's
 * own clause tells the event. After a verb of doing ("forces launched strikes") the subject
 * is the agent. After any other verb ("condemned the killings", "reported clashes") nobody is.
 */
function eventAsObject(
  tokens: readonly Token[],
  verb: number,
  head: number,
  last: number,
  families: Set<FamilyId>,
  lemma: string
): Clause | undefined {
  if (readingsAt(tokens, verb).length > 0 || readingsAt(tokens, verb - 1).some((r) => r.words.length > 1)) return undefined;
  const aux = auxiliariesBefore(tokens, verb);
  if (aux.negated || aux.unreal) return undefined;
  if (!DOING_VERBS.has(tokens[verb]!.lemma) && !DOING_VERBS.has(tokens[verb]!.lower)) {
    const patient = tokens[last + 1]?.lower === 'of' ? objectAfter(tokens, last + 1) : undefined;
    return { kind: 'nominal', families, lemma, agentWords: [], wording: span(tokens, verb + 1, last), patient };
  }
  const subject = subjectBefore(tokens, aux.first);
  const subjectTokens = subject ? tokensOf(tokens, subject.range) : [];
  if (!subject || !namesAgent(subjectTokens)) return undefined;
  return {
    kind: 'agentive',
    families,
    lemma,
    agent: agentSpan(tokens, subject.range),
    agentWords: agentWords(subjectTokens),
    wording: span(tokens, verb, head),
    patient: objectAfter(tokens, last + 1),
  };
}

function isNominalModifier(token: Token): boolean {
  if (token.tags.date || token.pos === 'pronoun') return false;
  return ['determiner', 'adjective', 'noun', 'number'].includes(token.pos) || token.tags.proper || isPossessive(token) || ACTOR_NOUNS.has(bare(token));
}

/**
 * The modifiers of an event noun that name its agent ("Israeli", "the army’s", "police"),
 * from the first of them to the last, with an article just before; crowds are victims.
 */
function actorAmong(tokens: readonly Token[], first: number, head: number): Range | undefined {
  let from = -1;
  let to = -1;
  for (let k = first; k < head; k++) {
    const token = tokens[k]!;
    const named = (token.tags.proper || token.tags.demonym || token.tags.organization) && !token.tags.date;
    if ((named || ACTOR_NOUNS.has(bare(token))) && !CROWD_WORDS.has(bare(token))) {
      if (from < 0) from = k;
      to = k;
    }
  }
  if (from < 0) return undefined;
  // "the army’s shelling": the article belongs to the agent; "a police raid": to the raid.
  if (from > first && tokens[from - 1]!.pos === 'determiner' && isPossessive(tokens[to]!)) from--;
  return { first: from, last: to };
}
