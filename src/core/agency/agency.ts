/**
 * Agency: inside corresponding sentences, one article names who acted ("troops opened fire
 * and killed two men") where the other tells the same event without an agent ("two men were
 * killed", "two men died", "amid unrest").
 *
 * Precision comes first, so a contrast needs all of:
 * - an agentive clause on one side and an agentless one on the other, about the same event:
 *   the same event family (kill / die / deaths) without naming different victims, or a
 *   related family (shell → died) naming the same victims;
 * - the agentless side names no agent for the event anywhere in the pair's sentences (no
 *   agentive clause of that kind, no by-agent, not even the agent's words, unless only as
 *   its source: "…, police said"). A source is the agent, though, when the act is one only an
 *   authority carries out and the source is that authority: "five men had been detained,
 *   police said" against "officers arrested five men";
 * - the agentless wording is not shared: when both sides say "died", the difference is
 *   elsewhere.
 * Only sentences of aligned pairs whose words pass the event-word gate are tagged.
 */
import type { Alignment, SegmentedText, Side, Span, TextSpan } from '../types';
import { ACTOR_NOUNS, CROWD_WORDS, PEOPLE_NOUNS, sameInstitution } from './actors';
import type { Clause } from './clauses';
import { clausesOf, namedWords } from './clauses';
import type { FamilyId } from './events';
import { AGENTIVE_WORDS, AGENTLESS_WORDS, AUTHORITY_LEMMAS, PARTICIPLE_WORDS, RELATED, WEAK_LEMMAS } from './events';
import { tagText } from './nlp';
import { isAge, isFigure } from './phrases';

export interface AgencyFinding {
  /** The aligned pair (`AlignedPair.id`) both clauses are in. */
  readonly pairId: string;
  /** The side that names who acted. */
  readonly agentSide: Side;
  /** Who acted ("troops", "the army", "Israeli strikes"), on `agentSide`. */
  readonly agent: TextSpan;
  /** What they did ("killed", "opened fire and killed"), on `agentSide`. */
  readonly action: TextSpan;
  /** The other side's agentless wording ("were killed", "died", "amid unrest", "a blast hit"). */
  readonly agentless: TextSpan;
  readonly form: 'passive' | 'intransitive' | 'nominal';
}

