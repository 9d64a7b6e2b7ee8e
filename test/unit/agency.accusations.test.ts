import * as assert from 'assert';
import { expectOne, findings, summary } from './agency.test';

/**
 * An accusation or a claim of responsibility names who is said to have acted ("accused X of
 * shelling", "blamed X for the attack", "claimed responsibility for"), so the event it frames
 * is not agentless; and an agent named only inside a hyphenated compound keeps the compound.
 */
describe('agency: accusations and compound agents', () => {
  describe('an accused agent is named', () => {
    it('regression: "accused Ukrainian forces of shelling" is not an agentless "shelling" against separatists who shelled', () => {
      // The two articles blame different forces: a contrast of blame, not of agency.
      assert.deepStrictEqual(
        findings(
          'They accused Ukrainian forces of shelling positions near Horlivka twice overnight, officials said.',
          'Russian-backed separatists shelled Ukrainian positions near Horlivka twice overnight, officials said.'
        ).map(summary),
        []
      );
    });

    it('reports the accused as the agent against a plain passive, with the accusation in the wording', () => {
      expectOne(
        'Officials accused rebel fighters of shelling the market in Kadugli on Sunday.',
        'The market in Kadugli was shelled on Sunday.',
        ['a', 'rebel fighters', 'accused rebel fighters of shelling', 'was shelled', 'passive']
      );
    });

    it('takes the subject of a passive accusation ("were accused of attacking")', () => {
      expectOne(
        'The convoy near Gao was attacked on Friday.',
        'Jihadist fighters were accused of attacking the convoy near Gao on Friday.',
        ['b', 'Jihadist fighters', 'were accused of attacking', 'was attacked', 'passive']
      );
    });

    it('takes a group that claimed responsibility as the agent', () => {
      expectOne(
        'A separatist militia claimed responsibility for the bombing of the pipeline near Quetta on Monday.',
        'The pipeline near Quetta was bombed on Monday.',
        ['a', 'A separatist militia', 'claimed responsibility for the bombing', 'was bombed', 'passive']
      );
    });
  });

  it('leaves the bombing agentless when nobody has claimed responsibility for it', () => {
    // Saying that nobody has owned up names no agent; the other article names one.
    expectOne(
      'No group has claimed responsibility for the bombing of the pipeline near Quetta.',
      'Insurgents bombed the pipeline near Quetta.',
      ['b', 'Insurgents', 'bombed', 'the bombing', 'nominal']
    );
  });

  describe('must not flag', () => {
    const clean: [string, string, string][] = [
      [
        'the deaths are blamed on other forces than the other article names',
        'Three civilians died in shelling blamed on government troops in the town of Idlib.',
        'Rebel artillery shelled the town of Idlib, killing three civilians.',
      ],
      [
        'one article blames the shelling on someone else ("blamed the shelling on")',
        'The governor blamed the shelling of the power station on rebel units.',
        'Army gunners shelled the power station, the governor said.',
      ],
      [
        'prosecutors charged others with the killing',
        'Prosecutors charged two guards with the killing of the prisoner at the jail in Kumasi on Monday.',
        'Police officers killed the prisoner at the jail in Kumasi on Monday.',
      ],
      [
        'a possessive names another agent ("the army\'s shelling")',
        "Residents said the army's shelling of the market in Kadugli killed five people.",
        'Rebel gunners shelled the market in Kadugli, killing five people, residents said.',
      ],
      [
        'a by-phrase names another agent ("an attack by militants")',
        'Five soldiers died in an attack by militants on the base near Gao.',
        'Government troops attacked the base near Gao, killing five soldiers.',
      ],
    ];
    for (const [why, textA, textB] of clean) {
      it(`when ${why}`, () => {
        assert.deepStrictEqual(findings(textA, textB).map(summary), []);
      });
    }

    it('when "they" are accused, someone is said to have done it', () => {
      assert.deepStrictEqual(
        findings('They were accused of shelling the market in Kadugli on Sunday.', 'Rebel gunners shelled the market in Kadugli on Sunday.').map(summary),
        []
      );
    });
  });

  describe('hyphenated compounds', () => {
    it('regression: the agent is "Russian-backed separatists", not "backed separatists"', () => {
      expectOne(
        'Russian-backed separatists shelled the village of Krasne overnight.',
        'The village of Krasne was shelled overnight.',
        ['a', 'Russian-backed separatists', 'shelled', 'was shelled', 'passive']
      );
    });

    it('keeps "Pro-government militias" whole', () => {
      expectOne(
        'Five villagers were killed near Bambari on Tuesday.',
        'Pro-government militias killed five villagers near Bambari on Tuesday.',
        ['b', 'Pro-government militias', 'killed', 'were killed', 'passive']
      );
    });

    it('does not take two different ages for the same person', () => {
      assert.deepStrictEqual(
        findings(
          'Police officers shot and killed a 19-year-old man at a traffic stop in Carrow on Saturday.',
          'A 20-year-old man died at a traffic stop in Carrow on Saturday, police said.'
        ).map(summary),
        []
      );
    });

    it('takes the same age for the same person, even with other nouns', () => {
      expectOne(
        'Police officers shot and killed Ana Ruiz, a 19-year-old student, at a traffic stop in Carrow on Saturday.',
        'A 19-year-old woman died at a traffic stop in Carrow on Saturday, police said.',
        ['a', 'Police officers', 'shot and killed', 'died', 'intransitive']
      );
    });
  });
});
