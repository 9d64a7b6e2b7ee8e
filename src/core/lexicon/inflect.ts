/**
 * English inflection for lexicon terms: a base form ("deny", "claim", "asylum seeker") gives
 * the forms a news text actually contains ("denies", "denied", "denying").
 *
 * Generating forms from the lexicon, rather than stemming the article, keeps matching exact:
 * a word only matches if it is one of a term's forms, so "Kievan" never reaches "Kiev" and
 * "stately" never reaches "state". The rules over-generate a little ("attacks", "attacked",
 * but also "warred"); a form that no English text contains costs nothing, and terms whose
 * forms would collide with a different word ("rubbish", the noun) are written out in full in
 * the data with `inflect: false` instead.
 */

/** Verbs and nouns whose forms do not follow the rules below (base → extra forms). */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ['say', ['says', 'said', 'saying']],
  ['tell', ['tells', 'told', 'telling']],
  ['write', ['writes', 'wrote', 'written', 'writing']],
  ['speak', ['speaks', 'spoke', 'spoken', 'speaking']],
  ['strike', ['strikes', 'struck', 'striking']],
  ['fight', ['fights', 'fought', 'fighting']],
  ['seek', ['seeks', 'sought', 'seeking']],
  ['take', ['takes', 'took', 'taken', 'taking']],
  ['flee', ['flees', 'fled', 'fleeing']],
  ['hold', ['holds', 'held', 'holding']],
  ['lead', ['leads', 'led', 'leading']],
  ['mislead', ['misleads', 'misled', 'misleading']],
  ['shoot', ['shoots', 'shot', 'shooting']],
  ['slay', ['slays', 'slew', 'slain', 'slaying']],
  ['win', ['wins', 'won', 'winning']],
  ['lose', ['loses', 'lost', 'losing']],
  ['give', ['gives', 'gave', 'given', 'giving']],
  ['make', ['makes', 'made', 'making']],
  ['send', ['sends', 'sent', 'sending']],
  ['hit', ['hits', 'hitting']],
  ['beat', ['beats', 'beaten', 'beating']],
  ['tear', ['tears', 'tore', 'torn', 'tearing']],
  ['bring', ['brings', 'brought', 'bringing']],
  ['die', ['dies', 'died', 'dying']],
  ['lie', ['lies', 'lay', 'lain', 'lying']],
  ['person', ['people', 'persons']],
  ['child', ['children']],
  ['crisis', ['crises']],
  ['thesis', ['theses']],
]);

const VOWEL = /[aeiou]/;
const SIBILANT_END = /(?:s|x|z|ch|sh)$/;
/** Consonant–vowel–consonant ending, where English doubles the consonant ("admit" → "admitted"). */
const CVC_END = /(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$/;

/**
 * All forms of one lower-case word: itself, plural / third person, past, present participle.
 * Which doubling a CVC word takes depends on stress ("admitted" but "visited"), which we
 * cannot know, so both are produced; the wrong one never occurs in real text.
 */
export function inflections(word: string): string[] {
  const forms = new Set<string>([word]);
  const irregular = IRREGULAR.get(word);
  if (irregular) {
    irregular.forEach((form) => forms.add(form));
    return [...forms];
  }
  if (word.length < 2 || !/^[a-z]+$/.test(word)) {
    return [...forms];
  }
  if (word.endsWith('man')) {
    forms.add(`${word.slice(0, -3)}men`);
  }
  if (word.endsWith('sis')) {
    forms.add(`${word.slice(0, -3)}ses`);
    return [...forms];
  }
  const last = word[word.length - 1]!;
  const beforeLast = word[word.length - 2]!;
  if (last === 'y' && !VOWEL.test(beforeLast)) {
    const stem = word.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${word}ing`);
  } else if (word.endsWith('ie')) {
    forms.add(`${word}s`).add(`${word}d`).add(`${word.slice(0, -2)}ying`);
  } else if (word.endsWith('ee')) {
    forms.add(`${word}s`).add(`${word}d`).add(`${word}ing`);
  } else if (last === 'e') {
    forms.add(`${word}s`).add(`${word}d`).add(`${word.slice(0, -1)}ing`);
  } else if (SIBILANT_END.test(word)) {
    forms.add(`${word}es`).add(`${word}ed`).add(`${word}ing`);
  } else {
    forms.add(last === 'o' ? `${word}es` : `${word}s`).add(`${word}s`);
    forms.add(`${word}ed`).add(`${word}ing`);
    if (CVC_END.test(word) && !'wxy'.includes(last)) {
      forms.add(`${word}${last}ed`).add(`${word}${last}ing`);
    }
  }
  return [...forms];
}
