import type { Word } from '../types';

/**
 * Openings that hand the rest of the sentence to someone without a reporting verb: "For Tomas
 * Horvat, the budget is “austerity by another name”", "To the coach, the defeat was “a
 * wake-up call”", "In the words of one farmer, …", "In Ms. Silva’s view, …".
 */
export interface FrameOpening {
  /** First word of the noun phrase that names whose view or words the sentence gives. */
  readonly from: number;
  /** "For X" / "To X" say whose view it is, which needs a linking verb and a person to be sure. */
  readonly view: boolean;
  /** "In X’s words": the phrase ends at the possessive, this word index being the noun after it. */
  readonly possessiveNoun?: number;
}

/** The nouns of "in the words of", "in the view of", "in X’s eyes". */
const FRAME_NOUNS = new Set(['words', 'view', 'eyes', 'opinion', 'estimation', 'judgment', 'judgement']);
const POSSESSIVE = /['’]s?$/;

/** The frame that opens at word `i`, if any. */
export function frameOpening(words: readonly Word[], i: number): FrameOpening | undefined {
  const w = words[i];
  if (!w) {
    return undefined;
  }
  if (w.norm === 'for' || w.norm === 'to') {
    return { from: i + 1, view: true };
  }
  if (w.norm !== 'in') {
    return undefined;
  }
  if (words[i + 1]?.norm === 'the' && FRAME_NOUNS.has(words[i + 2]?.norm ?? '') && words[i + 3]?.norm === 'of') {
    return { from: i + 4, view: false };
  }
  // "In Ms. Silva’s view": a short name ending in a possessive, then the frame noun.
  for (let k = i + 2; k <= i + 5 && k < words.length; k++) {
    if (FRAME_NOUNS.has(words[k]!.norm) && POSSESSIVE.test(words[k - 1]!.text)) {
      return { from: i + 1, view: false, possessiveNoun: k };
    }
  }
  return undefined;
}

/**
 * Verbs that join a subject to what it is said to be: "the budget is “…”", "the plan
 * remains “…”". A "For X," frame gives X's view only of such a judgement; "For years, the
 * firm sold “…”" is no one's view.
 */
export const LINKING = new Set(
  ('is are was were be been remains remain remained seems seem seemed looks look looked appears appear appeared ' +
    'represents represent represented marks mark marked amounts amount amounted means mean meant feels feel felt ' +
    'sounds sound sounded becomes become became constitutes constituted').split(' ')
);

/** People and bodies whose view a "For the …," frame can give ("For the mayor, …"). */
const ROLES = new Set(
  ('mayor minister president premier chancellor governor senator leader leaders chief head official officials ' +
    'spokesman spokeswoman spokesperson government ministry council party union unions opposition critics ' +
    'supporters residents farmers workers voters analysts economists experts lawyer lawyers family families ' +
    'campaigners activists protesters coach manager players fans judge court prosecutors police army military ' +
    'company firm bank board chairman chairwoman chair ceo director envoy ambassador embassy delegation ' +
    'kremlin administration regime authorities victims survivors parents students teachers doctors nurses ' +
    'patients staff employees shareholders investors owners locals villagers community diaspora clergy church ' +
    'cabinet coalition alliance rebels militants separatists troops soldiers veterans refugees migrants ' +
    'women men people citizens youth elders mother father son daughter widow wife husband brother sister')
    .split(' ')
);
/** Person nouns by their endings (teacher, mayor, activist, historian, migrant)… */
const PERSON_ENDING = /(?:er|or|ist|ian|ant|ee)s?$/;
/** …apart from the things that share them. */
const NOT_PERSONS = new Set(
  ('summer winter quarter border water number matter order corner centre center chapter letter paper power ' +
    'error sector factor floor door interior exterior remainder latter former hour hours weather meantime ' +
    'record moment time times past present future rest sake example instance reason purpose plant giant')
    .split(' ')
);
/** Capitalised words that are dates, not people: "For March, the figures were “…”". */
const CALENDAR = new Set(
  ('january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday christmas easter ramadan').split(' ')
);
/** Single words that name people on their own: "For her, …", "To many, …". */
const PEOPLE_WORDS = new Set(['him', 'her', 'them', 'many', 'some', 'others', 'most']);

/**
 * Whether the head of a "For …," or "To …," phrase names people who can hold a view: a name
 * ("For Tomas Horvat", "To the Kremlin"), a role ("For the mayor"), a person noun by its
 * ending ("For the teachers"), or "her", "them", "many". "For the first time", "To the
 * north" and "For March" are not.
 */
export function namesPeople(head: Word, alone: boolean): boolean {
  if (alone && PEOPLE_WORDS.has(head.norm)) {
    return true;
  }
  if (/^\p{Lu}/u.test(head.text)) {
    return !CALENDAR.has(head.norm);
  }
  return ROLES.has(head.norm) || (PERSON_ENDING.test(head.norm) && !NOT_PERSONS.has(head.norm));
}

export const FRAME_PEOPLE_WORDS: ReadonlySet<string> = PEOPLE_WORDS;
