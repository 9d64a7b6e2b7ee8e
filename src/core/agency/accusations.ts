/**
 * Events told through an accusation or a claim of responsibility. These name who is said to
 * have acted: "accused Ukrainian forces of shelling", "Ukrainian forces were accused of
 * shelling", "blamed separatists for the attack", "blamed the attack on separatists", "an
 * attack blamed on separatists", "claimed responsibility for the bombing", "held the gang
 * responsible for the killings", "the rebels were responsible for the massacre".
 *
 * Such a sentence is not agentless, so it must not be flagged as one. It names the agent in
 * someone's words, as "residents said soldiers shot…" does, so it counts as naming one. The
 * accusation stays in the clause's wording, so the reader sees that it is an allegation.
 */
import { inflections } from '../lexicon/inflect';
import { AGENT_PRONOUNS, agentWords, namesAgent } from './actors';
import type { Clause } from './clause';
import { agentSpan, span } from './clause';
import type { FamilyId } from './events';
import type { Token } from './nlp';
import type { Range } from './phrases';
import { auxiliariesBefore, breakAfter, objectAfter, phraseEndingAt, phraseStartingAt, tokensOf } from './phrases';
import { subjectBefore } from './verbs';

/** Verbs that accuse someone of an event, every form: "accused X of", "blamed X for", "charged X with". */
const ACCUSING: ReadonlySet<string> = new Set(['accuse', 'blame', 'suspect', 'charge', 'convict', 'indict'].flatMap(inflections));
const FRAME_PREPOSITIONS = new Set(['of', 'for', 'with']);
/** Verbs that take responsibility for an event: "claimed responsibility for". */
const OWNING: ReadonlySet<string> = new Set(['claim', 'accept', 'admit', 'take', 'took', 'taken'].flatMap(inflections));
/** After an event noun: "an attack blamed on", "deaths attributed to". */
const BLAMED_ON: ReadonlyMap<string, string> = new Map([['blamed', 'on'], ['attributed', 'to'], ['pinned', 'on']]);
const BLAMING: ReadonlySet<string> = new Set(inflections('blame'));
const HOLDING = new Set(['hold', 'holds', 'held', 'holding']);
const HELPERS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);
/** A subject that says nobody owns up: "no group has claimed responsibility". */
const NOBODY = new Set(['no', 'none', 'nobody', 'noone']);

/** Where an accusation names an agent: the agent's phrase, and the accusation's words around the event. */
interface Accused {
  readonly agent: Range;
  /** First token of the wording, when the accusation comes before the event ("accused X of"). */
  readonly from?: number;
  /** Last token of the wording, when it comes after ("an attack blamed on"). */
  readonly to?: number;
}

/**
 * The clause of an event phrase (tokens `first`…`last`, head at `i`) that an accusation frames,
 * from the words before it ("accused X of") or after it ("blamed on X"). 'none' when no
 * accusation names anyone ("did not accuse anyone of", "no group claimed responsibility for"):
 * the event is then read as without one; undefined when it blames something that is no
 * agent ("blamed the floods for the deaths"): a cause is named, so the event is neither
 * agentive nor agentless.
 */
export function accusationClause(
  tokens: readonly Token[],
  first: number,
  i: number,
  last: number,
  families: ReadonlySet<FamilyId>,
  lemma: string
): Clause | undefined | 'none' {
  const before = accusedBefore(tokens, first);
  const accused = before === 'none' ? blamedAfter(tokens, last + 1, first) : before;
  if (accused === 'none') return 'none';
  // What the accused did it to: "of shelling the town", "the killing of Ali"; not the one
  // it is blamed on ("blamed the shelling on separatists").
  const patient = before !== 'none' || tokens[last + 1]?.lower === 'of' ? objectAfter(tokens, last + 1) : undefined;
  const wording = span(tokens, accused.from ?? i, accused.to ?? last);
  const agentTokens = tokensOf(tokens, accused.agent);
  if (!namesAgent(agentTokens)) {
    // "accused them of shelling": someone is said to have done it, whom this module cannot name.
    const someone = agentTokens.length === 1 && AGENT_PRONOUNS.has(agentTokens[0]!.lower);
    return someone ? { kind: 'agentive', families: new Set(families), lemma, agentWords: [], wording, patient } : undefined;
  }
  return {
    kind: 'agentive',
    families: new Set(families),
    lemma,
    agent: agentSpan(tokens, accused.agent),
    agentWords: agentWords(agentTokens),
    wording,
    patient,
  };
}

