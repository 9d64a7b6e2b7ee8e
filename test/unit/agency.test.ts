import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { agencyFindings } from '../../src/core/agency';
import type { AgencyFinding } from '../../src/core/agency';
import { alignSentences } from '../../src/core/align';
import { segment } from '../../src/core/text/segment';

/**
 * Findings for two short articles (shared with the other agency test files), after checking that the alignment pairs their sentences
 * (otherwise a must-not case would pass without the rules ever seeing it) and that every
 * span is the exact slice of its article.
 */
export function findings(textA: string, textB: string): AgencyFinding[] {
  const a = segment(textA);
  const b = segment(textB);
  const alignment = alignSentences(a, b);
  assert.ok(alignment.pairs.length > 0, 'the sentences correspond');
  const found = agencyFindings(a, b, alignment);
  for (const f of found) {
    const agentText = f.agentSide === 'a' ? textA : textB;
    const otherText = f.agentSide === 'a' ? textB : textA;
    for (const [span, text] of [[f.agent, agentText], [f.action, agentText], [f.agentless, otherText]] as const) {
      assert.strictEqual(text.slice(span.start, span.end), span.text, 'offsets are exact');
    }
    // An aligned pair, or two sentences that alignment left apart but that tell one event.
    assert.ok(alignment.pairs.some((p) => p.id === f.pairId) || /^s\d+-\d+$/.test(f.pairId), f.pairId);
  }
  return found;
}

export type Summary = [AgencyFinding['agentSide'], string, string, string, AgencyFinding['form']];

export function summary(f: AgencyFinding): Summary {
  return [f.agentSide, f.agent.text, f.action.text, f.agentless.text, f.form];
}

export function expectOne(textA: string, textB: string, expected: Summary): void {
  assert.deepStrictEqual(findings(textA, textB).map(summary), [expected]);
}

