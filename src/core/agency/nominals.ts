/**
 * Event nouns in context: with a modifier or by-phrase that names the agent ("Israeli
 * strikes", "a police raid", "an attack by militants"), as the subject of a verb ("a blast
 * hit", "clashes erupted", "water cannon was used"), as the object of a verb of doing
 * ("forces launched strikes") or of any other verb ("condemned the killing"), or alone as
 * the circumstance of a sentence ("amid unrest", "in the shelling").
 */
import { accusationClause } from './accusations';
import { ACTOR_NOUNS, agentWords, bare, CROWD_WORDS, isPossessive, namesAgent } from './actors';
import type { Clause } from './clause';
import { agentSpan, familiesOf, readingsAt, span } from './clause';
import type { EventEntry, FamilyId } from './events';
import type { Token } from './nlp';
import type { Range } from './phrases';
import { auxiliariesBefore, beginsObject, breakAfter, keysOf, objectAfter, phraseStartingAt, tokensOf } from './phrases';
import { passiveClause, subjectBefore } from './verbs';

/** Families where a named modifier is the agent ("Russian shelling"), not the victim ("Palestinian deaths"). */
const AGENT_MODIFIED: ReadonlySet<FamilyId> = new Set(['shoot', 'shell', 'attack', 'demolish', 'arrest', 'beat', 'displace']);
/** Prepositions that introduce an event noun as the circumstance of a sentence. */
const CIRCUMSTANCE = new Set(['amid', 'in', 'during', 'after', 'following', 'since', 'despite', 'over', 'from', 'before', 'with']);

export function nominalClause(
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
  const accused = accusationClause(tokens, first, i, last, families, lemma);
  if (accused !== 'none') return accused;
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
  // A participle ends the helpers, even "used" in "was used to disperse them".
  const helper = (token: Token) => (token.tags.auxiliary && !/ed$/.test(token.lower)) || token.pos === 'adverb';
  while (v < tokens.length && helper(tokens[v]!) && !breakAfter(tokens, v)) v++;
  const verb = tokens[v];
  // The tagger may read a participle after "was" as an adjective ("was used against").
  const participle = verb !== undefined && v > at && verb.pos === 'adjective' && /ed$/.test(verb.lower);
  if (!verb || (verb.pos !== 'verb' && !participle) || helper(verb) || (v === at && verb.tags.gerund)) return 'none';
  const aux = auxiliariesBefore(tokens, v);
  const readings = readingsAt(tokens, v).filter((r) => r.role !== 'nominal');
  const verbLast = v + (readings[0]?.words.length ?? 1) - 1;
  if (aux.negated || aux.unreal) return undefined;
  if (aux.be && readings.some((r) => r.participle)) return undefined;
  if (aux.be && readings.length === 0 && (verb.tags.pastTense || /ed$/.test(verb.lower))) {
    // "Water cannon was used", "tear gas was deployed": the event noun's own passive.
    done.add(v);
    const passive = passiveClause(tokens, aux.first, v, []);
    return passive && { ...passive, families, lemma, wording: span(tokens, first, v) };
  }
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
    // "officer-involved shooting" says an officer was there, not who fired.
    const involved = token.punctAfter === '-' && /^(?:involved|related)$/.test(tokens[k + 1]?.lower ?? '');
    if ((named || ACTOR_NOUNS.has(bare(token))) && !CROWD_WORDS.has(bare(token)) && !involved) {
      if (from < 0) from = k;
      to = k;
    }
  }
  if (from < 0) return undefined;
  // "the army’s shelling": the article belongs to the agent; "a police raid": to the raid.
  if (from > first && tokens[from - 1]!.pos === 'determiner' && isPossessive(tokens[to]!)) from--;
  return { first: from, last: to };
}
