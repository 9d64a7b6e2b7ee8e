import type { Word } from '../types';

/**
 * People and bodies an article cites or describes by their role. Two different roles in one
 * slot ("…, police said" ↔ "…, aid groups said"; "survivors said" ↔ "police said") are two
 * sources or two sets of people, a difference of fact, not two words for one referent; the
 * lexicon still explains the labels that are a choice ("protesters" ↔ "rioters").
 */
const ROLES: Readonly<Record<string, readonly string[]>> = {
  police: ['police', 'policeman', 'policemen', 'policewoman', 'officer', 'officers', 'constable', 'constables', 'gendarmes', 'gendarmerie', 'cops'],
  military: ['army', 'military', 'soldier', 'soldiers', 'troops', 'navy', 'commanders'],
  medical: ['doctor', 'doctors', 'medic', 'medics', 'nurse', 'nurses', 'paramedics', 'hospital', 'hospitals', 'surgeon', 'surgeons'],
  rescue: ['rescuers', 'firefighters', 'firefighter', 'coastguard', 'lifeboat'],
  aid: ['aid', 'charity', 'charities', 'ngo', 'ngos', 'humanitarian', 'volunteers'],
  rights: ['rights', 'advocates', 'campaigners'],
  witnesses: ['witness', 'witnesses', 'onlookers', 'bystanders'],
  survivors: ['survivor', 'survivors'],
  residents: ['resident', 'residents', 'locals', 'villagers', 'neighbours', 'neighbors', 'inhabitants'],
  relatives: ['relatives', 'family', 'families', 'parents', 'widow', 'mother', 'father'],
  ministry: ['ministry', 'minister', 'spokesman', 'spokeswoman', 'spokesperson'],
  prosecution: ['prosecutor', 'prosecutors', 'prosecution'],
  defence: ['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel'],
  court: ['court', 'judge', 'judges', 'tribunal'],
  company: ['company', 'firm', 'management', 'executives', 'bosses', 'employer'],
  staff: ['workers', 'employees', 'staff', 'colleagues'],
  unions: ['union', 'unions'],
  experts: ['experts', 'analysts', 'economists', 'scientists', 'researchers'],
  organisers: ['organisers', 'organizers'],
  press: ['journalists', 'reporters', 'media'],
  investigators: ['investigators', 'inspectors'],
};

/** Words for any of the roles above: "authorities" or "people" may be the same source. */
const UMBRELLAS = new Set('people authorities officials government sources others state agency'.split(' '));

const ROLE_OF: ReadonlyMap<string, string> = new Map(Object.entries(ROLES).flatMap(([role, words]) => words.map((w) => [w, role] as const)));

function roles(words: readonly Word[]): Set<string> | undefined {
  const found = new Set<string>();
  for (const w of words) {
    if (UMBRELLAS.has(w.norm)) return undefined;
    const role = ROLE_OF.get(w.norm);
    if (role !== undefined) found.add(role);
  }
  return found;
}

/**
 * Each side names a role and they share none: a different source or different people in the
 * same slot, not a wording change. A side with an umbrella word ("police" ↔ "authorities",
 * "residents" ↔ "people") or with no role word at all is left to the other rules.
 */
export function namesAnotherSource(wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  const a = roles(wordsA);
  const b = roles(wordsB);
  if (!a || !b || a.size === 0 || b.size === 0) return false;
  for (const role of a) if (b.has(role)) return false;
  return true;
}
