#!/usr/bin/env node
/**
 * Builds src/core/loaded/data/loaded-terms.json from three published, permissively licensed
 * resources, read from a folder the maintainer fills with the published files (see
 * scripts/loaded/README.md for where each comes from; they are not kept in this repository):
 *
 * - Pattern's English subjectivity lexicon, en-sentiment.xml (Tom De Smedt and Walter
 *   Daelemans, "Pattern for Python", Journal of Machine Learning Research 13, 2012), version
 *   1.3, whose own header declares license="PDDL" (Open Data Commons Public Domain Dedication
 *   and License: no conditions). Hand-tagged adjectives, each sense with a subjectivity
 *   (0 objective … 1 subjective) and a polarity (−1 … +1).
 * - VADER's lexicon, vader_lexicon.txt (C.J. Hutto and Eric Gilbert, "VADER: A Parsimonious
 *   Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM 2014), MIT licence
 *   (copyright 2016 C.J. Hutto; the notice travels inside the generated file). Each token has
 *   the mean of ten raters' valence (−4 … +4) and their standard deviation.
 * - WordNet 3.0 (Princeton University, 2006), its index files and adjective exceptions, under
 *   the WordNet 3.0 licence (use, copy, modify and distribute, with the notice on all copies;
 *   it travels inside the generated file). Used only for parts of speech and word forms: it
 *   says nothing about judgement.
 *
 * Why these: Pattern says whether a word judges (subjectivity) but was tagged on reviews and
 * lists plain words such as "abundant" or "latest" as subjective; VADER measures how strongly
 * people feel a word but says nothing about subjectivity or part of speech, and its strongest
 * words are the news events themselves ("killed", "war"); WordNet tells VADER's adjectives
 * ("cowardly", "disgraced") from its nouns, verbs and adverbs ("offensive", "killing",
 * "shamefully"). A word the resources call evaluative and intense is the kind of word a style
 * guide asks reporters to leave to their sources.
 *
 * Rules (every threshold is here, nowhere else):
 * A. Pattern: mean subjectivity of its adjective senses ≥ 0.9, none below 0.5, mean |polarity|
 *    ≥ 0.5; and VADER: |mean| ≥ 1.5 with raters agreeing (sd ≤ 1.5). Also, with the same sense
 *    floor, Pattern subjectivity ≥ 0.75 and |polarity| ≥ 0.6 when VADER rates the word ≥ 2.5
 *    ("abhorrent", "disastrous", "idiotic": Pattern a little less sure, the raters very).
 *    Strong when VADER |mean| ≥ 2.5, or ≥ 2 with Pattern |polarity| ≥ 0.8; weak otherwise.
 * B. Pattern as in A with every sense subjective (≥ 0.9) and |polarity| ≥ 0.7, or every sense
 *    fully subjective (1.0) and negative, where VADER does not settle it (silent, raters
 *    disagreeing, or rating it below A's bar) and does not contradict it (the opposite sign at
 *    |mean| ≥ 1 with raters agreeing): weak (judged by hand). A word VADER happens to list is
 *    not worse off than one it leaves out ("awful", "dreadful", "hapless", "feeble").
 * C. VADER only (Pattern does not list the word), raters agreeing (sd ≤ 1.5), and an
 *    adjective, which VADER itself cannot say (its nouns and verbs of that strength are mostly
 *    events, not judgements): weak. An adjective either
 *    - by an adjective ending (-ous, -ful, -less, -ic, -ical, -able, -ible) with |mean| ≥ 1.8, or
 *    - by WordNet, which lists it as an adjective and under no other part of speech, with
 *      |mean| ≥ 1.5 when it has an adjective ending (those, or -ent, -ant, -ive, -ish, -ly:
 *      "reckless", "arrogant", "abusive", "cowardly") and ≥ 2 otherwise (participles such as
 *      "disgraced" and "troubling", and words such as "vile").
 * A word in PLAIN below is never taken: its everyday news sense describes rather than judges.
 *
 * Forms: an entry short enough to be compared with -er/-est (one syllable, or two ending in
 * -y: "grimmer", "nastiest") also matches its comparative and superlative, as are WordNet's
 * irregular forms of any entry, and any -er/-est form VADER itself rates ("eviler"); a form
 * that WordNet knows as a word of its own ("corrupter", a noun) or that PLAIN lists is left out.
 *
 * Intensity (0…1, for ranking only): the mean of Pattern's |polarity| × subjectivity and
 * VADER's |mean| / 3.5 (capped at 1) where both exist; one of them × 0.75 where only one does.
 *
 * Usage: node scripts/loaded/build-loaded.mjs SOURCES_DIR  (SOURCES_DIR holds en-sentiment.xml,
 * vader_lexicon.txt, vader-LICENSE.txt, WordNet's index.adj, index.adv, index.noun, index.verb
 * and adj.exc, and wordnet-LICENSE.txt; rewrites the JSON; commit the result)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sources = process.argv[2];
if (!sources) {
  console.error('usage: node scripts/loaded/build-loaded.mjs SOURCES_DIR (see scripts/loaded/README.md)');
  process.exit(2);
}
const output = join(here, '..', '..', 'src', 'core', 'loaded', 'data', 'loaded-terms.json');

/**
 * Words the rules would take whose common sense in news reports is plain description, a
 * person's reported state, an event, a term of law, or a fixed name, so a flag would not
 * survive a journalist's look. Grouped by the reason; each group is our judgement, not the
 * resources'.
 */
