/**
 * Event clauses of one tagged sentence: who did what to whom, as far as the sentence says.
 *
 * An event word (events.ts) is read in context as one of:
 * - agentive: a verb with a subject that names an agent ("troops killed two men"), a passive
 *   with a by-agent ("were killed by troops"), an event noun with one ("Israeli strikes"), or
 *   an event someone is accused of or owns up to ("accused the army of shelling");
 * - passive: a passive with no by-agent ("two men were killed");
 * - intransitive: the harmed or the event as subject ("two men died", "clashes erupted");
 * - nominal: a noun for the event ("amid unrest", "in the shelling", "a blast hit").
 * Anything the rules cannot read with confidence (negation, "would", "to", a verb without an
 * object that may be a headline passive, a cause such as "the floods") gives no clause.
 */
import { accusationClause } from './accusations';
import { bare, isPossessive, REPORTING_VERBS } from './actors';
import type { Clause } from './clause';
import { familiesOf, readingsAt } from './clause';
import type { EventEntry } from './events';
import { nominalClause } from './nominals';
import type { Token } from './nlp';
import type { Range } from './phrases';
import { breakAfter, phraseEndingAt, phraseStartingAt } from './phrases';
import { verbClause } from './verbs';

export type { Clause, ClauseKind } from './clause';

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
    const clause = useAsVerb(tokens, i, last, verbs.length > 0, nominals.length > 0)
      ? gerundClause(tokens, i, last, verbs)
      : nominalClause(tokens, i, last, nominals, done);
    if (clause) clauses.push(clause);
  }
  return clauses;
}

/** A verb, unless an accusation frames it as a gerund ("accused the army of attacking the convoy"). */
function gerundClause(tokens: readonly Token[], i: number, last: number, verbs: readonly EventEntry[]): Clause | undefined {
  const accused = accusationClause(tokens, i, i, last, familiesOf(verbs), verbs[0]!.lemma);
  return accused === 'none' ? verbClause(tokens, i, last, verbs) : accused;
}

/** Whether a word that can be a verb or a noun ("attack", "strikes", "killing") is a verb here. */
function useAsVerb(tokens: readonly Token[], i: number, last: number, verb: boolean, noun: boolean): boolean {
  if (!noun || !verb) return verb;
  const token = tokens[i]!;
  const prev = i > 0 && !breakAfter(tokens, i - 1) ? tokens[i - 1] : undefined;
  const next = tokens[last + 1];
  if (tokens[last]!.lower.endsWith('ed')) return true;
  if (prev && prev.lower === 'to') return true;
  // "an officer-involved shooting": a hyphenated modifier makes the word a noun.
  if (i > 1 && tokens[i - 2]!.punctAfter === '-') return false;
  if (prev && (['determiner', 'adjective', 'number', 'preposition'].includes(prev.pos) || isPossessive(prev))) return false;
  if (next && next.pos === 'verb' && !breakAfter(tokens, last)) return false;
  if (token.lower.endsWith('ing') && i > 0 && tokens[i - 1]!.punctAfter.includes(',')) return true;
  return token.pos === 'verb';
}

/** The words of a sentence (lower case, no possessive ending), split by whether they name a source. */
export interface NamedWords {
  /** Words that can name an agent of what the sentence tells. */
  readonly mentioned: Set<string>;
  /** Words that name only a source ("police said", "according to the ministry"). */
  readonly sources: Set<string>;
}

/**
 * The words of a sentence that can name an agent of what it tells, apart from those naming a
 * source. A report that quotes the police as its source has not said that the police acted;
 * whether the source still names the agent depends on the act (see `agency.ts`).
 */
export function namedWords(tokens: readonly Token[]): NamedWords {
  const source = new Set<number>();
  const mark = (range: Range | undefined) => {
    for (let k = range?.first ?? 0; range && k <= range.last; k++) source.add(k);
  };
  tokens.forEach((token, k) => {
    if (REPORTING_VERBS.has(token.lower)) {
      if (k > 0 && !breakAfter(tokens, k - 1)) mark(phraseEndingAt(tokens, k - 1));
      if (k > 0 && breakAfter(tokens, k - 1)) mark(phraseStartingAt(tokens, k + 1));
    } else if (token.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      mark(phraseStartingAt(tokens, k + 2));
    }
  });
  const words = (keep: boolean) => new Set(tokens.filter((_, k) => source.has(k) === keep).map(bare));
  return { mentioned: words(false), sources: words(true) };
}
