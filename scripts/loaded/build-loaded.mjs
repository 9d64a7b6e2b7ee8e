#!/usr/bin/env node
/**
 * Builds src/core/loaded/data/loaded-terms.json from two published, permissively licensed
 * word lists, read from a folder the maintainer fills with the published files (see
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
 *
 * Why both: Pattern says whether a word judges (subjectivity) but was tagged on reviews and
 * lists plain words such as "abundant" or "latest" as subjective; VADER measures how strongly
 * people feel a word but says nothing about subjectivity, and its strongest words are the
 * news events themselves ("killed", "war"). A word both call evaluative and intense is the
 * kind of word a style guide asks reporters to leave to their sources.
 *
 * Rules (every threshold is here, nowhere else):
 * A. Pattern: mean subjectivity of its adjective senses ≥ 0.9, none below 0.5, mean |polarity|
 *    ≥ 0.5; and VADER: |mean| ≥ 1.5 with raters agreeing (sd ≤ 1.5). Strong when VADER
 *    |mean| ≥ 2.5, or ≥ 2 with Pattern |polarity| ≥ 0.8; weak otherwise.
 * B. Pattern as in A with every sense subjective (≥ 0.9) and |polarity| ≥ 0.7, or every sense
 *    fully subjective (1.0) and negative, VADER silent: weak (judged by hand, never rated for
 *    intensity).
 * C. VADER only (Pattern does not list the word): |mean| ≥ 1.8, sd ≤ 1.5, and an adjective
 *    ending (-ous, -ful, -less, -ic, -ical, -able, -ible): weak. VADER has no parts of speech,
 *    and its nouns and verbs of that strength are mostly events, not judgements.
 * A word in PLAIN below is never taken: its everyday news sense describes rather than judges.
 *
 * Intensity (0…1, for ranking only): the mean of Pattern's |polarity| × subjectivity and
 * VADER's |mean| / 3.5 (capped at 1) where both exist; one of them × 0.75 where only one does.
 *
 * Usage: node scripts/loaded/build-loaded.mjs SOURCES_DIR  (SOURCES_DIR holds en-sentiment.xml,
 * vader_lexicon.txt and vader-LICENSE.txt; rewrites the JSON; commit the result)
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
 * person's reported state, or a fixed name, so a flag would not survive a journalist's look.
 * Grouped by the reason; each group is our judgement, not the resources'.
 */
const PLAIN = {
  // Another word of the same spelling dominates news text ("a kind of", "pretty much",
  // "the base", "rose 5%", "fly to", "grand jury", "the rank of", "their own", "crude oil",
  // "precious metals", "insect repellent", the city of Nice).
  homograph: 'crude precious repellent nice kind pretty base rose fly grand rank own elect latest chicken static cutting catching churning blasted striking mad cold chilly frigid faint ill numb panic',
  // Descriptive or technical senses reporters use for facts: "a dangerous road", "deadly
  // floods", "violent clashes", "critical condition", "fair trial", "found guilty".
  descriptive: 'creative libelous unfair dangerous deadly violent hazardous difficult complicated impossible irrelevant artificial affirmative exotic elaborate acute apt handy wealthy affluent guilty fair welcome successful popular famous prominent experienced unprecedented controversial drunk worst greatest superior unfortunate troubled powerless wrong fake meager needless nameless uncommon spontaneous forcible full-fledged first-string cast-iron artesian abundant optimum mannerly unhampered unexcelled inapposite inexpedient inauspicious unpropitious pleonastic prolix motley advertent assumptive legendary fabled chaotic traumatic stressful problematic problematical helpless valuable profitable favorable helpful undesirable unacceptable punitive punishable winnable satisfiable proactive harmonic harmonious positivistic defective disadvantageous rewardable awardable creditable sophisticated poisonous favored favorite agreeable faithful sociable psychotic twisted',
  // Forms of address and titles ("the honourable member"), not a verdict on the person.
  address: 'honorable honourable',
  // A person's reported feeling or state, which the report attributes rather than asserts:
  // "residents were afraid", "she was happy with the result", "officials were pleased".
  feeling: 'nostalgic afraid angry happy sad glad pleased satisfied unhappy proud grateful thankful hopeful disgusted appalled aghast distraught bored impressed enthusiastic sorry fearful uncomfortable desperate obsessed sympathetic jealous regretful resentful irritable ecstatic euphoric furious frantic',
};