describe('agency', () => {
  describe('war', () => {
    it('names the troops one article gives and the other leaves to a passive', () => {
      expectOne(
        'Troops opened fire and killed two men near the checkpoint on Tuesday.',
        'Two men were killed near the checkpoint on Tuesday.',
        ['a', 'Troops', 'opened fire and killed', 'were killed', 'passive']
      );
    });

    it('finds an agentless passive of shelling', () => {
      expectOne(
        'The army shelled the village overnight, residents said.',
        'The village was shelled overnight, residents said.',
        ['a', 'The army', 'shelled', 'was shelled', 'passive']
      );
    });

    it('takes "Israeli strikes" as the agent of killing and "died" as the agentless telling', () => {
      expectOne(
        'Israeli strikes killed 12 people in Gaza, health officials said.',
        '12 people died in Gaza, health officials said.',
        ['a', 'Israeli strikes', 'killed', 'died', 'intransitive']
      );
    });

    it('reports one omission per agent when the agent side tells the event twice', () => {
      // "shelled … killing three" against "died in shelling": the forces are left out once.
      expectOne(
        'Russian forces shelled the city of Kharkiv on Monday, killing three civilians.',
        'Three civilians died in shelling in Kharkiv on Monday.',
        ['a', 'Russian forces', 'killing', 'died', 'intransitive']
      );
    });

    it('finds the agent on the B side, through a participle clause', () => {
      // Two omissions of the militants, each about its own victims or target: the soldiers
      // who "died", and the checkpoint that "a blast hit".
      assert.deepStrictEqual(
        findings('Nine soldiers died after a blast hit the checkpoint.', 'Militants attacked the checkpoint, killing nine soldiers.').map(summary),
        [
          ['b', 'Militants', 'killing', 'died', 'intransitive'],
          ['b', 'Militants', 'attacked', 'a blast hit', 'nominal'],
        ]
      );
    });

    it('reports killing and wounding separately when the other side has deaths and injuries', () => {
      assert.deepStrictEqual(
        findings(
          'Government forces shelled the town, killing four civilians and wounding 11 others.',
          'Four civilians died and 11 others were injured in the town.'
        ).map(summary),
        [
          ['a', 'Government forces', 'wounding', 'were injured', 'passive'],
          ['a', 'Government forces', 'killing', 'died', 'intransitive'],
        ]
      );
    });

    it('takes the subject across prepositions and a gerund ("an airstrike on a school sheltering…")', () => {
      expectOne(
        'An Israeli airstrike on a school sheltering displaced families in Gaza City killed at least 23 people on Thursday.',
        'At least 23 people were killed in Gaza City on Thursday, officials said.',
        ['a', 'An Israeli airstrike', 'killed', 'were killed', 'passive']
      );
    });

    it('reads "forces launched strikes" as agentive and "strikes hit" as a nominal event', () => {
      expectOne(
        'Israeli forces launched strikes on the camp on Monday.',
        'Strikes hit the camp on Monday.',
        ['a', 'Israeli forces', 'launched strikes', 'Strikes hit', 'nominal']
      );
    });

    it('counts a nationality dropped from the subject as the agent left out', () => {
      expectOne(
        'Israeli strikes killed 12 people in Gaza.',
        'Strikes killed 12 people in Gaza.',
        ['a', 'Israeli strikes', 'killed', 'Strikes killed', 'nominal']
      );
    });
  });

  describe('police and protest', () => {
    it('finds tear gas fired by police against tear gas that "was fired"', () => {
      expectOne(
        'Police fired tear gas at protesters outside parliament.',
        'Tear gas was fired at protesters outside parliament.',
        ['a', 'Police', 'fired', 'was fired', 'passive']
      );
    });

    it('resolves "police said they had arrested" to the police', () => {
      expectOne(
        'Police said they had arrested two suspects after the march.',
        'Two suspects were arrested after the march.',
        ['a', 'Police', 'arrested', 'were arrested', 'passive']
      );
    });

    it('keeps two coordinated verbs of one subject together', () => {
      expectOne(
        'Officers beat and arrested three students outside the dormitory.',
        'Three students were arrested outside the dormitory.',
        ['a', 'Officers', 'beat and arrested', 'were arrested', 'passive']
      );
    });

    it('matches a beating of protesters with protesters who "were injured"', () => {
      expectOne(
        'Police beat protesters with batons in the main square.',
        'Protesters were injured in clashes in the main square.',
        ['a', 'Police', 'beat', 'were injured', 'passive']
      );
    });

    it('finds tear gas at protesters told as "unrest"', () => {
      expectOne(
        'Police fired tear gas at protesters in the capital on Sunday evening.',
        'The capital saw unrest on Sunday evening as protesters gathered.',
        ['a', 'Police', 'fired', 'unrest', 'nominal']
      );
    });

    it('flags only the arrest when both articles say "clashes erupted"', () => {
      expectOne(
        'Police detained the organisers after clashes erupted.',
        'The organisers were detained after clashes erupted.',
        ['a', 'Police', 'detained', 'were detained', 'passive']
      );
    });

    it('does not count the police as named when they are only the source ("police said")', () => {
      expectOne(
        'Police officers shot and killed Tomas Reyes, a 22-year-old courier, during a traffic stop on Saturday.',
        'A 22-year-old man died in an officer-involved shooting during a traffic stop on Saturday, police said.',
        ['a', 'Police officers', 'shot and killed', 'died', 'intransitive']
      );
    });

    it('takes the subject of "shot" after "police said", not the police', () => {
      expectOne(
        'Police said officers shot two men near the market.',
        'Two men were shot near the market, police said.',
        ['a', 'officers', 'shot', 'were shot', 'passive']
      );
    });

    it('finds water cannon that "was used"', () => {
      expectOne(
        'Riot police fired water cannon at students near the ministry on Monday.',
        'Water cannon was used against students near the ministry on Monday.',
        ['a', 'Riot police', 'fired', 'Water cannon was used', 'passive']
      );
    });

    it('finds a killing by security forces told as "was killed during the raid"', () => {
      expectOne(
        'Security forces shot dead a teenager during the raid in the camp.',
        'A teenager was killed during the raid in the camp.',
        ['a', 'Security forces', 'shot dead', 'was killed', 'passive']
      );
    });
  });

  describe('migration', () => {
    it('finds border guards left out of a pushback', () => {
      expectOne(
        'Border guards pushed back dozens of migrants at the fence on Sunday.',
        'Dozens of migrants were pushed back at the fence on Sunday.',
        ['a', 'Border guards', 'pushed back', 'were pushed back', 'passive']
      );
    });

    it('matches figures written in digits and in words', () => {
      expectOne(
        'Coastguard officers deported 40 migrants to the mainland on Friday.',
        'Forty migrants were deported to the mainland on Friday.',
        ['a', 'Coastguard officers', 'deported', 'were deported', 'passive']
      );
    });

    it('finds authorities left out of an eviction', () => {
      expectOne(
        'Authorities evicted hundreds of families from the camp near the river.',
        'Hundreds of families were evicted from the camp near the river.',
        ['a', 'Authorities', 'evicted', 'were evicted', 'passive']
      );
    });
  });

  describe('disasters', () => {
    it('finds arson told as a fire that "broke out"', () => {
      expectOne(
        'Settlers set fire to the olive grove outside the village overnight.',
        'A fire broke out in the olive grove outside the village overnight.',
        ['a', 'Settlers', 'set fire', 'A fire broke out', 'intransitive']
      );
    });

    it('finds a human agent acting after a flood', () => {
      expectOne(
        'Soldiers evicted 200 flood survivors from the shelter on Friday.',
        '200 flood survivors were evicted from the shelter on Friday.',
        ['a', 'Soldiers', 'evicted', 'were evicted', 'passive']
      );
    });

    it('matches a shooting with the deaths of the same people', () => {
      expectOne(
        'Guards shot two looters after the earthquake.',
        'Two looters died after the earthquake.',
        ['a', 'Guards', 'shot', 'died', 'intransitive']
      );
    });

    it('finds a demolition told in the present perfect passive', () => {
      expectOne(
        'The army has demolished 20 houses in the area since January.',
        'Twenty houses have been demolished in the area since January.',
        ['a', 'The army', 'demolished', 'have been demolished', 'passive']
      );
    });
  });

  describe('must not flag', () => {
    const clean: [string, string, string][] = [
      ['both articles name an agent, in different words', 'Troops killed two men near the checkpoint.', 'Soldiers shot dead two men near the checkpoint.'],
      ['both passives have a by-agent', 'Two men were killed by troops near the checkpoint.', 'Two men were killed near the checkpoint by soldiers.'],
      ['"were arrested by police" against "police arrested"', 'Police arrested two suspects on Friday.', 'Two suspects were arrested by police on Friday.'],
      ['the agentless clause is about another event', 'Police arrested three students on Monday.', 'Three students died in a crash on Monday.'],
      ['"the minister said" is no action', 'Two men were killed, the minister said.', 'The minister said two men died.'],
      ['floods are no agent', 'The floods killed seven people along the coast.', 'Seven people died in the floods along the coast.'],
      ['a storm is no agent', 'The storm destroyed 40 homes in the valley.', 'Forty homes were destroyed in the valley.'],
      ['the other article names the troops in another clause', 'Troops opened fire and killed two men.', 'Two men died when troops opened fire.'],
      ['the two clauses name different victims', 'Troops killed two soldiers near the base.', 'Two civilians died near the base.'],
      ['the other article says "they" did it', 'Troops killed two men near the market on Friday.', 'They killed two men near the market on Friday, residents said.'],
      ['a negated arrest happened on neither side', 'Police did not arrest the organisers on Friday.', 'The organisers were not arrested on Friday.'],
      // "Twelve people killed in strikes" is a headline passive: the people are not the agent.
      ['a passive without its helper verb', 'Twelve people killed in strikes on Gaza, officials said.', 'Twelve people died in strikes on Gaza, officials said.'],
    ];
    for (const [why, textA, textB] of clean) {
      it(`when ${why}`, () => {
        assert.deepStrictEqual(findings(textA, textB).map(summary), []);
      });
    }

    it('finds nothing in identical sentences about violence', () => {
      const text = 'Troops killed two men near the checkpoint. Two women were injured.';
      const a = segment(text);
      assert.deepStrictEqual(agencyFindings(a, segment(text), alignSentences(a, segment(text))), []);
    });
  });

  describe('offsets', () => {
    it('keeps exact offsets around curly quotes, emoji and accented names', () => {
      // `findings` checks every span against its article's text.
      const found = findings(
        'In Pétionville 🙂 “soldiers shot dead two men,” Ms. Brévil said — near the market.',
        'In Pétionville 🙂 “two men were shot dead,” Ms. Brévil said — near the market.'
      );
      assert.deepStrictEqual(found.map(summary), [['a', 'soldiers', 'shot dead', 'were shot dead', 'passive']]);
    });
  });

  describe('sample articles', () => {
    // Reports of a briefing on arms supplies: no violent event is told, so nothing is flagged.
    const dir = path.join(__dirname, '../../../../shared/articles');
    const file = (prefix: string) => fs.readdirSync(dir).find((name) => name.startsWith(prefix));
    for (const [x, y] of [['000', '001'], ['001', '002']] as const) {
      it(`finds no agency contrast between ${x} and ${y}`, function () {
        if (!fs.existsSync(dir) || !file(x) || !file(y)) this.skip();
        const a = segment(fs.readFileSync(path.join(dir, file(x)!), 'utf8'));
        const b = segment(fs.readFileSync(path.join(dir, file(y)!), 'utf8'));
        assert.deepStrictEqual(agencyFindings(a, b, alignSentences(a, b)), []);
      });
    }
  });
});