const PLAIN = {
  // Another word of the same spelling dominates news text ("a kind of", "pretty much",
  // "the base", "rose 5%", "fly to", "grand jury", "the rank of", "their own", "crude oil",
  // "precious metals", "insect repellent", the city of Nice, "a great deal", "outstanding
  // debts", "loved ones", "tank tops", "the supreme commander", "radiant heat", "neat whisky",
  // "unfriendly states" (a government's official list), "blessed" (consecrated)).
  homograph:
    'crude precious repellent nice kind pretty base rose fly grand rank own elect latest chicken static cutting catching churning blasted striking mad cold chilly frigid faint ill numb panic ' +
    'great outstanding loved tops supreme radiant neat unfriendly blessed',
  // Descriptive or technical senses reporters use for facts: "a dangerous road", "deadly
  // floods", "violent clashes", "critical condition", "fair trial", "found guilty", "a
  // suspicious package", "an unstable building", "a sluggish economy", "dire humanitarian
  // conditions", "damaging winds", "a disabling injury", "a virulent strain", "the festive
  // season", "a triumphal arch", "suicidal thoughts", "the bloodiest day" and "a bloodier
  // phase" (counts of the dead), the plain evaluative vocabulary of business and policy
  // copy ("efficient", "advantageous", "profitless", "an awkward timetable", "an
  // inconvenient date"), and "doubtful", a hedge on what is known ("it is doubtful
  // whether"), which the framing lexicon's epistemic markers cover.
  descriptive:
    'creative libelous unfair dangerous deadly violent hazardous difficult complicated impossible irrelevant artificial affirmative exotic elaborate acute apt handy wealthy affluent guilty fair welcome successful popular famous prominent experienced unprecedented controversial drunk worst greatest superior unfortunate troubled powerless wrong fake meager needless nameless uncommon spontaneous forcible full-fledged first-string cast-iron artesian abundant optimum mannerly unhampered unexcelled inapposite inexpedient inauspicious unpropitious pleonastic prolix motley advertent assumptive legendary fabled chaotic traumatic stressful problematic problematical helpless valuable profitable favorable helpful undesirable unacceptable punitive punishable winnable satisfiable proactive harmonic harmonious positivistic defective disadvantageous rewardable awardable creditable sophisticated poisonous favored favorite agreeable faithful sociable psychotic twisted ' +
    'suspicious unstable unsuccessful uncontrollable incapable destructible sluggish dire damaging disabling degrading virulent festive triumphal suicidal bloodiest bloodier efficient advantageous profitless palatable restful responsive impressionistic aversive irritative creditworthy prizewinning uninvolved peaceable awkward inconvenient doubtful',
  // Kept on purpose, though disaster copy uses them: "devastating", "disastrous" and
  // "horrific" grade an event rather than measure it ("devastating floods" against "floods
  // that destroyed 900 homes"), which is the outlet's judgement; "deadly" (people died) and
  // "massive", "heavy" or "severe" (never listed by the rules above) state a fact or a size.
  // Terms of law and of charges, which court and crime reports use as the charge or the
  // finding says: "fraudulent trading", "seditious conspiracy", "prejudicial to a fair trial",
  // "conduct violative of the code", "grievous bodily harm", "terroristic threats" (a charge
  // in several US states).
  legal: 'fraudulent seditious prejudicial violative grievous terroristic',
  // Forms of address and titles ("the honourable member"), not a verdict on the person.
  address: 'honorable honourable',
  // A person's reported feeling or state, which the report attributes rather than asserts:
  // "residents were afraid", "she was happy with the result", "officials were pleased",
  // "grieving families", "a jubilant crowd", "investors were pessimistic".
  feeling:
    'nostalgic afraid angry happy sad glad pleased satisfied unhappy proud grateful thankful hopeful disgusted appalled aghast distraught bored impressed enthusiastic sorry fearful uncomfortable desperate obsessed sympathetic jealous regretful resentful irritable ecstatic euphoric furious frantic ' +
    'agitated agonised agonized amazed ashamed charmed crestfallen dejected depressed despairing disconsolate disheartened downhearted elated exhilarated fascinated glum grieving heartbroken heavyhearted horrified incensed infuriated irate irritated livid outraged overjoyed pissed terrified woebegone shamefaced merry despondent exultant jubilant indignant pessimistic',
  // What was done to someone or something, or what became of them, reported as the event:
  // "jailed", "murdered", "injured", "banned", "trapped", "destroyed", "abandoned", "a
  // suspended sentence", "widowed", "polluted rivers", "deprived areas".
  event:
    'abandoned abused banned belittled blamed choked deprived destroyed exploited fired harassed imprisoned infected jailed murdered neglected obliterated oppressed polluted punished raped rejected ruined shattered starved strangled stricken suspended threatened tortured trapped violated wasted widowed haunted',
  // Participles read far more often as the verb than as a verdict: "threatening to strike",
  // "praising the decision", "encouraging people to vote", "attacking players", "the offending
  // officer", "a raging fire", "improved access", "inspired by", "politically motivated",
  // "dedicated lanes", "relaxed rules", "trusted with", "honored with", "worshipped at",
  // "the ceasefire was largely respected".
  verbForm:
    'threatening praising encouraging attacking offending lamenting laughing punishing raging relaxing succeeding improved inspired motivated dedicated perfected relaxed trusted honored worshipped respected',
};