/** The clauses of one side of a pair, with the words that may name an agent and those that name a source (lower case). */
interface SideClauses {
  readonly clauses: readonly Clause[];
  readonly words: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

/** Agency contrasts in every aligned pair, in A's order. */
export function agencyFindings(a: SegmentedText, b: SegmentedText, alignment: Alignment): AgencyFinding[] {
  const findings: AgencyFinding[] = [];
  for (const pair of alignment.pairs) {
    if (pair.kind === 'identical') continue;
    const agentInA = mayTellWithout(b, pair.b) && mayTellWithAgent(a, pair.a, pair.diffs.map((d) => d.a));
    const agentInB = mayTellWithout(a, pair.a) && mayTellWithAgent(b, pair.b, pair.diffs.map((d) => d.b));
    if (!agentInA && !agentInB) continue;
    const sideA = clausesOfSide(a, pair.a);
    const sideB = clausesOfSide(b, pair.b);
    if (agentInA) findings.push(...contrasts(pair.id, 'a', sideA, sideB, a, b));
    if (agentInB) findings.push(...contrasts(pair.id, 'b', sideB, sideA, b, a));
  }
  return findings;
}

/*
 * The gate. Tagging costs about a millisecond a sentence, so a pair is tagged only when its
 * words allow a contrast: one side has an event verb or noun and, among the words the other
 * side lacks (its side of the word differences), one that may name an agent — a force or
 * authority, a noun for people, or a capitalised word (names, nationalities); the other side
 * has a verb without an object, an event noun, or an event participle after "was", "were",
 * "been". An agent that both sides name is no contrast, so the gate loses little of what
 * the clause rules would find: an agent the other side names only as its source ("the
 * ministry said homes were demolished"), and a lower-case agent the lists do not know.
 */

function mayTellWithAgent(doc: SegmentedText, sentences: readonly number[], spans: readonly Span[]): boolean {
  let event = false;
  let agent = false;
  for (const s of sentences) {
    const sentence = doc.sentences[s]!;
    for (let w = sentence.firstWord; w < sentence.firstWord + sentence.wordCount; w++) {
      const word = doc.words[w]!;
      event ||= AGENTIVE_WORDS.has(word.norm);
      agent ||=
        (ACTOR_NOUNS.has(word.norm) || PEOPLE_NOUNS.has(word.norm) || CAPITAL.test(word.text)) &&
        spans.some((span) => span.end > span.start && word.start >= span.start && word.end <= span.end);
      if (event && agent) return true;
    }
  }
  return false;
}

const CAPITAL = /^\p{Lu}/u;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting']);

function mayTellWithout(doc: SegmentedText, sentences: readonly number[]): boolean {
  for (const s of sentences) {
    const sentence = doc.sentences[s]!;
    let lastBe = -Infinity;
    for (let w = sentence.firstWord; w < sentence.firstWord + sentence.wordCount; w++) {
      const norm = doc.words[w]!.norm;
      if (BE_FORMS.has(norm)) lastBe = w;
      if (AGENTLESS_WORDS.has(norm) || (PARTICIPLE_WORDS.has(norm) && w - lastBe <= 4)) return true;
    }
  }
  return false;
}

const MAX_SENTENCE_WORDS = 150;

function clausesOfSide(doc: SegmentedText, sentences: readonly number[]): SideClauses {
  const clauses: Clause[] = [];
  const words = new Set<string>();
  const sources = new Set<string>();
  for (const s of sentences) {
    const sentence = doc.sentences[s]!;
    // Text without sentence punctuation can make one "sentence" of thousands of words: no
    // clause rule applies to it, and tagging it would cost more than the whole rest.
    if (sentence.wordCount > MAX_SENTENCE_WORDS) continue;
    const tokens = tagText(sentence.text);
    const named = namedWords(tokens);
    named.mentioned.forEach((word) => words.add(word));
    named.sources.forEach((word) => sources.add(word));
    for (const clause of clausesOf(tokens)) {
      const shift = (span: { start: number; end: number }) => ({ start: span.start + sentence.start, end: span.end + sentence.start });
      clauses.push({ ...clause, wording: shift(clause.wording), ...(clause.agent ? { agent: shift(clause.agent) } : {}) });
    }
  }
  return { clauses, words, sources };
}

function contrasts(
  pairId: string,
  agentSide: Side,
  agentSideClauses: SideClauses,
  otherSide: SideClauses,
  agentDoc: SegmentedText,
  otherDoc: SegmentedText
): AgencyFinding[] {
  const agentive = agentSideClauses.clauses.filter((c) => c.kind === 'agentive' && c.agent !== undefined);
  const agentless = otherSide.clauses.filter((c) => c.kind !== 'agentive');
  const otherAgentive = otherSide.clauses.filter((c) => c.kind === 'agentive');
  // Agentless wording the agent side uses too is shared, not a contrast.
  const sharedLemmas = new Set(agentSideClauses.clauses.filter((c) => c.kind !== 'agentive').map((c) => c.lemma));
  const candidates: { x: Clause; y: Clause; score: number; overlap: boolean }[] = [];
  for (const x of agentive) {
    if (x.agentWords.some((word) => otherSide.words.has(word))) continue;
    if (otherAgentive.some((y) => sameOrRelated(x.families, y.families))) continue;
    for (const y of agentless) {
      if (sharedLemmas.has(y.lemma)) continue;
      if (AUTHORITY_LEMMAS.has(y.lemma) && sameInstitution(x.agentWords, otherSide.sources)) continue;
      const score = matchScore(x, y);
      if (score > 0) candidates.push({ x, y, score, overlap: comparePatients(x.patient, y.patient).overlap });
    }
  }
  candidates.sort((p, q) => q.score - p.score || p.x.wording.start - q.x.wording.start);
  // One finding per agent, unless each names its own victims: "forces shelled the city,
  // killing three" against "three died in shelling" is one omission, but "killing four and
  // wounding 11" against "four died and 11 were injured" is two.
  const used = new Set<Clause>();
  const agents = new Set<number>();
  const findings: AgencyFinding[] = [];
  for (const { x, y, overlap } of candidates) {
    if (used.has(x) || used.has(y) || (agents.has(x.agent!.start) && !overlap)) continue;
    used.add(x).add(y);
    agents.add(x.agent!.start);
    findings.push({
      pairId,
      agentSide,
      agent: textSpan(agentDoc, x.agent!),
      action: textSpan(agentDoc, x.wording),
      agentless: textSpan(otherDoc, y.wording),
      form: y.kind as AgencyFinding['form'],
    });
  }
  return findings.sort((p, q) => p.agent.start - q.agent.start);
}

const FORM_BONUS: Readonly<Record<string, number>> = { passive: 0.3, intransitive: 0.2, nominal: 0.1 };

/**
 * How well an agentless clause tells the same event as an agentive one; 0 when it does not.
 * Same family: unless the two name different victims. Related family: only with the same
 * victims. Shooting or beating a crowd may come back as "clashes" or "unrest".
 */
function matchScore(x: Clause, y: Clause): number {
  const { overlap, conflict } = comparePatients(x.patient, y.patient);
  const bonus = FORM_BONUS[y.kind] ?? 0;
  if (intersects(x.families, y.families)) {
    if (conflict || (WEAK_LEMMAS.has(y.lemma) && !overlap)) return 0;
    return 2 + (overlap ? 2 : 0) + bonus;
  }
  if (!related(x.families, y.families)) return 0;
  if (overlap) return 3 + bonus;
  const crowd = x.patient !== undefined && [...x.patient].some((key) => CROWD_WORDS.has(key) || CROWD_WORDS.has(`${key}s`));
  return y.families.has('clash') && y.patient === undefined && crowd ? 1 + bonus : 0;
}

/** Nouns for anyone, which neither confirm nor contradict a more precise noun. */
const ANYONE = new Set(['person', 'individual', 'one', 'other']);

/**
 * Whether two clauses name the same victims: a shared noun ("men"), or a shared figure ("12")
 * unless their nouns differ. They conflict when their nouns differ ("two soldiers" is not
 * "two civilians") or their figures do; a name against a description ("Darnell Hayes", "a
 * 19-year-old man") and a noun for anyone ("people") do neither.
 */
function comparePatients(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): { overlap: boolean; conflict: boolean } {
  if (!x || !y) return { overlap: false, conflict: false };
  const nouns = (keys: ReadonlySet<string>, proper: boolean) =>
    new Set([...keys].filter((key) => !isFigure(key) && key.startsWith('@') === proper && !ANYONE.has(key)).map((key) => key.replace(/^@/, '')));
  const [commonX, commonY, properX, properY] = [nouns(x, false), nouns(y, false), nouns(x, true), nouns(y, true)];
  // The tagger takes some capitalised nouns for names, so a name may match a noun.
  const sharedNoun = intersects(new Set([...commonX, ...properX]), new Set([...commonY, ...properY]));
  const differentNouns =
    !sharedNoun &&
    ((commonX.size > 0 && commonY.size > 0) || (properX.size > 0 && properY.size > 0));
  const figuresX = new Set([...x].filter(isFigure));
  const figuresY = new Set([...y].filter(isFigure));
  const sharedFigure = intersects(figuresX, figuresY);
  // Two ages ("a 19-year-old", "a 20-year-old") tell two people apart whatever the nouns.
  const agesX = [...commonX].filter(isAge);
  const agesY = [...commonY].filter(isAge);
  const differentAges = agesX.length > 0 && agesY.length > 0 && !agesX.some((age) => agesY.includes(age));
  const overlap = (sharedNoun || (sharedFigure && !differentNouns)) && !differentAges;
  const differentFigures = figuresX.size > 0 && figuresY.size > 0 && !sharedFigure;
  return { overlap, conflict: !overlap && (differentNouns || differentFigures || differentAges) };
}

function intersects<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): boolean {
  return [...x].some((item) => y.has(item));
}

/** Whether agentless wording of family set `y` can tell an event of family set `x`. */
function related(x: ReadonlySet<FamilyId>, y: ReadonlySet<FamilyId>): boolean {
  return [...x].some((f) => RELATED[f].some((g) => y.has(g)));
}

function sameOrRelated(x: ReadonlySet<FamilyId>, y: ReadonlySet<FamilyId>): boolean {
  return intersects(x, y) || related(x, y) || related(y, x);
}

function textSpan(doc: SegmentedText, span: { start: number; end: number }): TextSpan {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}
