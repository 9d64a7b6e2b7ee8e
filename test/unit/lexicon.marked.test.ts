import * as assert from 'assert';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import { framingEntries, isMarked, type FramingOptions } from '../../src/core/lexicon/framing';
import { compileLexicon, findTerms } from '../../src/core/lexicon/matcher';
import { segment } from '../../src/core/text/segment';
import type { FramingEntry, Span } from '../../src/core/types';

const lexicon = () => compileLexicon(defaultLexicon());

/** Sentence i of A corresponds to sentence i of B: enough to test the rule without an aligner. */
function sameOrder(a: string, b: string): FramingOptions['counterparts'] {
  const docA = segment(a);
  const docB = segment(b);
  return (startA) => {
    const i = docA.sentences.findIndex((s) => s.start <= startA && startA < s.end);
    const s = docB.sentences[i];
    return s ? [{ start: s.start, end: s.end }] : [];
  };
}

/** The spans inside curly double quotes: the quoted speech of these short test texts. */
function quotedSpans(text: string): Span[] {
  return [...text.matchAll(/“([^”]*)”/g)].map((m) => ({ start: m.index! + 1, end: m.index! + 1 + m[1]!.length }));
}

function compare(a: string, b: string, options: FramingOptions = {}) {
  const lex = lexicon();
  return framingEntries(findTerms(segment(a), lex), findTerms(segment(b), lex), lex, options).framing;
}

const entry = (entries: readonly FramingEntry[], setId: string) => entries.find((e) => e.setId === setId);
const contrast = (entries: readonly FramingEntry[], setId: string) => entry(entries, setId)?.contrast;

describe('one-sided loaded labels', () => {
  it('makes a marked label used by one article only a contrast, with the other side empty', () => {
    const cases: Array<[string, string, string]> = [
      ['government-label', 'The regime arrested three journalists on Tuesday.', 'Three journalists were arrested on Tuesday.'],
      ['armed-group-label', 'Terrorists attacked a police post near the border.', 'A police post near the border was attacked.'],
      ['protester-label', 'Rioters blocked the ring road for six hours.', 'The ring road was blocked for six hours.'],
      ['migrant-label', 'The mayor said illegals were sleeping in the station.', 'The mayor said people were sleeping in the station.'],
      ['criticism-verbs', 'The union slammed the pay offer.', 'The union voted on the pay offer.'],
      ['rebuttal-verbs', 'The club rubbished reports of a takeover.', 'The club spoke about a takeover.'],
      ['territorial-control-label', 'Moscow annexed the peninsula in 2014.', 'Moscow took the peninsula in 2014.'],
      ['purported-hedge', 'Police examined the purported suicide note.', 'Police examined the note.'],
    ];
    for (const [setId, a, b] of cases) {
      const found = entry(compare(a, b), setId);
      assert.strictEqual(found?.contrast, true, `${setId}: ${a}`);
      assert.ok(found.a.length > 0, setId);
      assert.deepStrictEqual(found.b, [], setId);
    }
  });

  it('does not make a plain variant used by one article only a contrast', () => {
    const cases: Array<[string, string, string]> = [
      ['government-label', 'The government raised fuel prices.', 'Fuel prices rose on Monday.'],
      ['attribution-verbs', 'The minister said talks would resume.', 'Talks will resume next week.'],
      ['armed-conflict-label', 'The war has displaced two million people.', 'Two million people have left their homes.'],
      ['kyiv-kiev', 'Officials in Kyiv spoke to reporters.', 'Officials spoke to reporters.'],
      ['armed-group-label', 'Militants attacked the base at dawn.', 'Soldiers defended the base at dawn.'],
      ['protester-label', 'Protesters gathered outside parliament.', 'Police gathered outside parliament.'],
    ];
    for (const [setId, a, b] of cases) {
      const found = entry(compare(a, b), setId);
      assert.ok(found, `${setId} is listed`);
      assert.strictEqual(found.contrast, false, `${setId}: ${a}`);
    }
  });

  it('makes a marked variant a contrast when the other article uses only plain variants of the set', () => {
    const framing = compare('The regime said the talks had failed.', 'The government said the talks had failed.');
    assert.strictEqual(contrast(framing, 'government-label'), true);
  });

  it('marks by default the variants of hedge and emotive sets and a set’s only variant, and never spellings', () => {
    const sets = defaultLexicon().sets;
    const byId = (id: string) => sets.find((s) => s.id === id)!;
    assert.strictEqual(isMarked(byId('unprovoked'), byId('unprovoked').variants[0]!), true);
    assert.strictEqual(isMarked(byId('government-label'), byId('government-label').variants.find((v) => v.id === 'government')!), false);
    assert.strictEqual(isMarked(byId('government-label'), byId('government-label').variants.find((v) => v.id === 'regime')!), true);
    const spelling = sets.find((s) => s.category === 'spelling-variant')!;
    assert.strictEqual(isMarked(spelling, { ...spelling.variants[0]!, marked: true }), false);
  });
});

