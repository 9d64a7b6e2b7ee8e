/*
 * The gate. Tagging costs about a millisecond a sentence, so sentences are tagged only when
 * their words allow a contrast: one side has an event verb or noun and, among the words the
 * other side lacks, one that may name an agent — a force or authority, a noun for people, or
 * a capitalised word (names, nationalities); the other side has a verb without an object, an
 * event noun, or an event participle after "was", "were", "been". An agent that both sides
 * name is no contrast, so the gate loses little of what the clause rules would find: an agent
 * the other side names only as its source ("the ministry said homes were demolished"), and a
 * lower-case agent the lists do not know.
 */
import type { SegmentedText, Word } from '../types';
import { ACTOR_NOUNS, PEOPLE_NOUNS } from './actors';
import { AGENTIVE_WORDS, AGENTLESS_WORDS, PARTICIPLE_WORDS } from './events';

const CAPITAL = /^\p{Lu}/u;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting']);

/** Whether a word may name an agent. */
export function mayNameAgent(word: Word): boolean {
  return ACTOR_NOUNS.has(word.norm) || PEOPLE_NOUNS.has(word.norm) || CAPITAL.test(word.text);
}

/** An event word and a word that may name its agent which the other side lacks (`lacking`). */
export function mayTellWithAgent(doc: SegmentedText, sentences: readonly number[], lacking: (word: Word) => boolean): boolean {
  let event = false;
  let agent = false;
  for (const s of sentences) {
    const sentence = doc.sentences[s]!;
    for (let w = sentence.firstWord; w < sentence.firstWord + sentence.wordCount; w++) {
      const word = doc.words[w]!;
      event ||= AGENTIVE_WORDS.has(word.norm);
      agent ||= mayNameAgent(word) && lacking(word);
      if (event && agent) return true;
    }
  }
  return false;
}

export function mayTellWithout(doc: SegmentedText, sentences: readonly number[]): boolean {
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
