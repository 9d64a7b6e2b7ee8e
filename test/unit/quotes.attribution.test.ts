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

describe('quote attribution', () => {
  describe('speaker after the quote', () => {
    it('reads “…,” Mr. X said · “…,” said Sen. Y · “…,” X, the minister, said', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            '“We will appeal the verdict,” Mr. Lee said.',
            '“The count was fair,” said Sen. Ana Ruiz.',
            '“Turnout was high,” Ana Silva, the election minister, said.'
          )
        ),
        [
          ['We will appeal the verdict', 'Mr. Lee', 'said'],
          ['The count was fair', 'Sen. Ana Ruiz', 'said'],
          ['Turnout was high', 'Ana Silva', 'said'],
        ]
      );
    });

    it('reads “…,” the ministry said in a statement · “…,” she told reporters', () => {
      assert.deepStrictEqual(
        attributions(
          lines('“Profits will recover next year,” the company said in a statement.', '“The suspect fled on foot,” she told reporters.')
        ),
        [
          ['Profits will recover next year', 'the company', 'said'],
          ['The suspect fled on foot', 'she', 'told'],
        ]
      );
    });

    it('reads an appositive with a preposition in it: “…,” Dr. Omar Nasser, a lawyer for the family, said', () => {
      assert.deepStrictEqual(attributions('“We will appeal,” Dr. Omar Nasser, a lawyer for the family, said.'), [
        ['We will appeal', 'Dr. Omar Nasser', 'said'],
      ]);
    });

    it('reads a speaker phrase with a preposition, a quantifier or a company abbreviation', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            '“We are reviewing the decision,” a spokesperson for the ministry said.',
            '“Sales fell 4%,” Delta Corp. said in a filing.',
            'Many residents fled, saying “the water was rising.”'
          )
        ),
        [
          ['We are reviewing the decision', 'a spokesperson for the ministry', 'said'],
          ['Sales fell 4%', 'Delta Corp.', 'said'],
          ['the water was rising.', 'Many residents', 'saying'],
        ]
      );
    });

    it('gives the second half of a split quote the speaker of the first', () => {
      assert.deepStrictEqual(attributions('“The jury was misled,” said Mr. Lee, “and we will prove it.”'), [
        ['The jury was misled', 'Mr. Lee', 'said'],
        ['and we will prove it.', 'Mr. Lee', 'said'],
      ]);
    });
  });

  describe('court case names', () => {
    it('attributes a quote in a sentence that names "U.S. v. Ortiz" (case-name regression)', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'The ruling in U.S. v. Ortiz was “a landmark,” said Prof. Ana Ruiz.',
            '“The evidence was thin,” Judge Maria Lopez wrote in U.S. v. Ortiz.'
          )
        ),
        [
          ['a landmark', 'Prof. Ana Ruiz', 'said'],
          ['The evidence was thin', 'Judge Maria Lopez', 'wrote'],
        ]
      );
    });
  });

  describe('titles kept whole', () => {
    it('never gives just "Mr" or "Gov" as a speaker (abbreviated-title regression)', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            '“No one was hurt,” Gov. Ana Silva said on Monday.',
            '“We will appeal,” said Mr. Lee.',
            'Gov. Ana Silva said: “The roads are closed.”',
            'Mr. Lee told the court that “the contract was void.”'
          )
        ),
        [
          ['No one was hurt', 'Gov. Ana Silva', 'said'],
          ['We will appeal', 'Mr. Lee', 'said'],
          ['The roads are closed.', 'Gov. Ana Silva', 'said'],
          ['the contract was void.', 'Mr. Lee', 'told'],
        ]
      );
    });

    it('keeps a capitalised title, initials and a dotted acronym as the text writes them', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            '“We remain neutral,” Foreign Minister Shah Qureshi said.',
            '“The sentence stands,” U.S. District Judge Maria Lopez wrote.',
            '“The budget is balanced,” Paul D. Ryan said.'
          )
        ),
        [
          ['We remain neutral', 'Foreign Minister Shah Qureshi', 'said'],
          ['The sentence stands', 'U.S. District Judge Maria Lopez', 'wrote'],
          ['The budget is balanced', 'Paul D. Ryan', 'said'],
        ]
      );
    });

    it('leaves out an owner and a lower-case description before the name', () => {
      assert.deepStrictEqual(
        attributions(
          lines('Pakistan’s Foreign Minister Shah Qureshi said: “We remain neutral.”', '“Shares will rise,” market analyst Tomas Reyl said.')
        ),
        [
          ['We remain neutral.', 'Foreign Minister Shah Qureshi', 'said'],
          ['Shares will rise', 'Tomas Reyl', 'said'],
        ]
      );
    });

    it('steps over party-state tags: "Sen. Ana Ruiz (R-Texas) said", "Rep. Tom Hale, D-Ohio, said" (party-tag regression)', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            '“The bill failed,” Sen. Ana Ruiz (R-Texas) said.',
            '“It will return,” Rep. Tom Hale, D-Ohio, said.',
            'Sen. Ana Ruiz (R-Texas) said the bill was “dead on arrival.”'
          )
        ),
        [
          ['The bill failed', 'Sen. Ana Ruiz', 'said'],
          ['It will return', 'Rep. Tom Hale', 'said'],
          ['dead on arrival.', 'Sen. Ana Ruiz', 'said'],
        ]
      );
    });
  });

  describe('what is never a speaker', () => {
    it('gives the source of "according to" as the speaker, after the quote too (according-to regression)', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            '“The suspect was armed,” according to Lt. Mark Dunn.',
            '“The driver was not at fault,” according to police.',
            'According to court records, “the lease was never signed.”'
          )
        ),
        [
          ['The suspect was armed', 'Lt. Mark Dunn', 'according to'],
          ['The driver was not at fault', 'police', 'according to'],
          ['the lease was never signed.', 'court records', 'According to'],
        ]
      );
    });

    it('never takes "According", "For", "In" or "But" for a speaker (sentence-opener regression)', () => {
      const found = attributions(
        lines(
          'According to the filing, prosecutors described the deal as “unlawful.”',
          'For years, the company has denied wrongdoing, saying the claims were “baseless.”',
          'In a statement, the ministry rejected the report, calling it “fabricated.”',
          'But the mayor said the plan was “unworkable.”'
        )
      );
      assert.deepStrictEqual(found, [
        ['unlawful.', 'prosecutors', 'described'],
        ['baseless.', 'the company', 'saying'],
        ['fabricated.', 'the ministry', 'calling'],
        ['unworkable.', 'the mayor', 'said'],
      ]);
    });

    it('never takes a dateline for a speaker: "KYIV, Ukraine —", "LONDON (Reuters) -" (dateline regression)', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'KYIV, Ukraine — The president rejected the offer, saying it was “an insult.”',
            'LONDON (Reuters) - The bank raised rates, warning that inflation was “persistent.”',
            'WASHINGTON — Sen. Ana Ruiz said the vote was “a sham.”'
          )
        ),
        [
          ['an insult.', 'The president', 'saying'],
          ['persistent.', 'The bank', 'warning'],
          ['a sham.', 'Sen. Ana Ruiz', 'said'],
        ]
      );
    });

    it('never takes a capitalised participle for a speaker ("Rejecting the report, …" regression)', () => {
      assert.deepStrictEqual(attributions('BAGHDAD — Rejecting the report, saying it was “false.”'), [['false.', undefined, 'saying']]);
    });
  });

  describe('titles of works are not quotes', () => {
    it('skips shows, films, books, operations and slogans (work-title regression)', () => {
      const found = attributions(
        lines(
          'Sen. Ana Ruiz appeared on “Meet the Press” on Sunday.',
          'The film “Oppenheimer” won seven awards.',
          'The army launched Operation “Iron Swords” at dawn.',
          'She told NBC’s “Meet the Press” that the bill would pass.',
          'The campaign slogan “Jobs First” appeared on every poster.',
          'The “Meet the Press” host pressed her on the bill.',
          'A documentary called “The Dam” opened the festival.',
          'The newspaper “The Harbour Times” first reported the sale.',
          '“The Harbour Times” newspaper first reported the sale.',
          'Her podcast “Open Court” and the song “Blue River” went on air.'
        )
      );
      assert.deepStrictEqual(found, []);
    });

    it('keeps the quote next to a book title and attributes it', () => {
      assert.deepStrictEqual(attributions('In his memoir “A Long Road,” the former governor wrote that the state was “broke.”'), [
        ['broke.', 'the former governor', 'wrote'],
      ]);
    });

    it('keeps capitalised and lower-case quotes that are not titles', () => {
      assert.deepStrictEqual(
        attributions(
          lines(
            'The general called the plan “A Grave Mistake.”',
            'The newspaper said the unit “played a key role in the raid.”',
            'Critics said the city had placed itself on the “wrong side” of history.'
          )
        ),
        [
          ['A Grave Mistake.', 'The general', 'called'],
          ['played a key role in the raid.', 'The newspaper', 'said'],
          ['wrong side', 'Critics', 'said'],
        ]
      );
    });
  });

  describe('readable verbs', () => {
    it('keeps "saying" after a comma with the subject of the sentence as speaker', () => {
      assert.deepStrictEqual(attributions('She declined to comment on the ruling, saying it was “a matter for the court.”'), [
        ['a matter for the court.', 'She', 'saying'],
      ]);
    });

    it('never makes a speaker of the verb: the speaker and verb spans do not overlap', () => {
      const text = lines(
        'She saying “we will win” was a surprise.',
        'She, saying “we will win,” left the hall.',
        '“We will win,” she said, saying nothing more.'
      );
      const found = findQuotes(segment(text));
      assert.ok(found.length === 3);
      for (const q of found) {
        assert.ok(q.speaker && q.verb, 'attributed');
        assert.ok(q.speaker.end <= q.verb.start || q.verb.end <= q.speaker.start, `${q.speaker.text} / ${q.verb.text}`);
        assert.ok(!/saying/.test(q.speaker.text));
      }
    });

    it('gives a sentence-opening participle the subject after the quote ("Saying “…,” she left")', () => {
      assert.deepStrictEqual(
        attributions(lines('Saying “the strike is over,” the union leader left the talks.', 'Calling the verdict “a travesty,” Mr. Lee walked out.')),
        [
          ['the strike is over', 'the union leader', 'Saying'],
          ['a travesty', 'Mr. Lee', 'Calling'],
        ]
      );
    });

    it('reads "responded by saying" and "was quoted as saying" as one verb', () => {
      assert.deepStrictEqual(
        attributions(lines('The senator responded by saying “the vote stands.”', 'The coach was quoted as saying “we were robbed.”')),
        [
          ['the vote stands.', 'The senator', 'responded by saying'],
          ['we were robbed.', 'The coach', 'quoted as saying'],
        ]
      );
    });
  });
});
