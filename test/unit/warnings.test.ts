import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { alignSentences } from '../../src/core/align/alignSentences';
import { segment } from '../../src/core/text/segment';
import { inputNotices, pairNoticeText } from '../../src/core/warnings';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const NOT_SAME_EVENT = /not be about the same event/;

function warningsFor(textA: string, textB: string): { pairs: number; warnings: string[] } {
  const a = segment(textA);
  const b = segment(textB);
  const alignment = alignSentences(a, b);
  return { pairs: alignment.pairs.length, warnings: inputNotices(a, b, alignment).map(pairNoticeText) };
}

describe('the "not the same event" warning', () => {
  it('is given for articles that share nothing', () => {
    const flood = fs.readFileSync(path.join(FIXTURES, 'align-velmora-flood.txt'), 'utf8');
    const comet = fs.readFileSync(path.join(FIXTURES, 'align-halden-comet.txt'), 'utf8');
    assert.ok(warningsFor(flood, comet).warnings.some((w) => NOT_SAME_EVENT.test(w)));
  });

  // Regression: two outlets' reports of one flood, worded so differently that no sentence
  // pair matched, were told they might not be about the same event.
  it('is not given for one event told in other words, with the same names', () => {
    const { pairs, warnings } = warningsFor(
      'Mayor Ilse Brannock of Velmora ordered everyone out of the riverside districts on Tuesday night. Brannock blamed the old embankment.',
      'Velmora emptied overnight as the riverside districts flooded. In Velmora, the office of Brannock said schools were sheltering families.'
    );
    assert.strictEqual(pairs, 0, 'the case needs articles with no corresponding sentence');
    assert.deepStrictEqual(warnings, []);
  });

  it('is given for two different events of one kind, with no name or figure in common', () => {
    const flood = fs.readFileSync(path.join(FIXTURES, 'align-velmora-flood.txt'), 'utf8');
    const other = fs.readFileSync(path.join(FIXTURES, 'align-pair-flood.txt'), 'utf8').split(/^---$/m)[1]!;
    const { pairs, warnings } = warningsFor(flood, other);
    assert.strictEqual(pairs, 0);
    assert.ok(warnings.some((w) => NOT_SAME_EVENT.test(w)), JSON.stringify(warnings));
  });
});
