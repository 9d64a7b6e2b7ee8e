/**
 * Keys for who was harmed that are precise enough to tell one event from another across two
 * articles: a figure ("Forty", "40", "3,000", "a dozen", "twenty-five") or a noun for a
 * particular group of victims ("villagers", "protesters"). Nouns for anyone ("people",
 * "men") and vague or single figures ("dozens", "one") are left out: two different events
 * often share them.
 *
 * The keys are read once from a sentence's words, before any tagging, and again from a
 * tagged clause's patient; both use `keyOfWord`, so the two readings agree.
 */
import type { SegmentedText } from '../types';
import { ACTOR_NOUNS, PEOPLE_NOUNS } from './actors';
import { familiesOfWord } from './events';
import { keyOfWord } from './phrases';

/** Victim nouns, as keys ("villager", "child"). */
const VICTIM_KEYS: ReadonlySet<string> = new Set(
  [
    'villagers', 'residents', 'civilians', 'children', 'boys', 'girls', 'teenagers', 'pupils', 'students',
    'protesters', 'demonstrators', 'marchers', 'mourners', 'rioters', 'activists', 'workers', 'farmers',
    'fishermen', 'miners', 'journalists', 'reporters', 'doctors', 'medics', 'nurses', 'patients', 'teachers',
    'worshippers', 'pilgrims', 'passengers', 'tourists', 'families', 'migrants', 'refugees', 'prisoners',
    'inmates', 'detainees', 'hostages', 'soldiers', 'officers', 'policemen', 'fighters', 'militants',
    'terrorists', 'insurgents', 'rebels', 'separatists', 'gunmen', 'militiamen', 'jihadists',
    'homes', 'houses', 'buildings', 'schools', 'hospitals', 'mosques', 'churches', 'shops',
  ].map(keyOfWord)
);

const UNITS = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9']);

function isNumber(key: string): boolean {
  return /^\d+$/.test(key);
}

/** Whether a clause key (see `keysOf`) says precisely who was harmed. */
export function isSpecificKey(key: string): boolean {
  const word = key.replace(/^@/, '');
  return (isNumber(word) && word !== '1') || VICTIM_KEYS.has(word);
}

/** The precise keys of a clause's patient. */
export function specificKeys(patient: ReadonlySet<string> | undefined): Set<string> {
  return new Set([...(patient ?? [])].map((key) => key.replace(/^@/, '')).filter(isSpecificKey));
}

/** The precise patient keys of sentence `s`, from its words: "Twenty-five" is 25, "two hundred" 200. */
export function sentenceKeys(doc: SegmentedText, s: number): Set<string> {
  const sentence = doc.sentences[s]!;
  const keys = new Set<string>();
  const end = sentence.firstWord + sentence.wordCount;
  for (let w = sentence.firstWord; w < end; w++) {
    const word = doc.words[w]!;
    let key = cachedKey(word.norm);
    const next = w + 1 < end ? doc.words[w + 1]! : undefined;
    if (next && isNumber(key)) {
      const following = cachedKey(next.norm);
      const x = Number(key);
      const joined = doc.text.slice(word.end, next.start) === '-';
      if (joined && x >= 20 && x % 10 === 0 && UNITS.has(following)) {
        key = String(x + Number(following));
        w++;
      } else if (next.norm === 'hundred' && x < 100) {
        key = String(x * 100);
        w++;
      }
    }
    if (isNumber(key) ? countsVictims(doc, w, end) : isSpecificKey(key)) keys.add(key);
  }
  return keys;
}

/**
 * Whether the figure ending at word `w` counts people or things harmed: a noun for them
 * follows, maybe after one adjective ("17 people", "six young children"), or a verb does
 * ("eleven were injured"), or an event word comes just before ("wounding 11"). Dates, years
 * and sums ("on day 453", "the 2021 coup", "3 million") are no victims.
 */
function countsVictims(doc: SegmentedText, w: number, end: number): boolean {
  if (cachedKey(doc.words[w]!.norm) === '1') return false;
  const next = w + 1 < end && adjacent(doc, w) ? doc.words[w + 1]!.norm : undefined;
  if (next !== undefined && (isHarmed(next) || BE.has(next) || familiesOfWord(next))) return true;
  if (next !== undefined && !/^\d/.test(next) && w + 2 < end && adjacent(doc, w + 1) && isHarmed(doc.words[w + 2]!.norm)) return true;
  const before = doc.words[w - 1];
  return before !== undefined && before.sentence === doc.words[w]!.sentence && adjacent(doc, w - 1) && familiesOfWord(before.norm) !== undefined;
}

/** Whether only spaces separate word `w` from the next. */
function adjacent(doc: SegmentedText, w: number): boolean {
  return /^ *$/.test(doc.text.slice(doc.words[w]!.end, doc.words[w + 1]!.start));
}

const BE = new Set(['were', 'was', 'are', 'is', 'have', 'had', 'died']);

/** Keys of words seen lately: news repeats its words, and `keyOfWord` runs regular expressions. */
const KEY_CACHE = new Map<string, string>();

function cachedKey(word: string): string {
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
    key = keyOfWord(word);
    KEY_CACHE.set(word, key);
  }
  return key;
}

function isHarmed(word: string): boolean {
  return VICTIM_KEYS.has(cachedKey(word)) || PEOPLE_NOUNS.has(word) || ACTOR_NOUNS.has(word);
}
