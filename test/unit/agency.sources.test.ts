import * as assert from 'assert';
import { expectOne, findings, summary } from './agency.test';

/**
 * A source ("…, police said") names the agent only when the act is one that only an authority
 * carries out (an arrest, a deportation) and the source is that authority. Otherwise a report
 * that cites the police has not said that the police acted.
 */
describe('agency: sources', () => {
  describe('the authority that reports its own arrest or deportation names the agent', () => {
    const clean: [string, string, string][] = [
      [
        'regression: "Greek police said five men had been detained" against "Officers arrested five men"',
        'Officers arrested five Afghan men at the Vathy camp on Samos overnight.',
        'Greek police said five men had been detained at the Vathy camp on Samos overnight.',
      ],
      [
        'the same word names the agent and the source',
        'Police arrested two students outside the university in Dhaka on Monday.',
        'Two students were arrested outside the university in Dhaka on Monday, police said.',
      ],
      [
        'the source comes with "according to"',
        'Two students were arrested outside the university in Dhaka on Monday, according to police.',
        'Riot police arrested two students outside the university in Dhaka on Monday.',
      ],
      [
        'the ministry reports a deportation by the authorities',
        'Authorities deported 40 migrants to Tunisia on Friday.',
        'Forty migrants were deported to Tunisia on Friday, the interior ministry said.',
      ],
    ];
    for (const [why, textA, textB] of clean) {
      it(`no contrast when ${why}`, () => {
        assert.deepStrictEqual(findings(textA, textB).map(summary), []);
      });
    }
  });

  describe('a source that did not do it, or an act anyone can do, leaves the event agentless', () => {
    it('flags a deportation that aid groups report', () => {
      expectOne(
        'Coastguard officers deported 40 migrants to Tunisia on Friday.',
        'Forty migrants were deported to Tunisia on Friday, aid groups said.',
        ['a', 'Coastguard officers', 'deported', 'were deported', 'passive']
      );
    });

    it('flags an arrest that the army reports and the other article gives to the police', () => {
      expectOne(
        'Police arrested three men near the checkpoint in Jenin on Sunday.',
        'Three men were arrested near the checkpoint in Jenin on Sunday, the army said.',
        ['a', 'Police', 'arrested', 'were arrested', 'passive']
      );
    });

    it('flags a killing that the army reports without saying who killed', () => {
      // Only authorities arrest; anyone can kill, so the army as source says nothing about who fired.
      expectOne(
        'Troops killed 30 militants in the hills near Dori on Saturday.',
        'Thirty militants were killed in the hills near Dori on Saturday, the army said.',
        ['a', 'Troops', 'killed', 'were killed', 'passive']
      );
    });

    it('flags a shooting that the police report in agentless words about their own officers', () => {
      expectOne(
        'Police officers shot a 17-year-old boy during a raid in Lyon on Tuesday.',
        'A 17-year-old boy was shot during a raid in Lyon on Tuesday, police said.',
        ['a', 'Police officers', 'shot', 'was shot', 'passive']
      );
    });
  });
});
