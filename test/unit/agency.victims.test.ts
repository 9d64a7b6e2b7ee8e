import * as assert from 'assert';
import { expectOne, findings, summary } from './agency.test';

/**
 * Whether two clauses tell of the same victims: figures in digits and in words are one figure,
 * and victims the other article calls by another name are still the same victims.
 */
describe('agency: victims and figures', () => {
  it('finds soldiers who "shot dead" villagers against villagers "killed in crossfire"', () => {
    // The residents are the source of the claim; the soldiers are who it says acted.
    expectOne(
      'Residents said soldiers shot dead at least a dozen villagers near Djabo during the counter-offensive on Sunday.',
      'Several villagers were killed in crossfire near Djabo during the counter-offensive on Sunday, the ministry said.',
      ['a', 'soldiers', 'shot dead', 'were killed', 'passive']
    );
  });

  it('finds a junta that killed "people" against "terrorists" who "were killed"', () => {
    // Victims named by another label ("people", "terrorists") are not different victims.
    expectOne(
      'The junta bombed a village in Sagaing region on Tuesday, killing at least 17 people, residents said.',
      'Several terrorists were killed in a village in Sagaing region on Tuesday, the ministry said.',
      ['a', 'The junta', 'killing', 'were killed', 'passive']
    );
  });

  it('matches "wounding at least 40 people" with "At least forty people were injured"', () => {
    expectOne(
      'Police fired rubber bullets at protesters in Tahrir Square on Friday, wounding at least 40 people.',
      'At least forty people were injured at the protest in Tahrir Square on Friday.',
      ['a', 'Police', 'wounding', 'were injured', 'passive']
    );
  });

  // "people" is a noun for anyone, so only the figures can tell whether the victims are the same.
  it('reads "Twenty-five" as 25', () => {
    expectOne(
      'Soldiers killed 25 people near Djabo on Sunday.',
      'Twenty-five people died near Djabo on Sunday.',
      ['a', 'Soldiers', 'killed', 'died', 'intransitive']
    );
  });

  it('reads "Two hundred" as 200', () => {
    expectOne(
      'Soldiers evicted 200 people from the camp near Goma on Sunday.',
      'Two hundred people were evicted from the camp near Goma on Sunday.',
      ['a', 'Soldiers', 'evicted', 'were evicted', 'passive']
    );
  });

  it('regression: "Twenty-five people" is not "five people"', () => {
    assert.deepStrictEqual(
      findings('Soldiers killed five people near Djabo on Sunday.', 'Twenty-five people died near Djabo on Sunday.').map(summary),
      []
    );
  });
});