const plain = new Set(Object.values(PLAIN).flatMap((words) => words.split(/\s+/)).filter(Boolean));
/** An adjective ending after a stem of three letters or more (so "bless" is not "-less"). */
const ADJECTIVE_ENDING = /^[a-z]{3,}(ous|ful|less|ic|ical|able|ible)$/;
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
    });
  }
  return words;
}

function readVader() {
  const words = new Map();
  for (const line of readFileSync(join(sources, 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [token, mean, sd] = line.split('\t');
    if (token && /^[a-z]+$/.test(token) && mean !== undefined && sd !== undefined) {
      words.set(token, { mean: Math.abs(Number(mean)), sd: Number(sd) });
    }
  }
  return words;
}

const round = (x) => Math.round(x * 100) / 100;

function select(pattern, vader) {
  const entries = [];
  for (const [word, p] of pattern) {
    const qualified = p.subjectivity >= 0.9 && p.minSubjectivity >= 0.5 && p.polarity >= 0.5;
    if (!qualified || plain.has(word)) {
      continue;
    }
    const judged = p.polarity * p.subjectivity;
    const v = vader.get(word);
    if (v && v.mean >= 1.5 && v.sd <= 1.5) {
      const strong = v.mean >= 2.5 || (v.mean >= 2 && p.polarity >= 0.8);
      entries.push([word, round((judged + Math.min(1, v.mean / 3.5)) / 2), strong ? 'strong' : 'weak', 'A']);
    } else if (!v && p.minSubjectivity >= 0.9 && (p.polarity >= 0.7 || (p.minSubjectivity >= 1 && p.negative))) {
      entries.push([word, round(judged * 0.75), 'weak', 'B']);
    }
  }
  for (const [word, v] of vader) {
    if (pattern.has(word) || plain.has(word) || !ADJECTIVE_ENDING.test(word)) {
      continue;
    }
    if (v.mean >= 1.8 && v.sd <= 1.5) {
      entries.push([word, round(Math.min(1, v.mean / 3.5) * 0.75), 'weak', 'C']);
    }
  }
  return entries.sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

const pattern = readPattern();
const vader = readVader();
const entries = select(pattern, vader);
const data = {
  source:
    'Subjectivity: Pattern English subjectivity lexicon 1.3 (T. De Smedt and W. Daelemans, "Pattern for Python", JMLR 13, 2012), ' +
    'Open Data Commons PDDL. Intensity: VADER lexicon (C.J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model for ' +
    'Sentiment Analysis of Social Media Text", ICWSM 2014), MIT licence. Selection and plain-sense exclusions by Framing Lens.',
  limits:
    'Word lists, not meaning: a listed adjective is flagged wherever the article uses it in its own voice, outside names and quotes; ' +
    'sense, irony and negation are not read. Nouns and verbs are mostly left to the framing lexicon.',
  licences: {
    pattern: 'en-sentiment.xml declares license="PDDL" (Open Data Commons Public Domain Dedication and License 1.0).',
    vader: readFileSync(join(sources, 'vader-LICENSE.txt'), 'utf8').trim(),
  },
  rules: 'See scripts/loaded/build-loaded.mjs: A = both resources agree; B = Pattern only, hand-tagged strongly evaluative; C = VADER only, adjective endings.',
  /** [entry, intensity 0..1, subjectivity, rule] */
  entries,
};
writeFileSync(output, JSON.stringify(data, null, 0).replace(/\],\[/g, '],\n[') + '\n');
const counts = entries.reduce((c, e) => ({ ...c, [e[3]]: (c[e[3]] ?? 0) + 1 }), {});
console.log(`${entries.length} entries (${JSON.stringify(counts)}) written to ${output}`);
