/**
 * Sentences that tell one event though alignment did not pair them: worded too differently
 * ("junta bombed a village…, killing at least 17 people" and "Several terrorists were
 * killed", "soldiers shot dead at least a dozen villagers" and "Several villagers were killed
 * in crossfire"). Two sentences of the two articles are taken to tell one event when:
 * - by victims: they share an event family (kill, injure, arrest…) and a precise key for who
 *   was harmed (a figure other than one, after "Forty" → 40 and "a dozen" → 12, or a noun
 *   for a particular group: "villagers", "protesters"), and that family and key occur in at
 *   most two sentences of the other article: more would be several events, or a recap, and
 *   pairing any one of them would be a guess;
 * - sole killing: each article tells one killing and only one, and the agent's sentence has a
 *   counterpart in the other article, so both tell the same story. Their victims may bear
 *   different labels ("17 people", "terrorists"): relabelling the dead is the framing.
 * The clause rules then confirm the pair (agency.ts); this module only finds candidates, from
 * words alone, indexed by family and key, so the cost stays linear in the texts.
 */
import type { Alignment, SegmentedText, Side } from '../types';
import type { FamilyId } from './events';
import { familiesOfWord } from './events';
import { mayTellWithAgent, mayTellWithout } from './gate';
import { sentenceKeys } from './patientKeys';

export interface EventPair {
  readonly agentSide: Side;
  readonly agentSentence: number;
  /** The other article's sentence that may tell the event without its agent. */
  readonly other: number;
  /**
   * The other article's sentences that tell an event of the family to the same victims,
   * `other` among them: an agent named in any of them is named for the event.
   */
  readonly context: readonly number[];
  readonly families: ReadonlySet<FamilyId>;
  readonly by: 'victims' | 'sole';
}

interface Events {
  readonly families: ReadonlySet<FamilyId>;
  readonly keys: ReadonlySet<string>;
}

/** Longer "sentences" are text without sentence punctuation; the clause rules skip them too. */
const MAX_SENTENCE_WORDS = 150;
/** A key told in more sentences than this on the other side is ambiguous. */
const MAX_MATCHES = 2;

/** Candidate sentence pairs, both ways, that no aligned pair already holds. */
export function eventPairs(a: SegmentedText, b: SegmentedText, alignment: Alignment): EventPair[] {
  // Without one shared sentence nothing says the two articles tell one story.
  if (alignment.pairs.length === 0) return [];
  const together = new Set<string>();
  const paired: Record<Side, Set<number>> = { a: new Set(), b: new Set() };
  for (const pair of alignment.pairs) {
    pair.a.forEach((x) => paired.a.add(x));
    pair.b.forEach((y) => paired.b.add(y));
    for (const x of pair.a) for (const y of pair.b) together.add(`${x} ${y}`);
  }
  const docs = { a: new DocEvents(a), b: new DocEvents(b) };
  const found: EventPair[] = [];
  for (const agentSide of ['a', 'b'] as const) {
    const otherSide = agentSide === 'a' ? 'b' : 'a';
    const isTogether = (s: number, t: number) => together.has(agentSide === 'a' ? `${s} ${t}` : `${t} ${s}`);
    found.push(...byVictims(agentSide, docs[agentSide], docs[otherSide], isTogether));
    const sole = soleKilling(agentSide, docs[agentSide], docs[otherSide], isTogether, paired[agentSide]);
    if (sole && !found.some((p) => p.agentSide === agentSide && p.agentSentence === sole.agentSentence && p.other === sole.other)) found.push(sole);
  }
  return found;
}

