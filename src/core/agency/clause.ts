/**
 * What an event clause is, and the small helpers the verb and noun rules share.
 */
import type { Span } from '../types';
import { isPossessive } from './actors';
import type { EventEntry, FamilyId } from './events';
import { entriesAt } from './events';
import type { Token } from './nlp';
import type { Range } from './phrases';
import { breakAfter } from './phrases';

export type ClauseKind = 'agentive' | 'passive' | 'intransitive' | 'nominal';

export interface Clause {
  readonly kind: ClauseKind;
  readonly families: ReadonlySet<FamilyId>;
  /** Base of the event word ("kill", "die", "clash"): the same wording on both sides is no contrast. */
  readonly lemma: string;
  /**
   * Agentive clauses: who acted, in offsets into the tagged text. Absent when the subject is
   * only "they" or "he": such a clause names no agent to report, but it keeps the other
   * article from being flagged for leaving one out.
   */
  readonly agent?: Span;
  /** Agentive clauses: words that name the agent, to look for in the other article. */
  readonly agentWords: readonly string[];
  /** Agentive clauses: the action; the others: the agentless wording. */
  readonly wording: Span;
  /** Keys of who or what was harmed ("2", "man"); undefined when the clause names nobody. */
  readonly patient?: ReadonlySet<string>;
}

/** The longest event entries that start at token `i`. */
export function readingsAt(tokens: readonly Token[], i: number): EventEntry[] {
  const words = tokens.slice(i, i + 4).map((token) => token.lower);
  // A phrase does not run across punctuation ("fire, dead").
  const entries = entriesAt(words).filter((e) => e.words.every((_, k) => k === e.words.length - 1 || !breakAfter(tokens, i + k)));
  const longest = entries[0]?.words.length ?? 0;
  return entries.filter((entry) => entry.words.length === longest);
}

export function span(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** An agent's span without a possessive ending ("the army’s" → "the army"). */
export function agentSpan(tokens: readonly Token[], range: Range): Span {
  const whole = span(tokens, range.first, range.last);
  const last = tokens[range.last]!;
  const cut = isPossessive(last) ? (last.lower.endsWith("'") ? 1 : 2) : 0;
  return { start: whole.start, end: whole.end - cut };
}

export function familiesOf(entries: readonly EventEntry[]): Set<FamilyId> {
  return new Set(entries.map((entry) => entry.family));
}