/** "accused X of", "X was accused of", "claimed responsibility for", "held X responsible for". */
function accusedBefore(tokens: readonly Token[], first: number): Accused | 'none' {
  const preposition = first - 1;
  const v = preposition - 1;
  if (v < 0 || !FRAME_PREPOSITIONS.has(tokens[preposition]!.lower) || breakAfter(tokens, preposition) || breakAfter(tokens, v)) return 'none';
  const word = tokens[v]!;
  if (isVerbIn(word, ACCUSING)) return subjectOf(tokens, v);
  if (word.lower === 'responsibility' && v > 0 && !breakAfter(tokens, v - 1) && isVerbIn(tokens[v - 1]!, OWNING)) {
    return subjectOf(tokens, v - 1);
  }
  if (word.lower === 'responsible') {
    // "the rebels were responsible for": the subject of "were".
    const aux = auxiliariesBefore(tokens, v);
    if (aux.first < v) return subjectOf(tokens, v);
  }
  const object = phraseEndingAt(tokens, word.lower === 'responsible' ? v - 1 : v);
  const verb = object ? object.first - 1 : -1;
  if (!object || verb < 0 || breakAfter(tokens, verb)) return 'none';
  const frames = word.lower === 'responsible' ? HOLDING.has(tokens[verb]!.lower) : isVerbIn(tokens[verb]!, ACCUSING);
  if (!frames) return 'none';
  return real(tokens, verb) ? { agent: object, from: verb } : 'none';
}

/** "an attack blamed on X" after the event phrase; "blamed the attack on X" with the verb before it. */
function blamedAfter(tokens: readonly Token[], after: number, first: number): Accused | 'none' {
  let at = after;
  // The event's own "of" phrase comes first: "the killing of Ali blamed on".
  if (tokens[at]?.lower === 'of' && !breakAfter(tokens, at - 1)) at = (phraseStartingAt(tokens, at + 1)?.last ?? at) + 1;
  if (at - 1 < 0 || breakAfter(tokens, at - 1)) return 'none';
  // "The killing of Ali was blamed on police": the helpers of the participle.
  while (HELPERS.has(tokens[at]?.lower ?? '') && !breakAfter(tokens, at)) at++;
  const verb = first - 1;
  const verbBefore = verb >= 0 && !breakAfter(tokens, verb) && BLAMING.has(tokens[verb]!.lower) && tokens[at]?.lower === 'on';
  const participle = BLAMED_ON.get(tokens[at]?.lower ?? '') === tokens[at + 1]?.lower && !breakAfter(tokens, at);
  if (!verbBefore && !participle) return 'none';
  const agent = phraseStartingAt(tokens, participle ? at + 2 : at + 1);
  if (!agent) return 'none';
  if (verbBefore && !real(tokens, verb)) return 'none';
  return verbBefore ? { agent, from: verb } : { agent, to: at + 1 };
}

/** The subject of an accusing or owning verb at `verb`, as the one accused or owning up. */
function subjectOf(tokens: readonly Token[], verb: number): Accused | 'none' {
  if (!real(tokens, verb)) return 'none';
  const aux = auxiliariesBefore(tokens, verb);
  // "They were accused of shelling": someone is accused, though not by name.
  const pronoun = aux.first - 1;
  const subject = subjectBefore(tokens, aux.first)?.range ??
    (pronoun >= 0 && tokens[pronoun]!.pos === 'pronoun' && !breakAfter(tokens, pronoun) ? { first: pronoun, last: pronoun } : undefined);
  if (!subject || NOBODY.has(tokens[subject.first]!.lower) || NOBODY.has(tokens[subject.first - 1]?.lower ?? '')) return 'none';
  return { agent: subject, from: aux.first };
}

function real(tokens: readonly Token[], verb: number): boolean {
  const aux = auxiliariesBefore(tokens, verb);
  return !aux.negated && !aux.unreal;
}

/** A verb form in the list; the tagger reads some participles as adjectives ("is suspected of"). */
function isVerbIn(token: Token, forms: ReadonlySet<string>): boolean {
  return (token.pos === 'verb' || token.pos === 'adjective') && forms.has(token.lower);
}