function byVictims(agentSide: Side, agent: DocEvents, other: DocEvents, isTogether: (s: number, t: number) => boolean): EventPair[] {
  const found: EventPair[] = [];
  for (const [s, events] of agent.events) {
    const matches = new Map<number, { families: Set<FamilyId>; shared: number; context: Set<number> }>();
    for (const family of events.families) {
      for (const key of events.keys) {
        const told = other.index.get(`${family} ${key}`);
        if (!told || told.length > MAX_MATCHES) continue;
        for (const t of told) {
          if (isTogether(s, t)) continue;
          const match = matches.get(t) ?? { families: new Set<FamilyId>(), shared: 0, context: new Set<number>() };
          match.families.add(family);
          match.shared++;
          told.forEach((u) => match.context.add(u));
          matches.set(t, match);
        }
      }
    }
    const usable = [...matches].filter(([t]) => other.tellsWithout(t) && agent.tellsWithAgent(s, other.wordsOf(t)));
    // More candidates than an event can have: keep the best-supported, if they are few.
    const best = Math.max(0, ...usable.map(([, m]) => m.shared));
    const chosen = usable.length > MAX_MATCHES ? usable.filter(([, m]) => m.shared === best) : usable;
    if (chosen.length > MAX_MATCHES) continue;
    for (const [t, m] of chosen) {
      found.push({ agentSide, agentSentence: s, other: t, context: [...m.context].sort((x, y) => x - y), families: m.families, by: 'victims' });
    }
  }
  return found;
}

function soleKilling(
  agentSide: Side,
  agent: DocEvents,
  other: DocEvents,
  isTogether: (s: number, t: number) => boolean,
  paired: ReadonlySet<number>
): EventPair | undefined {
  const [x, y] = [agent.withFamily('kill'), other.withFamily('kill')];
  if (x.length !== 1 || y.length !== 1) return undefined;
  const [s, t] = [x[0]!, y[0]!];
  if (!paired.has(s) || isTogether(s, t) || !other.tellsWithout(t) || !agent.tellsWithAgent(s, other.wordsOf(t))) return undefined;
  return { agentSide, agentSentence: s, other: t, context: [t], families: new Set<FamilyId>(['kill']), by: 'sole' };
}

/** The event words of one article, read once: families and precise keys per sentence, indexed. */
class DocEvents {
  readonly events = new Map<number, Events>();
  /** Sentences by "family key". */
  readonly index = new Map<string, number[]>();
  private readonly words = new Map<number, ReadonlySet<string>>();

  constructor(private readonly doc: SegmentedText) {
    for (const sentence of doc.sentences) {
      if (sentence.wordCount > MAX_SENTENCE_WORDS) continue;
      // Most sentences tell no event: nothing is allocated for them.
      let families: Set<FamilyId> | undefined;
      for (let w = sentence.firstWord; w < sentence.firstWord + sentence.wordCount; w++) {
        const of = familiesOfWord(doc.words[w]!.norm);
        if (of) of.forEach((family) => (families ??= new Set<FamilyId>()).add(family));
      }
      if (!families) continue;
      const keys = sentenceKeys(doc, sentence.index);
      this.events.set(sentence.index, { families, keys });
      for (const family of families) {
        for (const key of keys) {
          const list = this.index.get(`${family} ${key}`) ?? [];
          // Past the limit the key is ambiguous anyway; one more entry says so.
          if (list.length <= MAX_MATCHES) list.push(sentence.index);
          this.index.set(`${family} ${key}`, list);
        }
      }
    }
  }

  withFamily(family: FamilyId): number[] {
    return [...this.events].filter(([, e]) => e.families.has(family)).map(([s]) => s);
  }

  wordsOf(s: number): ReadonlySet<string> {
    let words = this.words.get(s);
    if (!words) {
      const sentence = this.doc.sentences[s]!;
      words = new Set(this.doc.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount).map((w) => w.norm));
      this.words.set(s, words);
    }
    return words;
  }

  tellsWithout(s: number): boolean {
    return mayTellWithout(this.doc, [s]);
  }

  /** An event word and a word that may name its agent which the other sentence lacks. */
  tellsWithAgent(s: number, otherWords: ReadonlySet<string>): boolean {
    return mayTellWithAgent(this.doc, [s], (word) => !otherWords.has(word.norm));
  }
}
