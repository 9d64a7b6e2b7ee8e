import * as assert from 'assert';
import { distancingMarkers } from '../../src/core/distancing/distancing';
import { findQuotes } from '../../src/core/quotes/quotes';
import { segment } from '../../src/core/text/segment';

/**
 * The scare quotes of a text, read with the quote finder's attribution. The report drops a
 * quote inside a scare-quote marker from its quotes, so a false marker also loses a quote and
 * a missed one hides the outlet's distance behind a made-up speaker.
 */
function scareQuotes(text: string): string[] {
  const doc = segment(text);
  return distancingMarkers(doc, findQuotes(doc)).map((m) => {
    assert.strictEqual(text.slice(m.start, m.end), m.text, 'marker offsets are exact');
    return m.text;
  });
}

describe('distancing and the attribution of short quotes', () => {
  describe('quoted words someone is named for are not scare quotes', () => {
    const attributed: Array<[string, string]> = [
      // The verdict quote was listed as distancing and dropped from the report's quotes.
      ['courts, condemned the verdict as “…” (condemned-as regression)', 'The embassy condemned the verdict as “a travesty of justice.”'],
      ['business, hailed the merger as “…”', 'Shareholders hailed the merger as “a lifeline.”'],
      ['politics, For X, the opposition leader, the budget is “…” (implied-attribution regression)', 'For Tomas Horvat, the opposition leader, the budget is “austerity by another name.”'],
      ['local news, For the mayor, the plan was “…”', 'For the mayor, the plan was “a gamble.”'],
      ['sport, To the coach, the defeat was “…”', 'To the coach, the defeat was “a wake-up call.”'],
      ['farming, In the words of one farmer, …', 'In the words of one farmer, the subsidy was “too little.”'],
      ['courts, an appositive name before the verb', 'His lawyer, Marisol Vega, said the case was “a witch hunt.”'],
    ];
    for (const [name, text] of attributed) {
      it(`does not flag ${name}`, () => {
        assert.deepStrictEqual(scareQuotes(text), []);
      });
    }
  });

  describe('quoted words no one is named for stay scare quotes', () => {
    const marked: Array<[string, string, string]> = [
      // "that Moscow said" runs on from the quote with no comma: it is not the quote's speaker.
      ['war, rejected calls for a “…” with a clause running on after it', 'Ukraine rejected calls for a “ceasefire” that Moscow said would freeze the front line.', '“ceasefire”'],
      ['courts, charged with “…” (legal-charge regression)', 'The reporter was charged with “hooliganism” after the rally.', '“hooliganism”'],
      ['war, a would-be state’s name before "said"', 'The “Islamic State” said it carried out the bombing.', '“Islamic State”'],
      ['elections, a Title Case name after "the" before a verb', 'The “Islamic Republic” marked the anniversary with a parade.', '“Islamic Republic”'],
      ['politics, a verb of judgement without "as"', 'The embassy condemned the “referendum” held under occupation.', '“referendum”'],
      ['courts, For the first time is no one’s view', 'For the first time, the court was “independent” of the palace.', '“independent”'],
    ];
    for (const [name, text, marker] of marked) {
      it(`flags ${name}`, () => {
        assert.deepStrictEqual(scareQuotes(text), [marker]);
      });
    }
  });
});
