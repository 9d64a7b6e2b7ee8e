import * as assert from 'assert';
import { agencyFindings } from '../../src/core/agency';
import { sentenceKeys } from '../../src/core/agency/patientKeys';
import { alignSentences } from '../../src/core/align';
import { segment } from '../../src/core/text/segment';
import { findings, summary } from './agency.test';

/**
 * Sentences that tell one event in words too different for alignment to pair them: the
 * agency rules still compare them when they share the event family and the victims.
 */

/** That alignment did not pair sentence `x` of A with sentence `y` of B: else the aligned pairs would find it anyway. */
function assertApart(textA: string, textB: string, x: number, y: number): void {
  const alignment = alignSentences(segment(textA), segment(textB));
  assert.ok(!alignment.pairs.some((p) => p.a.includes(x) && p.b.includes(y)), `A${x} and B${y} are not paired`);
}

const MARKET_A =
  'Gunmen raided a market in Kaya on Monday, the governor said. Several fishermen were killed in crossfire during the operation that followed, the governor added.';
const MARKET_B = 'Gunmen raided a market in Kaya on Monday, the governor said. Witnesses said soldiers shot dead at least eight fishermen by the lake at dusk.';

describe('agency: one event told in sentences that alignment left apart', () => {
  it('finds soldiers who shot dead fishermen against fishermen "killed in crossfire"', () => {
    assertApart(MARKET_A, MARKET_B, 1, 1);
    const found = findings(MARKET_A, MARKET_B);
    assert.deepStrictEqual(found.map(summary), [['b', 'soldiers', 'shot dead', 'were killed', 'passive']]);
    // Neither sentence is in an aligned pair: the id names the two sentences.
    assert.strictEqual(found[0]!.pairId, 's1-1');
  });

  it('matches "wounding 30 students" with "Thirty students were injured" and keeps the agent sentence\'s pair id', () => {
    const a = 'Riot police charged a sit-in outside parliament in Valdera on Friday, wounding 30 students, medics said. The students had demanded lower fees.';
    const b =
      'A sit-in outside parliament in Valdera turned violent on Friday, the interior ministry said. Thirty students were injured, according to the ministry. The students had demanded lower fees.';
    assertApart(a, b, 0, 1);
    const found = findings(a, b);
    assert.deepStrictEqual(found.map(summary), [['a', 'Riot police', 'wounding', 'were injured', 'passive']]);
    const alignment = alignSentences(segment(a), segment(b));
    assert.strictEqual(found[0]!.pairId, alignment.pairs.find((p) => p.a.includes(0))!.id);
  });

  it('finds the one killing each article tells, though the dead are "people" in one and "insurgents" in the other', () => {
    // Relabelling the dead is the framing: nothing else in either article is a killing.
    const a = 'The army shelled the hamlet of Loru on Sunday, killing at least nine people, residents said. The hamlet lies near the northern border.';
    const b =
      'Government forces cleared the hamlet of Loru of militants on Sunday, the ministry said. Several insurgents died during the operation. The hamlet lies near the northern border.';
    assertApart(a, b, 0, 1);
    assert.deepStrictEqual(findings(a, b).map(summary), [['a', 'The army', 'killing', 'died', 'intransitive']]);
  });

  it('does not take two killings for the one event when an article tells another', () => {
    const a =
      'The army shelled the hamlet of Loru on Sunday, killing at least nine people, residents said. A police officer was murdered in the capital.';
    const b = 'Government forces cleared the hamlet of Loru of militants on Sunday, the ministry said. Several insurgents died during the operation.';
    assertApart(a, b, 0, 1);
    assert.deepStrictEqual(findings(a, b).map(summary), []);
  });

  it('does not pair sentences that share only the verb and a noun for anyone', () => {
    const a = 'Flooding closed roads across Tamsin province on Monday, officials said. Police shot dead people fleeing a checkpoint, a witness said.';
    const b = 'Flooding closed roads across Tamsin province on Monday, officials said. People were killed when a bridge collapsed.';
    assertApart(a, b, 1, 1);
    assert.deepStrictEqual(findings(a, b).map(summary), []);
  });

  it('skips victims that more than two sentences of the other article tell of: which one is a guess', () => {
    const a = 'Fighting spread through Orvel district on Monday, officials said. Witnesses described how troops killed five farmers as they harvested maize at dawn.';
    const two = 'Fighting spread through Orvel district on Monday, officials said. Five farmers were killed near the mill. Five farmers were killed near the dam.';
    const three = `${two} Five farmers were killed near the school.`;
    assertApart(a, three, 1, 1);
    assert.deepStrictEqual(findings(a, three).map(summary), []);
    // With two, the first is compared (and one finding only: the agent clause is used up).
    assert.deepStrictEqual(findings(a, two).map(summary), [['a', 'troops', 'killed', 'were killed', 'passive']]);
  });

  it('regression: no flag when the other article names the agent of the same victims in another sentence', () => {
    // "A witness said soldiers killed seven farmers" names who acted; the later passive does not leave it out.
    const a = 'Fighting spread through Orvel district on Monday, officials said. Witnesses described how troops killed seven farmers as they harvested maize at dawn.';
    const b =
      'Fighting spread through Orvel district on Monday, officials said. A witness said soldiers killed seven farmers. Relatives said the seven farmers were killed near the mill.';
    assertApart(a, b, 1, 2);
    assert.deepStrictEqual(findings(a, b).map(summary), []);
  });

  it('compares nothing across articles with no sentence in common', () => {
    const a = segment('Troops killed twelve villagers in Dorma on Monday.');
    const b = segment('The central bank raised interest rates on Thursday. Twelve villagers were killed, officials reported.');
    assert.deepStrictEqual(agencyFindings(a, b, { pairs: [], onlyInA: [0], onlyInB: [0, 1] }), []);
  });
});

describe('agency: victim keys read from words', () => {
  const keys = (text: string) => [...sentenceKeys(segment(text), 0)].sort();

  it('reads figures in words and digits alike', () => {
    assert.deepStrictEqual(keys('Forty people and at least a dozen villagers were hurt.'), ['12', '40', 'villager']);
    assert.deepStrictEqual(keys('Twenty-five protesters and 3,000 refugees fled.'), ['25', '3000', 'protester', 'refugee']);
  });

  it('regression: dates, years and sums are not victims', () => {
    assert.deepStrictEqual(keys('On day 453 the 2021 coup cost 3 million, and one man died.'), []);
  });
});