describe('plain variants used differently', () => {
  it('keeps place names a contrast whenever the two articles spell them differently', () => {
    assert.strictEqual(contrast(compare('Kiev and Kyiv both appear here.', 'Only Kyiv appears here.'), 'kyiv-kiev'), true);
  });

  it('does not count one article adding a plain variant while both share the rest (war beside invasion and conflict)', () => {
    const a = 'The war goes on. The invasion began a year ago. The conflict has cost thousands of lives.';
    const b = 'The invasion began a year ago. The conflict has cost thousands of lives.';
    assert.strictEqual(contrast(compare(a, b), 'armed-conflict-label'), false);
    assert.strictEqual(contrast(compare(a, b, { counterparts: sameOrder(a, b) }), 'armed-conflict-label'), false);
  });

  it('counts an event label one article uses repeatedly and the other, naming the event repeatedly, never uses', () => {
    const a = 'Since the invasion, exports have doubled. Officials said the invasion changed everything. The conflict drags on.';
    const b = 'Since the conflict began, exports have doubled. Officials said the conflict changed everything. The conflict drags on.';
    const found = entry(compare(a, b), 'armed-conflict-label')!;
    assert.strictEqual(found.contrast, true);
    assert.ok(found.note.includes('A uses “invasion” 2 times; B names it 3 times and never so.'), found.note);
    // Once is not a pattern: a single "invasion" among several shared "conflict"s is not avoidance.
    const once = 'Since the invasion, exports have doubled. Officials said the conflict changed everything. The conflict drags on.';
    assert.strictEqual(contrast(compare(once, b, { counterparts: () => [] }), 'armed-conflict-label'), false);
  });

  it('needs two actor labels to occur in corresponding content when correspondence is known', () => {
    const a = 'Refugees from Sudan reached the camp on Monday. Aid groups asked for tents.';
    const b = 'Aid groups asked for tents. Migrants from Tunisia were turned back at sea.';
    assert.strictEqual(contrast(compare(a, b, { counterparts: () => [] }), 'migrant-label'), false, 'different people, no corresponding sentences');
    const sameA = 'Refugees reached the camp on Monday.';
    const sameB = 'Migrants reached the camp on Monday.';
    assert.strictEqual(contrast(compare(sameA, sameB, { counterparts: sameOrder(sameA, sameB) }), 'migrant-label'), true);
  });

  it('without correspondence, calls two plain labels a contrast only when the articles share no variant', () => {
    assert.strictEqual(contrast(compare('Refugees reached the camp.', 'Migrants reached the camp.'), 'migrant-label'), true);
    assert.strictEqual(
      contrast(compare('Refugees and migrants reached the camp.', 'Migrants reached the camp.'), 'migrant-label'),
      false
    );
  });

  it('does not call two plain reporting verbs about different statements a contrast', () => {
    const a = 'The ministry denied the report. Talks continued in Geneva.';
    const b = 'Talks continued in Geneva. The opposition dismissed the budget figures as fiction.';
    assert.strictEqual(contrast(compare(a, b, { counterparts: sameOrder(a, b) }), 'rebuttal-verbs'), false);
    const c = 'The ministry denied the report on Monday.';
    const d = 'The ministry dismissed the report on Monday.';
    assert.strictEqual(contrast(compare(c, d, { counterparts: sameOrder(c, d) }), 'rebuttal-verbs'), true);
  });
});

