import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareArticles } from '../../src/core/compare';
import type { Report } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../../..');
const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
const SHARED = process.env.FRAMING_LENS_ARTICLES ?? path.resolve(ROOT, '../shared/articles');

/** Every offset in the report points at the text it claims to. */
function assertOffsets(report: Report, a: string, b: string): void {
  const check = (text: string, span: { start: number; end: number; text: string }) =>
    assert.strictEqual(text.slice(span.start, span.end), span.text, `offsets ${span.start}-${span.end}`);
  for (const f of [...report.framing, ...report.spelling]) {
    f.a.forEach((o) => check(a, o));
    f.b.forEach((o) => check(b, o));
  }
  for (const c of report.changes) {
    check(a, c.a);
    check(b, c.b);
  }
  for (const p of report.pairs) {
    for (const d of p.diffs) {
      check(a, d.a);
      check(b, d.b);
    }
  }
  report.onlyInA.forEach((s) => check(a, s));
  report.onlyInB.forEach((s) => check(b, s));
  report.quotes.a.forEach((q) => check(a, q.quote));
  report.quotes.b.forEach((q) => check(b, q.quote));
}

function contrastTerms(report: Report, category: string): Array<[string[], string[]]> {
  return report.framing
    .filter((f) => f.contrast && f.category === category)
    .map((f) => [f.a.map((o) => o.text.toLowerCase()), f.b.map((o) => o.text.toLowerCase())]);
}

