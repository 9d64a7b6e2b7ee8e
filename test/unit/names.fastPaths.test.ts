import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { americanise } from '../../src/core/substitutions/spelling';
import { capitalisedRuns, trimToName } from '../../src/core/substitutions/nameRuns';
import { CONNECTORS, COMMON, TITLES, isInitial, letterCount } from '../../src/core/substitutions/nameWords';
import { STOPWORDS } from '../../src/core/text/normalize';
import { segment } from '../../src/core/text/segment';
import type { SegmentedText, Word } from '../../src/core/types';
import { random } from './helpers/random';

/** `trimToName` as first written, with slices: the reference for the one that walks indices. */
function trimBySlices(doc: SegmentedText, run: readonly Word[], isCommon: (norm: string) => boolean) {
  const startsUnit = (word: Word) => {
    const sentence = doc.sentences[word.sentence]!;
    if (word.index === sentence.firstWord) return true;
    const previous = doc.words[word.index - 1]!;
    return /[“"‘'(\[:—–•*#]\s*$/.test(doc.text.slice(previous.end, word.start));
  };
  let words = run;
  let initial = startsUnit(words[0]!);
  while (words.length > 0 && (STOPWORDS.has(words[0]!.norm) || CONNECTORS.has(words[0]!.norm) || isInitial(words[0]!.text) || (initial && isCommon(words[0]!.norm)))) {
    words = words.slice(1);
    initial = false;
  }
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (TITLES.has(w.norm)) lastTitle = i;
  });
  const rest = words.slice(lastTitle + 1);
  const isPart = (w: Word) => !CONNECTORS.has(w.norm) && !isInitial(w.text);
  if (lastTitle >= 0 && rest.some((w) => isPart(w) && !isCommon(w.norm))) {
    words = rest;
    initial = false;
    while (words.length > 0 && (!isPart(words[0]!) || isCommon(words[0]!.norm))) words = words.slice(1);
  }
  const parts = words.filter(isPart);
  if (parts.length === 0 || parts.some((w) => letterCount(w.text) < 2) || parts.every((w) => isCommon(w.norm) || TITLES.has(w.norm))) return undefined;
  return { words, parts, initial };
}

describe('name word tests', () => {
  it('tell initials as the two patterns do, on 50,000 generated tokens', () => {
    const patterns = (token: string) => /^\p{Lu}\.?$/u.test(token) || /^(\p{L}[.\-\u2010\u2011])+\p{L}?\.?$/u.test(token);
    const pieces = ['D', 'd', 'J', 'R', '.', '-', '\u2010', '\u2011', 'S', 'C', 'É', 'é', '\u{1D400}', '\u{1D41A}', '1', "'", 'ab', 'Ж', '\ud835'];
    const next = random(11);
    for (let n = 0; n < 50_000; n++) {
      let token = '';
      const length = 1 + Math.floor(next() * 6);
      for (let i = 0; i < length; i++) token += pieces[Math.floor(next() * pieces.length)];
      assert.strictEqual(isInitial(token), patterns(token), JSON.stringify(token));
    }
  });

  it('find the name in a run of capitals as trimming by slices does, on 400 generated paragraphs', () => {
    const pieces = ['The', 'Despite', 'Prime', 'Minister', 'Sen.', 'Mr.', 'Secretary', 'of', 'State', 'Joan', 'Alvarez', 'Paul', 'D.', 'Ryan', 'bin', 'Salman', 'Police', 'Court', 'court', 'said', 'in', 'J.', 'K.', 'Rowling', 'A', '“We', '(R-Texas)', 'Ministry', 'Officials', 'officials', 'and', 'De', 'La'];
    const next = random(17);
    const isCommon = (norm: string) => COMMON.has(norm) || STOPWORDS.has(norm) || norm === 'court' || norm === 'officials';
    let names = 0;
    for (let n = 0; n < 400; n++) {
      const sentences = Array.from({ length: 1 + Math.floor(next() * 4) }, () => Array.from({ length: 2 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(' ') + '.');
      const doc = segment(sentences.join(' '));
      for (const run of capitalisedRuns(doc)) {
        const expected = trimBySlices(doc, run, isCommon);
        assert.deepStrictEqual(trimToName(doc, run, isCommon), expected, run.map((w) => w.text).join(' '));
        if (expected) names++;
      }
    }
    assert.ok(names > 500, `${names} names`);
  });
});

describe('US spelling rules', () => {
  it('rewrite words as running every rule in turn does, on the shared articles and 20,000 generated words', () => {
    // The rules as written before each was guarded by the letters it needs: the reference.
    const stems = 'travel|cancel|label|model|fuel|refuel|channel|counsel|level|marvel|tunnel|funnel|quarrel|shovel|signal|total|dial|equal|duel|pedal|panel|libel|rival|jewel|barrel|chisel|enamel|gravel|kidnap|worship';
    const rules: Array<[RegExp, string | ((m: string) => string)]> = [
      [new RegExp(`^(${stems})l(ed|ing|er|ers)$`), '$1$2'],
      [/([a-z]{3})is(e|es|ed|er|ers|ing)$/, '$1iz$2'],
      [/([a-z]{3})isation(s)?$/, '$1ization$2'],
      [/(anal|paral|catal|dial)ys(e|es|ed|ing)$/, '$1yz$2'],
      [/([a-z]{2})our(s|ed|ing|ite|ites|able|er|ers|ful|less)?$/, '$1or$2'],
      [/([a-z]{2})(t|b)re(s)?$/, '$1$2er$3'],
      [/(defen|offen|licen|preten)ce(s)?$/, '$1se$2'],
      [/(catal|dial|monol|anal|epil|prol)ogue(s)?$/, '$1og$2'],
      [/(program|kilogram|telegram)me(s)?$/, '$1$2'],
      [/^grey/, 'gray'],
      [/(paed|anaem|haem|aesth|encyclopaed|oestr|foet|manoeuv|oesoph|orthopaed)/, (m) => m.replace(/ae|oe/, 'e')],
    ];
    const notOur = new Set('four hour tour pour your sour flour dour scour detour contour devour velour amour paramour troubadour ours yours fours hours tours pours flours devours detours contours scours'.split(' '));
    const reference = (word: string) => (notOur.has(word) ? word : rules.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement as string), word));
    const words = new Set<string>();
    const dir = path.resolve(__dirname, '../../../../shared/articles');
    if (fs.existsSync(dir)) {
      for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        for (const w of segment(fs.readFileSync(path.join(dir, name), 'utf8')).words) words.add(w.norm);
      }
    }
    const next = random(23);
    const pieces = ['kidnap', 'travel', 'l', 'led', 'ling', 'ler', 'ers', 'is', 'ise', 'isation', 'ys', 'ysed', 'anal', 'dial', 'our', 'ours', 'tre', 'bre', 'ce', 'defen', 'ogue', 'catal', 'programme', 'grey', 'ae', 'oe', 'paed', 'foet', 'a', 'b', 'r', 's', 'e', 'o', 'u', 't'];
    for (let n = 0; n < 20_000; n++) {
      let word = '';
      const length = 1 + Math.floor(next() * 4);
      for (let i = 0; i < length; i++) word += pieces[Math.floor(next() * pieces.length)];
      words.add(word);
    }
    for (const word of words) assert.strictEqual(americanise(word), reference(word), word);
  });
});
