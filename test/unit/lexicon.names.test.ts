import * as assert from 'assert';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import { compileLexicon, findTerms } from '../../src/core/lexicon/matcher';
import { segment } from '../../src/core/text/segment';

const found = (text: string, setId?: string) =>
  findTerms(segment(text), compileLexicon(defaultLexicon()))
    .filter((m) => !setId || m.setId === setId)
    .map((m) => m.text);

describe('lexicon words inside proper names', () => {
  it('does not take a word in an organisation’s or person’s name for a label', () => {
    const cases: Array<[string, string]> = [
      ['The Liberation Tigers of Tamil Eelam were defeated in 2009.', 'territorial-control-label'],
      ['A spokesman for the Popular Front for the Liberation of Palestine spoke.', 'territorial-control-label'],
      ['The actor Rebel Wilson opened the festival.', 'armed-group-label'],
      ['Rebel Wilson opened the festival.', 'armed-group-label'],
      ['Fans queued for the final season of Attack on Titan in Tokyo.', 'attack-label'],
      ['Analysts at the International Crisis Group disagreed.', 'armed-conflict-label'],
      ['Crisis Group analysts disagreed.', 'armed-conflict-label'],
      ['He was charged under the Terrorism Act last year.', 'armed-group-label'],
      ['Researchers at the Regime Change Studies Center published a paper.', 'government-label'],
      ['Refugees International called for more aid.', 'migrant-label'],
      ['Crowds filled Martyrs Square after the vote.', 'martyr'],
    ];
    for (const [text, setId] of cases) {
      assert.deepStrictEqual(found(text, setId), [], text);
    }
  });

  it('still finds the same words used as labels, in lower case or at the start of a sentence', () => {
    assert.deepStrictEqual(found('Tamil liberation fighters were defeated in 2009.', 'territorial-control-label'), ['liberation']);
    assert.deepStrictEqual(found('Rebel fighters took the airport.', 'armed-group-label'), ['Rebel', 'fighters']);
    assert.deepStrictEqual(found('Attack on Kyiv leaves three dead.', 'attack-label'), ['Attack']);
    assert.deepStrictEqual(found('Officials blamed terrorists for the blast.', 'armed-group-label'), ['terrorists']);
  });

  it('does not treat one capitalised word on its own as a name ("the Regime", "the Government")', () => {
    assert.deepStrictEqual(found('Critics say the Regime has jailed its opponents.', 'government-label'), ['Regime']);
  });

  it('keeps labels in a title-case headline, where every word is capitalised', () => {
    assert.deepStrictEqual(found('Terrorists Storm Hotel In Capital\n\nGunmen entered the lobby.', 'armed-group-label'), ['Terrorists', 'Gunmen']);
  });

  it('leaves capitalised names as written in the lexicon alone ("Kiev Regime" is a term of its own)', () => {
    assert.deepStrictEqual(found('State television blamed the Kiev regime for the strike.', 'ukraine-state-label'), ['Kiev regime']);
  });
});