describe('compareArticles', () => {
  describe('on the bundled examples', () => {
    const a = example('harbour-gazette.txt');
    const b = example('continental-wire.txt');
    const report = compareArticles({ text: a, path: 'examples/harbour-gazette.txt' }, { text: b, path: 'examples/continental-wire.txt' });

    it('produces a schema-1 report with the CLI contract fields', () => {
      assert.strictEqual(report.schemaVersion, 1);
      assert.deepStrictEqual(report.articles.map((x) => x.label), ['A', 'B']);
      assert.strictEqual(report.articles[0].title, 'harbour-gazette.txt');
      for (const key of ['matched', 'moved', 'onlyInA', 'onlyInB'] as const) assert.strictEqual(typeof report.alignment[key], 'number');
      assert.ok(report.similarity > 0.2 && report.similarity < 0.9, `similarity ${report.similarity}`);
      assert.doesNotThrow(() => JSON.parse(JSON.stringify(report)));
    });

    it('finds the place-name contrast Odesa / Odessa and the event label contrast', () => {
      const places = contrastTerms(report, 'place-name');
      assert.ok(places.some(([x, y]) => x.includes('odesa') && y.includes('odessa')), JSON.stringify(places));
      const events = contrastTerms(report, 'event-label');
      assert.ok(events.some(([x, y]) => x.includes('invasion') && y.includes('conflict')), JSON.stringify(events));
    });

    it('keeps US/UK spelling apart from framing', () => {
      assert.ok(report.spelling.some((f) => f.a.some((o) => /defence/i.test(o.text)) && f.b.some((o) => /defense/i.test(o.text))));
      assert.ok(!report.framing.some((f) => f.category === 'spelling-variant'));
    });

    it('lists the discovered substitution Odesa → Odessa first among the changes', () => {
      assert.ok(report.changes.length > 0);
      assert.deepStrictEqual([report.changes[0]!.a.text, report.changes[0]!.b.text], ['Odesa', 'Odessa']);
    });

    it('lists sentences only one article has', () => {
      assert.ok(report.onlyInA.some((s) => s.text.startsWith('The UN humanitarian coordinator')));
      assert.ok(report.onlyInB.some((s) => s.text.startsWith('Russia\'s Foreign Ministry rubbished')));
    });

    it('finds the quote both articles carry', () => {
      assert.strictEqual(report.quotes.shared.length, 1);
      assert.match(report.quotes.a[report.quotes.shared[0]!.a]!.quote.text, /^The terminal was hit/);
    });

    it('keeps every offset exact', () => assertOffsets(report, a, b));
  });

  describe('on bad and unusual input', () => {
    it('handles empty and whitespace-only articles with a warning, not an error', () => {
      for (const [x, y] of [['', 'Some text here.'], ['  \n\t', ''], ['', '']]) {
        const report = compareArticles({ text: x }, { text: y });
        assert.strictEqual(report.alignment.matched, 0);
        assert.ok(report.warnings.some((w) => /no words/.test(w)), report.warnings.join());
      }
    });

    it('reports identical articles as all-identical pairs and says so', () => {
      const text = example('harbour-gazette.txt');
      const report = compareArticles({ text }, { text });
      assert.ok(report.pairs.every((p) => p.kind === 'identical' && !p.moved));
      assert.strictEqual(report.onlyInA.length + report.onlyInB.length, 0);
      assert.strictEqual(report.similarity, 1);
      assert.ok(report.warnings.includes('The two articles are identical.'));
      // The views phrase the codes themselves, in the UI language; the JSON has both.
      assert.deepStrictEqual(report.notices, [{ code: 'identical' }]);
      assert.ok(!report.framing.some((f) => f.contrast));
    });

    it('finds one article inside the other: the extra sentences are only in the longer one', () => {
      const long = example('harbour-gazette.txt');
      const short = long.split('\n\n').slice(2, 5).join('\n\n');
      const report = compareArticles({ text: short }, { text: long });
      assert.strictEqual(report.onlyInA.length, 0);
      assert.ok(report.onlyInB.length >= 4);
    });

    it('matches reordered paragraphs and marks the displaced ones as moved', () => {
      const paragraphs = example('harbour-gazette.txt').split('\n\n');
      const reordered = [paragraphs[0], paragraphs[5], paragraphs[1], paragraphs[2], paragraphs[3], paragraphs[4], paragraphs[6], paragraphs[7]].join('\n\n');
      const report = compareArticles({ text: paragraphs.join('\n\n') }, { text: reordered });
      assert.strictEqual(report.onlyInA.length + report.onlyInB.length, 0);
      assert.ok(report.alignment.moved >= 1);
    });

    it('keeps offsets exact with CRLF line ends and emoji before a difference', () => {
      const a = '👋🏽 Officials in Kiev said the port was hit.\r\n\r\n🚢 The ministry rubbished the claims.';
      const b = 'Officials in Kyiv said the port was hit.\r\nThe ministry denied the claims.';
      const report = compareArticles({ text: a }, { text: b });
      assertOffsets(report, a, b);
      const places = contrastTerms(report, 'place-name');
      assert.deepStrictEqual(places, [[['kiev'], ['kyiv']]]);
      assert.ok(contrastTerms(report, 'reporting-verb').some(([x, y]) => x.includes('rubbished') && y.includes('denied')));
    });

    it('compares HTML with scripts without reading the markup', () => {
      const a = '<html><body><script>document.write("Kiev invasion")</script><p>Officials in Kyiv said the port was hit.</p></body></html>';
      const b = 'Officials in Kyiv said the port was hit.';
      const report = compareArticles({ text: a, path: 'a.html' }, { text: b, path: 'b.txt' });
      assert.strictEqual(report.alignment.identical, 1);
      assert.ok(!report.framing.some((f) => f.a.some((o) => /kiev|invasion/i.test(o.text))));
    });

    it('warns that non-English articles get no framing or tone analysis', () => {
      const report = compareArticles({ text: 'Москва заявила, что удар был нанесён по складу.' }, { text: 'Киев отверг это заявление.' });
      assert.ok(report.warnings.some((w) => /not in English/.test(w)));
    });

    it('analyses two unrelated 1 MB articles', function () {
      this.timeout(60000);
      const make = (seed: string) => {
        const words = seed.split(' ');
        const sentences: string[] = [];
        for (let i = 0; sentences.join(' ').length < 1_048_576 / 8; i++) {
          sentences.push(`${words[i % words.length]} ${words[(i * 7) % words.length]} ${words[(i * 13) % words.length]} ${words[(i * 3 + 1) % words.length]}.`);
        }
        return sentences.join(' ').repeat(8);
      };
      const report = compareArticles(
        { text: make('Harbour cranes loaded wheat while inspectors counted containers at the northern terminal') },
        { text: make('Parliament debated pensions as ministers defended budget cuts against opposition criticism') }
      );
      assert.ok(report.articles[0].characters >= 1_000_000 && report.articles[1].characters >= 1_000_000);
      assert.ok(report.similarity < 0.2);
    });
  });

  describe('on real coverage of one story (skipped when ../shared/articles is absent)', () => {
    const read = (prefix: string) => {
      const file = fs.readdirSync(SHARED).find((name) => name.startsWith(prefix));
      return fs.readFileSync(path.join(SHARED, file!), 'utf8');
    };
    const compare = (x: string, y: string) => {
      const a = read(x);
      const b = read(y);
      return { a, b, report: compareArticles({ text: a }, { text: b }) };
    };
    before(function () {
      if (!fs.existsSync(SHARED)) this.skip();
    });

    it('000 vs 001: nearly every sentence matched, rubbished against denied, defense/defence as spelling only', () => {
      const { a, b, report } = compare('000', '001');
      assert.ok(report.alignment.matched >= 14, `matched ${report.alignment.matched}`);
      assert.ok(contrastTerms(report, 'reporting-verb').some(([x, y]) => x.includes('rubbished') && y.some((t) => t.startsWith('denie'))));
      assert.ok(report.spelling.some((f) => f.a.some((o) => o.text === 'defense') && f.b.some((o) => o.text === 'defence')));
      assert.ok(report.changes.some((c) => c.category === 'spelling-variant' && c.a.text === 'defense' && c.b.text === 'defence'));
      assert.ok(!report.framing.some((f) => f.category === 'spelling-variant'));
      const readable = report.framing.filter((f) => f.contrast).length + report.changes.filter((c) => c.category !== 'spelling-variant').length;
      assert.ok(readable <= 10, `a short list, got ${readable}`);
      assertOffsets(report, a, b);
    });

    it('002 vs 004: the place-name contrast Kiev / Kyiv', () => {
      const { report } = compare('002', '004');
      assert.ok(contrastTerms(report, 'place-name').some(([x, y]) => x.includes('kiev') && y.includes('kyiv')));
    });

    it('001 vs 002: shared facts matched despite different wording, one-sided sentences listed', () => {
      const { report } = compare('001', '002');
      assert.ok(report.alignment.matched >= 3, `matched ${report.alignment.matched}`);
      const pairText = report.pairs.map((p) => p.b.map((i) => report.sentences.b[i]!.text).join(' '));
      assert.ok(pairText.some((t) => t.includes('Pakistan maintains a policy of non-interference')));
      assert.ok(report.onlyInA.length > 0 && report.onlyInB.length > 0);
      assert.ok(report.onlyInB.some((s) => s.text.includes('pumped Ukraine with arms')));
    });
  });
});