const plain = new Set(Object.values(PLAIN).flatMap((words) => words.split(/\s+/)).filter(Boolean));
/** An adjective ending after a stem of three letters or more (so "bless" is not "-less"). */
const ADJECTIVE_ENDING = /^[a-z]{3,}(ous|ful|less|ic|ical|able|ible)$/;
/** Endings that make an adjective once WordNet says the word is one ("arrogant", "cowardly"). */
const WORDNET_ADJECTIVE_ENDING = /^[a-z]{3,}(ous|ful|less|ic|ical|able|ible|ent|ant|ive|ish|ly)$/;
const WORD = /^[a-z][a-z-]*[a-z]$/;

function readPattern() {
  const xml = readFileSync(join(sources, 'en-sentiment.xml'), 'utf8');
  if (!/<sentiment [^>]*license="PDDL"/.test(xml)) {
    throw new Error('en-sentiment.xml: expected license="PDDL" in its header');
  }
  const senses = new Map();
  for (const match of xml.matchAll(/<word ([^>]*)\/>/g)) {
    const attributes = Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const form = attributes.form.toLowerCase();
    if (attributes.pos !== 'JJ' || !WORD.test(form)) {
      continue;
    }
    const list = senses.get(form) ?? [];
    const polarity = Number(attributes.polarity);
    list.push({ subjectivity: Number(attributes.subjectivity), polarity: Math.abs(polarity), negative: polarity < 0 });
    senses.set(form, list);
  }
  const words = new Map();
  for (const [form, list] of senses) {
    const mean = (key) => list.reduce((sum, s) => sum + s[key], 0) / list.length;
    words.set(form, {
      subjectivity: mean('subjectivity'),
      minSubjectivity: Math.min(...list.map((s) => s.subjectivity)),
      polarity: mean('polarity'),
      negative: list.every((s) => s.negative),
      positive: list.every((s) => !s.negative && s.polarity > 0),
    });
  }
  return words;
}

