import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes/quotes';
import { segment } from '../../src/core/text/segment';

/** Quote, speaker and verb of each quote found, after checking every span slices the text. */
function attributions(text: string): Array<[string, string | undefined, string | undefined]> {
  const found = findQuotes(segment(text));
  for (const q of found) {
    for (const span of [q.quote, q.speaker, q.verb]) {
      if (span) {
        assert.strictEqual(text.slice(span.start, span.end), span.text, 'offsets are exact');
      }
    }
  }
  return found.map((q) => [q.quote.text, q.speaker?.text, q.verb?.text]);
}

/** One quote per paragraph, so each line is attributed on its own. */
const lines = (...texts: string[]) => texts.join('\n\n');

describe('quote attribution from the clause around the quote', () => {
  describe('characterising something "as" a quoted label', () => {
    it('attributes "condemned the verdict as “…”" to the subject (condemned-as regression)', () => {
      // The verdict quote was taken for a scare quote, and the report dropped it.
      assert.deepStrictEqual(attributions('The embassy condemned the verdict as “a travesty of justice.”'), [
        ['a travesty of justice.', 'The embassy', 'condemned'],
      ]);
    });

    it('reads dismissed, described, slammed, hailed and saw … as “…” in politics, business, sport and war', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'The minister dismissed the audit as “fake news”.',
            'Analysts described the merger as “reckless”.',
            'The club slammed the players’ walkout as “reckless and selfish”.',
            'The council hailed the truce as “historic.”',
            'Critics saw the deal as “a betrayal” of the workers.'
          )
        ),
        [
          ['fake news', 'The minister', 'dismissed'],
          ['reckless', 'Analysts', 'described'],
          ['reckless and selfish', 'The club', 'slammed'],
          ['historic.', 'The council', 'hailed'],
          ['a betrayal', 'Critics', 'saw'],
        ]
      );
    });

    it('gives a passive characterisation its agent after "by", and no speaker without one', () => {
      assert.deepStrictEqual(
        attributions(lines('The plan was condemned by the opposition as “reckless”.', 'The verdict was condemned as “a travesty” across the region.')),
        [
          ['reckless', 'the opposition', 'condemned'],
          // The subject of a passive is what was judged, not who judged it.
          ['a travesty', undefined, 'condemned'],
        ]
      );
    });

    it('does not make a verb of judgement a reporting verb without "as"', () => {
      assert.deepStrictEqual(attributions('The embassy condemned the “referendum” held under occupation.'), [['referendum', undefined, undefined]]);
    });
  });

  describe('a speaker named without a verb', () => {
    it('attributes "For Tomas Horvat, the opposition leader, the budget is “…”" to the name (implied-attribution regression)', () => {
      assert.deepStrictEqual(attributions('For Tomas Horvat, the opposition leader, the budget is “austerity by another name.”'), [
        ['austerity by another name.', 'Tomas Horvat', undefined],
      ]);
    });

    it('reads For the …, To the …, In the words of …, In X’s view and But for … in local news, sport, farming and diplomacy', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'For the mayor, the plan was “a gamble.”',
            'To the coach, the defeat was “a wake-up call.”',
            'In the words of one farmer, the subsidy was “too little, too late.”',
            'In Ms. Silva’s view, the deal is “a historic step.”',
            'But for the union, the offer remains “an insult.”',
            'For her, the verdict was “a vindication.”'
          )
        ),
        [
          ['a gamble.', 'the mayor', undefined],
          ['a wake-up call.', 'the coach', undefined],
          ['too little, too late.', 'one farmer', undefined],
          ['a historic step.', 'Ms. Silva', undefined],
          ['an insult.', 'the union', undefined],
          ['a vindication.', 'her', undefined],
        ]
      );
    });

    it('gives every quote of the framed clause the same speaker', () => {
      assert.deepStrictEqual(attributions('For the mayor, the plan was “a gamble” and “a risk worth taking.”'), [
        ['a gamble', 'the mayor', undefined],
        ['a risk worth taking.', 'the mayor', undefined],
      ]);
    });

    it('names no one for time, place and clause openings: For years, For the first time, To the north, For March, For now', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'For years, the company sold its “premium” water.',
            'For the first time, the court was “unanimous” in its ruling.',
            'To the north, the river was “a torrent” by noon.',
            'For March, the sales figures were “disappointing.”',
            'For now, the “ceasefire” is holding.',
            'For the mayor, who faces re-election, the plan was “a gamble.”'
          )
        ),
        [
          ['premium', undefined, undefined],
          ['unanimous', undefined, undefined],
          ['a torrent', undefined, undefined],
          ['disappointing.', undefined, undefined],
          ['ceasefire', undefined, undefined],
          ['a gamble.', undefined, undefined],
        ]
      );
    });
  });

  describe('an appositive between the subject and the verb', () => {
    it('prefers the name in "His lawyer, Marisol Vega, said" (appositive-speaker regression)', () => {
      assert.deepStrictEqual(attributions('His lawyer, Marisol Vega, said the case rested on “the word of paid informants.”'), [
        ['the word of paid informants.', 'Marisol Vega', 'said'],
      ]);
    });

    it('reads the name on either side of the description, after an opening phrase, and with an age', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'Marisol Vega, a lawyer for the family, said the police were “negligent.”',
            'The company’s chief executive, Ana Silva, told investors that “the worst is over.”',
            'On Monday, his lawyer, Marisol Vega, said the charges were “absurd.”',
            'Kavalchuk, 29, said the trial was “a farce.”',
            // The capitals after "of" name a place, not the speaker.
            'Mayor of Port Edda, Ana Silva, said the harbour was “safe.”'
          )
        ),
        [
          ['negligent.', 'Marisol Vega', 'said'],
          ['the worst is over.', 'Ana Silva', 'told'],
          ['absurd.', 'Marisol Vega', 'said'],
          ['a farce.', 'Kavalchuk', 'said'],
          ['safe.', 'Ana Silva', 'said'],
        ]
      );
    });

    it('keeps the subject when the commas hold a clause or an aside, not a second name', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'The mayor, who was re-elected in May, said the flood was “a tragedy.”',
            'The minister, however, said the figures were “misleading.”',
            'The ministry, in a statement, said the report was “baseless.”',
            // A participle opens a clause: not "Albany", not "May".
            'The governor, speaking in Albany, said the storm was “historic.”',
            'Ana Silva, elected in May, said the harbour was “safe.”'
          )
        ),
        [
          ['a tragedy.', 'The mayor', 'said'],
          ['misleading.', 'The minister', 'said'],
          ['baseless.', 'The ministry', 'said'],
          ['historic.', 'The governor', 'said'],
          ['safe.', 'Ana Silva', 'said'],
        ]
      );
    });
  });

  describe('the verb that governs the quote', () => {
    it('skips "had responded “…”" for the "said" that reports it (reported-clause regression)', () => {
      assert.deepStrictEqual(
        attributions(
          'Regional president Gianni Ferro said emergency services had responded “as quickly as humanly possible” to an event without precedent.'
        ),
        [['as quickly as humanly possible', 'Gianni Ferro', 'said']]
      );
    });

    it('still reads responded and replied that introduce speech with a colon or "that"', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'The senator responded: “We will not back down.”',
            'The coach replied that the referee was “blind.”',
            'Police said the crowd had answered the call to “stand firm” in the square.'
          )
        ),
        [
          ['We will not back down.', 'The senator', 'responded'],
          ['blind.', 'The coach', 'replied'],
          ['stand firm', 'Police', 'said'],
        ]
      );
    });

    it('does not attribute "charged with “…”" or "rejected calls for a “…”" (legal-charge and rejected-object regression)', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'The reporter was charged with “hooliganism” after the rally.',
            'Ukraine rejected calls for a “ceasefire” that Moscow said would freeze the front line.'
          )
        ),
        [
          ['hooliganism', undefined, undefined],
          // Not "that Moscow": a clause running on from the quote without a comma is no attribution.
          ['ceasefire', undefined, undefined],
        ]
      );
    });

    it('keeps a rebuttal whose object is the quote, and an accusation of something', () => {
      assert.deepStrictEqual(
        attributions(lines('The union rejected “any interference” in the vote.', 'Kyiv accused Moscow of “genocide” in the east.')),
        [
          ['any interference', 'The union', 'rejected'],
          ['genocide', 'Kyiv', 'accused'],
        ]
      );
    });
  });

  describe('a quote followed by a verb', () => {
    it('attributes only speech set off by a comma, a dash, "?" or "!" (verb-after-quote regression)', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'The “Islamic State” claimed the bombing.',
            'Reports in the local press that the army was using “cluster munitions” were denied.',
            'It was an ‘old story’, she said.',
            '“We will appeal” — the lawyer said on Monday.',
            '“Why now?” asked Vasquez.'
          )
        ),
        [
          ['Islamic State', undefined, undefined],
          // Never "were": an auxiliary is not a speaker, and the quote is the reports' wording.
          ['cluster munitions', undefined, undefined],
          ['old story', 'she', 'said'],
          ['We will appeal', 'the lawyer', 'said'],
          ['Why now?', 'Vasquez', 'asked'],
        ]
      );
    });
  });
});