describe('quoted speech', () => {
  it('leaves a loaded word inside a quotation to the speaker: it is not the outlet’s choice', () => {
    const a = '“The terrorists will be punished,” the president said.';
    const b = 'The president said the attackers would be punished.';
    const found = entry(compare(a, b, { quoted: { a: quotedSpans(a), b: quotedSpans(b) } }), 'armed-group-label')!;
    assert.strictEqual(found.contrast, false);
    assert.deepStrictEqual(found.a.map((o) => o.text), ['terrorists'], 'the use stays listed');
    assert.deepStrictEqual(found.variantsA, [], 'but it is not a variant the outlet chose');
    assert.ok(found.note.includes('inside quotation marks or after “so-called” (A: 1)'), found.note);
    assert.strictEqual(contrast(compare(a, b), 'armed-group-label'), true, 'without quote spans it counts');
  });

  it('still counts the same word in the outlet’s own voice next to a quotation', () => {
    const a = 'The terrorists fled. “We will find them,” the minister said.';
    const b = 'The attackers fled. “We will find them,” the minister said.';
    assert.strictEqual(contrast(compare(a, b, { quoted: { a: quotedSpans(a), b: quotedSpans(b) } }), 'armed-group-label'), true);
  });

  it('does not take a term right after "so-called" for the outlet’s own choice: it names it to reject it', () => {
    const a = 'The minister announced €4 billion in spending cuts. The so-called efficiency savings hit hospitals.';
    const b = 'The minister announced €4 billion in efficiency savings.';
    const found = entry(compare(a, b), 'austerity-label')!;
    assert.strictEqual(found.contrast, true, 'A’s own word is "spending cuts", B’s is "efficiency savings"');
    assert.deepStrictEqual(found.a.map((o) => o.text), ['spending cuts', 'efficiency savings'], 'both uses stay listed');
  });

  it('keeps place names inside quotations: the outlet chose how to spell them', () => {
    const a = '“Kiev is calm,” the mayor said.';
    const b = '“Kyiv is calm,” the mayor said.';
    assert.strictEqual(contrast(compare(a, b, { quoted: { a: quotedSpans(a), b: quotedSpans(b) } }), 'kyiv-kiev'), true);
  });
});

describe('framing salience', () => {
  it('puts two-sided contrasts before one-sided findings of the same weight', () => {
    // Both weigh 3; by category alone the reporting verb would come first.
    const framing = compare('The ministry rubbished reports on the invasion.', 'Reports on the conflict appeared.');
    const order = framing.filter((e) => e.contrast).map((e) => e.setId);
    assert.deepStrictEqual(order, ['armed-conflict-label', 'rebuttal-verbs']);
  });
});

describe('loaded words the published subjectivity lists lack', () => {
  it('finds "baseless", "brazenly" and "fat-cat" in the outlet\'s own voice, one-sided', () => {
    const framing = compare(
      'The senator repeated baseless claims about the count. Fat-cat bosses took home record bonuses. The minister brazenly denied it.',
      'The senator repeated claims about the count. Executives took home record bonuses. The minister denied it.'
    );
    for (const [setId, text] of [['falsity-verdict', 'baseless'], ['fat-cat', 'Fat-cat'], ['brazen', 'brazenly']] as const) {
      const entry = framing.find((e) => e.setId === setId);
      assert.ok(entry?.contrast, `${setId}: ${JSON.stringify(entry)}`);
      assert.deepStrictEqual(entry.a.map((o) => o.text), [text]);
    }
  });

  it('does not flag "executives" alone: the plain variant is no choice', () => {
    const entry = compare('Executives met on Monday.', 'The board met on Monday.').find((e) => e.setId === 'fat-cat');
    assert.strictEqual(entry?.contrast ?? false, false);
  });
});