function readVader() {
  const words = new Map();
  for (const line of readFileSync(join(sources, 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [token, mean, sd] = line.split('\t');
    if (token && /^[a-z]+$/.test(token) && mean !== undefined && sd !== undefined) {
      words.set(token, { mean: Math.abs(Number(mean)), negative: Number(mean) < 0, sd: Number(sd) });
    }
  }
  return words;
}

/**
 * WordNet's parts of speech of each lemma (multi-word lemmas keep their underscores and never
 * match a single word), and its irregular adjective forms ("bloodier bloody").
 */
function readWordNet() {
  const partsOfSpeech = new Map();
  for (const pos of ['adj', 'adv', 'noun', 'verb']) {
    for (const line of readFileSync(join(sources, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) {
        continue; // the licence header lines start with spaces
      }
      const lemma = line.slice(0, line.indexOf(' '));
      const set = partsOfSpeech.get(lemma) ?? new Set();
      set.add(pos);
      partsOfSpeech.set(lemma, set);
    }
  }
  const irregular = new Map();
  for (const line of readFileSync(join(sources, 'adj.exc'), 'utf8').split('\n')) {
    const [form, base] = line.trim().split(/\s+/);
    if (form && base && form !== base) {
      irregular.set(form, base);
    }
  }
  if (!partsOfSpeech.get('brutal')?.has('adj') || !partsOfSpeech.get('war')?.has('noun')) {
    throw new Error('WordNet index files: expected "brutal" (adjective) and "war" (noun)');
  }
  return { partsOfSpeech, irregular };
}

const round = (x) => Math.round(x * 100) / 100;

/** True when VADER's raters agree on the opposite direction to Pattern's tags ("laughable" is not). */
function contradicts(v, p) {
  const patternSign = p.negative ? -1 : p.positive ? 1 : 0;
  return v !== undefined && v.sd <= 1.5 && v.mean >= 1 && patternSign !== 0 && (v.negative ? -1 : 1) !== patternSign;
}

/** True when WordNet lists the word as an adjective and under no other part of speech. */
function onlyAdjective(wordnet, word) {
  const pos = wordnet.partsOfSpeech.get(word);
  return pos !== undefined && pos.size === 1 && pos.has('adj');
}

function select(pattern, vader, wordnet) {
  const entries = [];
  for (const [word, p] of pattern) {
    if (p.minSubjectivity < 0.5 || plain.has(word)) {
      continue;
    }
    const judged = p.polarity * p.subjectivity;
    const v = vader.get(word);
    const agreed = v !== undefined && v.sd <= 1.5;
    const qualified = p.subjectivity >= 0.9 && p.polarity >= 0.5;
    if (agreed && ((qualified && v.mean >= 1.5) || (p.subjectivity >= 0.75 && p.polarity >= 0.6 && v.mean >= 2.5))) {
      const strong = v.mean >= 2.5 || (v.mean >= 2 && p.polarity >= 0.8);
      entries.push([word, round((judged + Math.min(1, v.mean / 3.5)) / 2), strong ? 'strong' : 'weak', 'A']);
    } else if (qualified && !contradicts(v, p) && p.minSubjectivity >= 0.9 && (p.polarity >= 0.7 || (p.minSubjectivity >= 1 && p.negative))) {
      entries.push([word, round(judged * 0.75), 'weak', 'B']);
    }
  }
  for (const [word, v] of vader) {
    if (pattern.has(word) || plain.has(word) || v.sd > 1.5) {
      continue;
    }
    const byEnding = ADJECTIVE_ENDING.test(word) && v.mean >= 1.8;
    const byWordNet = onlyAdjective(wordnet, word) && v.mean >= (WORDNET_ADJECTIVE_ENDING.test(word) ? 1.5 : 2);
    if (byEnding || byWordNet) {
      entries.push([word, round(Math.min(1, v.mean / 3.5) * 0.75), 'weak', 'C']);
    }
  }
  const taken = new Set(entries.map((e) => e[0]));
  const forms = inflections(taken, vader, wordnet);
  return entries
    .map((e) => (forms.has(e[0]) ? [...e, forms.get(e[0]).sort()] : e))
    .sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

/** Syllables, roughly: groups of vowels, a silent final -e not counted ("brave" has one). */
function syllables(word) {
  const groups = word.match(/[aeiouy]+/g)?.length ?? 0;
  return word.endsWith('e') && !/[aeiouy]e$/.test(word) && !word.endsWith('le') ? Math.max(1, groups - 1) : groups;
}

/**
 * Regular comparative and superlative spellings, the usual ones first: grim → grimmer,
 * nasty → nastier, brave → braver, cruel → crueller and crueler. `usual` is how many of the
 * returned forms an entry of one syllable takes; the rest ("stupider", where a final
 * consonant after an unstressed vowel does not double) count only when VADER attests them.
 */
function regularForms(word) {
  if (word.endsWith('e')) {
    return { forms: [`${word}r`, `${word}st`], usual: 2 };
  }
  if (/[^aeiou]y$/.test(word)) {
    const stem = word.slice(0, -1);
    return { forms: [`${stem}ier`, `${stem}iest`], usual: 2 };
  }
  const last = word.charAt(word.length - 1);
  const doubled = [`${word}${last}er`, `${word}${last}est`];
  const plainForms = [`${word}er`, `${word}est`];
  if (/[aeiou]l$/.test(word)) {
    return { forms: [...doubled, ...plainForms], usual: 4 };
  }
  if (/(^|[^aeiou])[aeiou][bdgkmnprt]$/.test(word)) {
    return { forms: [...doubled, ...plainForms], usual: 2 };
  }
  return { forms: plainForms, usual: 2 };
}

/** The comparative and superlative forms each entry also matches (see "Forms" above). */
function inflections(taken, vader, wordnet) {
  const forms = new Map();
  const add = (entry, form) => {
    if (taken.has(form) || plain.has(form) || wordnet.partsOfSpeech.has(form)) {
      return;
    }
    const list = forms.get(entry) ?? [];
    if (!list.includes(form)) {
      list.push(form);
    }
    forms.set(entry, list);
  };
  for (const entry of taken) {
    if (entry.includes('-')) {
      continue;
    }
    const gradable = syllables(entry) === 1 || (syllables(entry) === 2 && /[^aeiou]y$/.test(entry));
    const { forms: candidates, usual } = regularForms(entry);
    candidates.forEach((form, k) => {
      if ((gradable && k < usual) || vader.has(form)) {
        add(entry, form);
      }
    });
  }
  for (const [form, base] of wordnet.irregular) {
    if (taken.has(base) && WORD.test(form)) {
      add(base, form);
    }
  }
  return forms;
}

const pattern = readPattern();
const vader = readVader();
const wordnet = readWordNet();
const entries = select(pattern, vader, wordnet);
const data = {
  source:
    'Subjectivity: Pattern English subjectivity lexicon 1.3 (T. De Smedt and W. Daelemans, "Pattern for Python", JMLR 13, 2012), ' +
    'Open Data Commons PDDL. Intensity: VADER lexicon (C.J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model for ' +
    'Sentiment Analysis of Social Media Text", ICWSM 2014), MIT licence. Parts of speech and word forms: WordNet 3.0 (Princeton ' +
    'University, 2006), WordNet 3.0 licence. Selection and plain-sense exclusions by Framing Lens.',
  limits:
    'Word lists, not meaning: a listed adjective is flagged wherever the article uses it in its own voice, outside names and quotes; ' +
    'sense, irony and negation are not read. Nouns and verbs are mostly left to the framing lexicon.',
  licences: {
    pattern: 'en-sentiment.xml declares license="PDDL" (Open Data Commons Public Domain Dedication and License 1.0).',
    vader: readFileSync(join(sources, 'vader-LICENSE.txt'), 'utf8').trim(),
    wordnet: readFileSync(join(sources, 'wordnet-LICENSE.txt'), 'utf8').trim(),
  },
  rules:
    'See scripts/loaded/build-loaded.mjs: A = both resources agree; B = Pattern only, hand-tagged strongly evaluative; ' +
    'C = VADER only, adjectives by their ending or by WordNet. A fifth field lists comparative and superlative forms.',
  /** [entry, intensity 0..1, subjectivity, rule, forms?] */
  entries,
};
writeFileSync(output, JSON.stringify(data, null, 0).replace(/\],\[/g, '],\n[') + '\n');
const counts = entries.reduce((c, e) => ({ ...c, [e[3]]: (c[e[3]] ?? 0) + 1 }), {});
const formCount = entries.reduce((n, e) => n + (e[4]?.length ?? 0), 0);
console.log(`${entries.length} entries (${JSON.stringify(counts)}) and ${formCount} inflected forms written to ${output}`);
