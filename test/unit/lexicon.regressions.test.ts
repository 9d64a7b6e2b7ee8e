import * as assert from 'assert';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import { framingEntries, type FramingOptions } from '../../src/core/lexicon/framing';
import { compileLexicon, findTerms } from '../../src/core/lexicon/matcher';
import { segment } from '../../src/core/text/segment';

const lex = () => compileLexicon(defaultLexicon());
const terms = (text: string) => findTerms(segment(text), lex()).map((m) => `${m.setId}:${m.text}`);
const entry = (a: string, b: string, setId: string, options: FramingOptions = {}) =>
  framingEntries(findTerms(segment(a), lex()), findTerms(segment(b), lex()), lex(), options).framing.find((e) => e.setId === setId);

describe('lexicon regressions', () => {
  it('does not take "strikes threaten food supplies" for a reporting verb (only a speaker threatens to or that)', () => {
    assert.ok(!terms('Strikes on ports threaten food supplies far beyond Ukraine.').some((t) => t.startsWith('warning-verbs')));
    assert.deepStrictEqual(
      terms('The minister threatened to expel the envoy.').filter((t) => t.startsWith('warning-verbs')),
      ['warning-verbs:threatened to']
    );
  });

  it("'claim a refund' is not a reporting verb or a hedge", () => {
    assert.deepStrictEqual(terms('Passengers can claim a refund, and many claimed their refunds online.'), []);
  });

  it("'claiming £14,000 in expenses' is not a reporting verb (the currency sign used to break the phrase)", () => {
    assert.deepStrictEqual(terms('He admitted claiming £14,000 in expenses.'), ['attribution-verbs:admitted']);
  });

  it("'Rebel Wilson' is not an actor label", () => {
    assert.deepStrictEqual(terms('Rebel Wilson hosted the awards, and fans of Rebel Wilson cheered.'), []);
  });

  it("'regime' used by one side only is a finding", () => {
    const found = entry('The regime blocked the internet.', 'The internet was blocked.', 'government-label')!;
    assert.strictEqual(found.contrast, true);
    assert.deepStrictEqual(found.b, []);
  });

  it("'war' beside 'invasion' and 'conflict' in both articles is not a contrast", () => {
    const a = 'Exports rose during the war. Since the invasion, prices doubled. The conflict goes on.';
    const b = 'Since the invasion, prices doubled. The conflict goes on.';
    assert.strictEqual(entry(a, b, 'armed-conflict-label')!.contrast, false);
  });

  it("'rubbished claims' is one finding: the claims it denied are not also a hedge", () => {
    assert.deepStrictEqual(terms('The ministry has rubbished claims that it sold arms.'), ['rebuttal-verbs:rubbished']);
  });

  it("'refused to concede' an election is not an admission", () => {
    assert.deepStrictEqual(terms('Her rival refused to concede, citing irregularities.').filter((t) => t.startsWith('attribution')), []);
  });

  it("'counter terrorist threats' is not a terrorist label", () => {
    assert.ok(!terms('Both sides agreed to counter terrorist threats.').some((t) => t.startsWith('armed-group-label')));
  });

  it("'allegations' beside 'claims' is not a contrast: both distance the outlet from the accusation", () => {
    const found = entry('Claims of involvement have circulated.', 'The claims and allegations of involvement have circulated.', 'information-status')!;
    assert.strictEqual(found.contrast, false);
  });

  it("'so-called' against 'self-proclaimed' is not a contrast: both deny the title", () => {
    const found = entry('The so-called republic held a vote.', 'The self-proclaimed republic held a vote.', 'so-called-hedge')!;
    assert.strictEqual(found.contrast, false);
  });

  it("'denied' in one article and 'dismissed' about another statement in the other is not a contrast", () => {
    const found = entry('The ministry denied the report.', 'The ministry denied the report. The envoy dismissed suggestions of a rift.', 'rebuttal-verbs')!;
    assert.strictEqual(found.contrast, false);
  });

  it("'prosecutors allege that' is distancing attribution, against 'prosecutors say'", () => {
    const found = entry('Prosecutors say he took bribes.', 'Prosecutors allege that he took bribes.', 'attribution-verbs')!;
    assert.strictEqual(found.contrast, true);
    assert.deepStrictEqual(found.variantsB, ['distancing']);
  });

  it("'occupation authorities' is a loaded title only one side uses", () => {
    const found = entry('A spokesman for the republic spoke.', 'A spokesman for the occupation authorities spoke.', 'installed-officials-label')!;
    assert.strictEqual(found.contrast, true);
  });

  it("a 'terrorists' in a quoted statement is the speaker's word, not a label the outlet chose", () => {
    const a = '“We will hunt down the terrorists,” the minister said.';
    const quoted = { a: [{ start: 1, end: a.indexOf('”') }], b: [] };
    assert.strictEqual(entry(a, 'The minister spoke.', 'armed-group-label', { quoted })!.contrast, false);
  });
});
