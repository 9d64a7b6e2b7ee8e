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
 * The clauses are those of an aligned pair, or of two sentences that alignment left apart but
 * that tell one event to the same victims (corefer.ts); then the two clauses must also share
 * the event family and the victims (or be the one killing each article tells). Aligned pairs
 * come first, and each clause gives one finding at most. Only sentences whose words pass the
 * event-word gate (gate.ts) are tagged, each once.
 */
import type { AgencyDetail, AlignedPair, Alignment, SegmentedText, Side, Span, TextSpan } from '../types';
import { CROWD_WORDS, sameInstitution } from './actors';
import type { Clause } from './clauses';
import { clausesOf, namedWords } from './clauses';
import type { EventPair } from './corefer';
import { eventPairs } from './corefer';
import type { FamilyId } from './events';
import { AUTHORITY_LEMMAS, RELATED, WEAK_LEMMAS } from './events';
import { mayTellWithAgent, mayTellWithout } from './gate';
import { tagText } from './nlp';
import { specificKeys } from './patientKeys';
import { isAge, isFigure } from './phrases';

/**
 * One agency finding is the report's `AgencyDetail`: the engine and the views share one
 * record (its `pairId` may name sentences alignment left apart, see corefer.ts).
 */
export type AgencyFinding = AgencyDetail;

/** The clauses of one side of a pair, with the words that may name an agent and those that name a source (lower case). */
interface SideClauses {
  readonly clauses: readonly Clause[];
  readonly words: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

/** Which agentive clause may stand against which agentless one; all may within an aligned pair. */
type Accept = (x: Clause, y: Clause) => boolean;

/** Agency contrasts in every aligned pair, then in sentences that tell one event, in A's order. */
export function agencyFindings(
  a: SegmentedText,
  b: SegmentedText,
  alignment: Alignment,
  /** Each article's tagged sentences, kept with its analysis so that every pair it is in reuses them. */
  tagged: Record<Side, SentenceClauses> = { a: new SentenceClauses(a), b: new SentenceClauses(b) }
): AgencyFinding[] {
  const docs = { a, b };
  const found: { finding: AgencyFinding; aSentence: number }[] = [];
  const used = new Set<string>();
  const keep = (findings: readonly AgencyFinding[], aSentence: number) => {
    for (const finding of findings) {
      // One finding per clause on either side, whichever pair of sentences found it first.
      const other = finding.agentSide === 'a' ? 'b' : 'a';
      const [x, y] = [`${finding.agentSide}${finding.action.start}`, `${other}${finding.agentless.start}`];
      if (used.has(x) || used.has(y)) continue;
      used.add(x).add(y);
      found.push({ finding, aSentence });
    }
  };
  const pairOf: Record<Side, Map<number, AlignedPair>> = { a: new Map(), b: new Map() };
  for (const pair of alignment.pairs) {
    pair.a.forEach((s) => pairOf.a.set(s, pair));
    pair.b.forEach((s) => pairOf.b.set(s, pair));
    if (pair.kind === 'identical') continue;
    const agentInA = mayTellWithout(b, pair.b) && mayTellWithAgent(a, pair.a, inSpans(pair.diffs.map((d) => d.a)));
    const agentInB = mayTellWithout(a, pair.a) && mayTellWithAgent(b, pair.b, inSpans(pair.diffs.map((d) => d.b)));
    if (!agentInA && !agentInB) continue;
    const sideA = tagged.a.side(pair.a);
    const sideB = tagged.b.side(pair.b);
    if (agentInA) keep(contrasts(pair.id, 'a', sideA, sideB, a, b), pair.a[0]!);
    if (agentInB) keep(contrasts(pair.id, 'b', sideB, sideA, b, a), pair.a[0]!);
  }
  for (const event of eventPairs(a, b, alignment)) {
    const other = event.agentSide === 'a' ? 'b' : 'a';
    const [aSentence, bSentence] = event.agentSide === 'a' ? [event.agentSentence, event.other] : [event.other, event.agentSentence];
    const pairId = pairOf[event.agentSide].get(event.agentSentence)?.id ?? `s${aSentence}-${bSentence}`;
    const sentence = docs[other].sentences[event.other]!;
    const accept: Accept = (x, y) => y.wording.start >= sentence.start && y.wording.end <= sentence.end && sameEvent(event, x, y);
    const agentSide = tagged[event.agentSide].side([event.agentSentence]);
    const otherSide = tagged[other].side(event.context);
    keep(contrasts(pairId, event.agentSide, agentSide, otherSide, docs[event.agentSide], docs[other], accept), aSentence);
  }
  // Stable: aligned pairs are in A's order already, and come first within a sentence.
  return found.sort((p, q) => p.aSentence - q.aSentence).map((f) => f.finding);
}

/**
 * Whether two clauses of sentences that alignment left apart tell the event that made them
 * candidates: the same family, and the same precise victims ("40", "villagers"); or, for the
 * one killing each article tells, a passive or intransitive telling of the deaths.
 */
function sameEvent(event: EventPair, x: Clause, y: Clause): boolean {
  const families = [...event.families].filter((f) => x.families.has(f) && y.families.has(f));
  if (families.length === 0) return false;
  if (event.by === 'sole') return y.kind === 'passive' || y.kind === 'intransitive';
  const victims = specificKeys(y.patient);
  return [...specificKeys(x.patient)].some((key) => victims.has(key));
}

function inSpans(spans: readonly Span[]): (word: { start: number; end: number }) => boolean {
  return (word) => spans.some((span) => span.end > span.start && word.start >= span.start && word.end <= span.end);
}

const MAX_SENTENCE_WORDS = 150;

/** Clauses of one article's sentences, each sentence tagged once however many pairs it is in. */
export class SentenceClauses {
  private readonly cache = new Map<number, SideClauses>();

  constructor(readonly doc: SegmentedText) {}

  side(sentences: readonly number[]): SideClauses {
    if (sentences.length === 1) return this.sentence(sentences[0]!);
    const parts = sentences.map((s) => this.sentence(s));
    return {
      clauses: parts.flatMap((p) => p.clauses),
      words: new Set(parts.flatMap((p) => [...p.words])),
      sources: new Set(parts.flatMap((p) => [...p.sources])),
    };
  }

  private sentence(s: number): SideClauses {
    const cached = this.cache.get(s);
    if (cached) return cached;
    const sentence = this.doc.sentences[s]!;
    // Text without sentence punctuation can make one "sentence" of thousands of words: no
    // clause rule applies to it, and tagging it would cost more than the whole rest.
    if (sentence.wordCount > MAX_SENTENCE_WORDS) return { clauses: [], words: new Set(), sources: new Set() };
    const tokens = tagText(sentence.text);
    const named = namedWords(tokens);
    const shift = (span: { start: number; end: number }) => ({ start: span.start + sentence.start, end: span.end + sentence.start });
    const clauses = clausesOf(tokens).map((clause) => ({ ...clause, wording: shift(clause.wording), ...(clause.agent ? { agent: shift(clause.agent) } : {}) }));
    const result = { clauses, words: named.mentioned, sources: named.sources };
    this.cache.set(s, result);
    return result;
  }
}

function contrasts(
  pairId: string,
  agentSide: Side,
  agentSideClauses: SideClauses,
  otherSide: SideClauses,
  agentDoc: SegmentedText,
  otherDoc: SegmentedText,
  accept: Accept = () => true
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
      if (sharedLemmas.has(y.lemma) || !accept(x, y)) continue;
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
