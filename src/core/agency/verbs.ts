/**
 * Event verbs in context: active with a subject that names an agent, passive with or without
 * a by-agent, or without an object ("died"). The subject is found through coordination
 * ("opened fire and killed"), participle clauses (", killing three"), pronouns standing for a
 * speaker ("police said they…") and prepositional phrases ("an airstrike on a school… killed").
 */
import { AGENT_PRONOUNS, agentWords, namesAgent, REPORTING_VERBS } from './actors';
import type { Clause } from './clause';
import { agentSpan, familiesOf, readingsAt, span } from './clause';
import type { EventEntry } from './events';
import { NOMINAL_WORDS } from './events';
import type { Token } from './nlp';
import type { Range } from './phrases';
import { auxiliariesBefore, beginsObject, breakAfter, keysOf, objectAfter, objectStart, phraseEndingAt, phraseStartingAt, tokensOf } from './phrases';

/** Pronouns for people: "they killed" tells that someone acted ("it" may be a blast). */
const PERSONAL_PRONOUNS = new Set(['they', 'he', 'she', 'we', 'you', 'i']);

export function verbClause(tokens: readonly Token[], i: number, last: number, readings: readonly EventEntry[]): Clause | undefined {
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
  const next = breakAfter(tokens, last) ? undefined : tokens[objectStart(tokens, last + 1)];
  const hasObject = beginsObject(next) || (complete && next !== undefined && ['at', 'on', 'upon', 'into', 'to'].includes(next.lower));
  if (!hasObject && !(complete && transitive.some((r) => r.words.length > 1))) return undefined;
  if (!namesAgent(subjectTokens)) {
    // "They killed my son": nobody this module can name, but someone acted, so the sentence
    // is not agentless either. The clause only keeps the other article from being flagged.
    const someone = subjectTokens.length === 1 && PERSONAL_PRONOUNS.has(subjectTokens[0]!.lower);
    return someone ? { kind: 'agentive', families: familiesOf(transitive), lemma, agentWords: [], wording: span(tokens, i, last) } : undefined;
  }
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

export function passiveClause(tokens: readonly Token[], first: number, last: number, readings: readonly EventEntry[]): Clause | undefined {
  const subject = first > 0 && !breakAfter(tokens, first - 1) ? phraseEndingAt(tokens, first - 1) : undefined;
  // The harmed may be the subject ("two men were killed") or follow ("shots were fired at the crowd").
  const patient = union(subject ? keysOf(tokensOf(tokens, subject)) : undefined, objectAfter(tokens, last + 1));
  const base = { families: familiesOf(readings), lemma: readings[0]?.lemma ?? '', wording: span(tokens, first, last), patient };
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
export function subjectBefore(tokens: readonly Token[], at: number, depth = 0): Subject | undefined {
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
  return { range: headOfChain(tokens, range) };
}

const LINKING_PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'near', 'from', 'with', 'for', 'inside', 'outside', 'across', 'against']);

/**
 * "An Israeli airstrike on a school sheltering families in Gaza City killed…": the subject is
 * the phrase the prepositions and gerunds hang from, when that phrase stands where
 * a subject can (at the start of the clause) and can name an agent; otherwise the nearest.
 */
function headOfChain(tokens: readonly Token[], nearest: Range): Range {
  let current = nearest;
  for (let step = 0; step < 4; step++) {
    const link = current.first - 1;
    if (link < 1 || breakAfter(tokens, link) || breakAfter(tokens, link - 1)) break;
    const linker = tokens[link]!;
    // A gerund hangs a reduced relative on the phrase ("a school sheltering families"); a
    // finite verb ("police said officers…") starts a clause of its own.
    const relative = linker.pos === 'verb' && linker.tags.gerund && !linker.tags.auxiliary;
    if (!LINKING_PREPOSITIONS.has(linker.lower) && !relative) break;
    const earlier = phraseEndingAt(tokens, link - 1);
    if (!earlier || tokens[earlier.last]!.pos === 'pronoun') break;
    current = earlier;
  }
  if (current === nearest) return nearest;
  const before = tokens[current.first - 1];
  const startsClause = !before || breakAfter(tokens, current.first - 1) || (before.pos !== 'preposition' && before.pos !== 'verb');
  return startsClause && namesAgent(tokensOf(tokens, current)) ? current : nearest;
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
