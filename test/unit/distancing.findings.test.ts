import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { alignSentences } from '../../src/core/align';
import { distancingFindings, distancingMarkers } from '../../src/core/distancing/distancing';
import { findQuotes } from '../../src/core/quotes/quotes';
import { segment } from '../../src/core/text/segment';
import type { Alignment, SegmentedText, TextSpan } from '../../src/core/types';

interface Row {
  side: string;
  marker: string;
  counterpart?: string;
  /** Index of the counterpart's sentence in the other article. */
  counterpartSentence?: number;
}

function compare(textA: string, textB: string, alignment?: Alignment): Row[] {
  const a = segment(textA);
  const b = segment(textB);
  const findings = distancingFindings(a, b, findQuotes(a), findQuotes(b), alignment ?? alignSentences(a, b));
  return findings.map(({ side, marker, counterpart }) => {
    const [own, other] = side === 'a' ? [a, b] : [b, a];
    assert.strictEqual(own.text.slice(marker.start, marker.end), marker.text, 'marker offsets are exact');
    const row: Row = { side, marker: marker.text };
    if (counterpart) {
      assert.strictEqual(other.text.slice(counterpart.start, counterpart.end), counterpart.text, 'counterpart offsets are exact');
      row.counterpart = counterpart.text;
      row.counterpartSentence = sentenceOf(other, counterpart);
    }
    return row;
  });
}

function sentenceOf(doc: SegmentedText, span: TextSpan): number {
  return doc.sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
}

describe('distancing findings', () => {
  it('takes the counterpart from the corresponding sentence, not the first plain use', () => {
    // B says "ceasefire" plainly twice; the second one is in the sentence aligned with A's.
    const rows = compare(
      'Shelling resumed in the northern hills on Monday. The “ceasefire” brokered in Geneva collapsed within hours.',
      'A ceasefire was first proposed by the envoy in March. Shelling resumed in the northern hills on Monday. ' +
        'The ceasefire brokered in Geneva collapsed within hours.'
    );
    assert.deepStrictEqual(rows, [{ side: 'a', marker: '“ceasefire”', counterpart: 'ceasefire', counterpartSentence: 2 }]);
  });

  it('falls back to the first plain use anywhere when the corresponding sentence lacks the words', () => {
    const rows = compare(
      'The “reforms” of the pension system stalled in parliament this week.',
      'Unions marched against the pension reforms in May. The overhaul of the pension system stalled in parliament this week.'
    );
    assert.deepStrictEqual(rows, [{ side: 'a', marker: '“reforms”', counterpart: 'reforms', counterpartSentence: 0 }]);
  });

  it('reports a marker of B with A’s plain use, matching the words by stem', () => {
    const rows = compare(
      'The government announced a reform of the courts on Friday.',
      'The government announced its so-called reforms of the courts on Friday.'
    );
    assert.deepStrictEqual(rows, [{ side: 'b', marker: 'so-called reforms', counterpart: 'reform', counterpartSentence: 0 }]);
  });

  it('reports a marker even when the other article does not have the words at all', () => {
    const rows = compare('Voters queued for the “referendum” in the occupied port.', 'Voters queued at polling stations in the occupied port.');
    assert.deepStrictEqual(rows, [{ side: 'a', marker: '“referendum”' }]);
  });

  it('reports both sides when both put the same words in scare quotes, with no counterpart', () => {
    const rows = compare('The “ceasefire” collapsed on Monday night.', 'By Monday night the ‘ceasefire’ had collapsed.');
    assert.deepStrictEqual(rows, [
      { side: 'a', marker: '“ceasefire”' },
      { side: 'b', marker: '‘ceasefire’' },
    ]);
  });

  it('does not take words inside the other article’s quotation as a plain use', () => {
    // The general's words are his, not the outlet's: B never uses "ceasefire" in its own voice.
    const rows = compare('The “ceasefire” held through the night.', '“The ceasefire held through the night,” the general said.');
    assert.deepStrictEqual(rows, [{ side: 'a', marker: '“ceasefire”' }]);
  });

  it('needs the words of a phrase in order within one sentence', () => {
    const rows = compare(
      'Moscow’s so-called special military operation entered its third year.',
      'The operation was special. Military analysts disagreed.'
    );
    assert.deepStrictEqual(rows, [{ side: 'a', marker: 'so-called special military operation' }]);
  });

  it('finds markers and counterparts in two 1 MB articles, every marker with its counterpart', () => {
    // Linear cost: a phrase is looked up through a stem index, never by rescanning the other text.
    const unit = 'The “ceasefire” failed again near the river. Officials spoke of the so-called corridor. ';
    const plain = 'The ceasefire failed again near the river. Officials spoke of the corridor. ';
    const a = segment(unit.repeat(Math.ceil(1_000_000 / unit.length)));
    const b = segment(plain.repeat(Math.ceil(1_000_000 / plain.length)));
    const qa = findQuotes(a);
    const qb = findQuotes(b);
    const none: Alignment = { pairs: [], onlyInA: [], onlyInB: [] };
    const findings = distancingFindings(a, b, qa, qb, none);
    assert.strictEqual(findings.length, distancingMarkers(a, qa).length);
    assert.ok(findings.length > 20_000 && findings.every((f) => f.counterpart !== undefined));
  });
});

/** The sample articles live outside the repository (third-party text), so this suite is optional. */
const ARTICLES = process.env.FRAMING_LENS_ARTICLES ?? path.resolve(__dirname, '../../../../shared/articles');

describe('distancing on the sample articles', function () {
  before(function () {
    if (!fs.existsSync(ARTICLES)) {
      this.skip();
    }
  });

  it('finds no scare quote where the outlets quote a source’s wording', () => {
    // 001's headline quotes what "FO says"; 002 quotes "defense items" from the reports it
    // cites ("reports … that Pakistan was supplying …") and 004 quotes a UN resolution
    // ("deploring"): none of them is the outlet keeping its own distance.
    for (const name of fs.readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'))) {
      const doc = segment(fs.readFileSync(path.join(ARTICLES, name), 'utf8').replace(/^\uFEFF/, ''));
      assert.deepStrictEqual(distancingMarkers(doc, findQuotes(doc)).map((m) => m.text), [], name);
    }
  });
});
