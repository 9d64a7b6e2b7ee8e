import * as assert from 'assert';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import { compileLexicon, findTerms } from '../../src/core/lexicon/matcher';
import { segment } from '../../src/core/text/segment';

const found = (text: string, setId?: string) =>
  findTerms(segment(text), compileLexicon(defaultLexicon()))
    .filter((m) => !setId || m.setId === setId)
    .map((m) => m.text);

const framingSets = (text: string) => findTerms(segment(text), compileLexicon(defaultLexicon())).map((m) => m.setId);

describe('plain senses of reporting verbs and hedge nouns', () => {
  it('does not take claiming a thing (a refund, a title, lives) for reporting a claim', () => {
    for (const text of [
      'Passengers can claim a refund within 30 days.',
      'She claimed her third world title in Doha.',
      'The storm claimed the lives of 14 people.',
      'The disease has claimed many lives this winter.',
      'The team claimed victory in the final minute.',
      'Beijing lays claim to most of the sea.',
    ]) {
      const sets = framingSets(text);
      assert.ok(!sets.includes('attribution-verbs') && !sets.includes('information-status'), `${text}: ${sets}`);
    }
  });

  it('still finds "claimed" and "claims" that report a statement', () => {
    assert.deepStrictEqual(found('The ministry claimed the convoy carried weapons.', 'attribution-verbs'), ['claimed']);
    assert.deepStrictEqual(found('Claims of a cover-up spread online.', 'information-status'), ['Claims']);
    assert.deepStrictEqual(found('He claims to have seen the letter.', 'information-status'), ['claims']);
  });

  it('leaves "claimed responsibility" alone: it is the fixed formula, not the outlet doubting a statement', () => {
    assert.deepStrictEqual(found('A local affiliate claimed responsibility for the bombing.', 'attribution-verbs'), []);
  });

  it('does not take admissions to hospital, goals conceded or refusals to concede an election for admissions', () => {
    for (const text of [
      'Twelve people were admitted to hospital with burns.',
      'The clinic admitted two patients to the regional hospital.',
      'The goalkeeper conceded a penalty in the second half.',
      'The visitors conceded three goals before the break.',
      'The defeated candidate refused to concede and demanded a recount.',
    ]) {
      assert.deepStrictEqual(found(text, 'attribution-verbs'), [], text);
    }
    assert.deepStrictEqual(found('The minister admitted that the figures were wrong.', 'attribution-verbs'), ['admitted']);
  });

  it('does not take refusing entry, bail or a request, or rejecting a bid, for rebutting an accusation', () => {
    for (const text of [
      'The reporter was denied entry at the airport.',
      'The judge denied him bail on Monday.',
      'Officials denied journalists access to the camp.',
      'The court denied the request for a delay.',
      'The board rejected the takeover bid from its rival.',
      'The bank rejected the loan application last week.',
      'Shareholders rejected a revised offer on Friday.',
      'The president dismissed the defence minister on Sunday.',
      'The judge dismissed the lawsuit in March.',
    ]) {
      assert.deepStrictEqual(found(text, 'rebuttal-verbs'), [], text);
    }
    assert.deepStrictEqual(found('The embassy rejected the accusations as absurd.', 'rebuttal-verbs'), ['rejected the accusations']);
    assert.deepStrictEqual(found('The ministry dismissed the report as propaganda.', 'rebuttal-verbs'), ['dismissed the report as']);
    assert.deepStrictEqual(found('The ministry denied the report.', 'rebuttal-verbs'), ['denied']);
  });

  it('does not count the noun "claims" again when it is the object of a denial', () => {
    // "rubbished claims that …": the rebuttal verb carries the framing; "claims" names what was denied.
    const sets = framingSets('The ministry rubbished claims that it had sold arms, and rejected the allegations.');
    assert.ok(!sets.includes('information-status'), String(sets));
    assert.ok(sets.includes('rebuttal-verbs'));
  });

  it('does not take maintaining a road or a grand slam for framing', () => {
    assert.deepStrictEqual(found('The council maintained the road through the winter.', 'attribution-verbs'), []);
    assert.deepStrictEqual(found('She won her first grand slam in Melbourne.', 'criticism-verbs'), []);
    assert.deepStrictEqual(found('He was condemned to death in 1953.', 'criticism-verbs'), []);
  });

  it('does not take generic counter-terrorism language for a label of the people in the story', () => {
    assert.deepStrictEqual(found('The two countries agreed to counter terrorist threats together.', 'armed-group-label'), []);
    assert.deepStrictEqual(found('The group was designated a terrorist organisation in 2019.', 'armed-group-label'), []);
    assert.deepStrictEqual(found('Analysts doubt that regime change is the goal.', 'government-label'), []);
  });
});
