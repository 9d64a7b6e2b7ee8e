import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const A = path.join(ROOT, 'examples', 'harbour-gazette.txt');
const B = path.join(ROOT, 'examples', 'continental-wire.txt');
/** Four outlets on one dam breach (see test/unit/collection.test.ts). */
const OUTLETS = ['wire', 'daily', 'gazette', 'herald'].map((n) => path.join(ROOT, 'test', 'fixtures', 'collection', `${n}.txt`));

/** Every record with `text`, `start` and `end` and an `article` index, outside the pair comparisons. */
function articleSpans(value: unknown): { article: number; text: string; start: number; end: number }[] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.article === 'number' && typeof record.text === 'string' ? [record as never] : [];
  return [...own, ...Object.values(record).flatMap(articleSpans)];
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('framing-lens command line', function () {
  this.timeout(30000);
  let tmp: string;

  before(() => {
    if (!fs.existsSync(CLI)) {
      const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(build.status, 0, build.stderr);
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints a readable Markdown report by default', () => {
    const { code, stdout } = run(A, B);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^# Framing Lens report/);
    assert.match(stdout, /## Framing/);
    assert.match(stdout, /Odesa.*Odessa/);
  });

  it('prints JSON in the documented shape, every text equal to its slice of the file', () => {
    const { code, stdout } = run(A, B, '--format', 'json');
    assert.strictEqual(code, 0);
    const report = JSON.parse(stdout);
    assert.strictEqual(report.schemaVersion, 1);
    assert.strictEqual(report.articles[0].label, 'A');
    assert.strictEqual(report.articles[0].path, A);
    for (const key of ['sentences', 'words']) assert.strictEqual(typeof report.articles[1][key], 'number');
    assert.strictEqual(typeof report.articles[0].sentiment.score, 'number');
    assert.strictEqual(typeof report.similarity, 'number');
    const texts = [fs.readFileSync(A, 'utf8'), fs.readFileSync(B, 'utf8')];
    let checked = 0;
    for (const entry of report.framing) {
      assert.strictEqual(typeof entry.setId, 'string');
      assert.strictEqual(typeof entry.contrast, 'boolean');
      ['a', 'b'].forEach((side, i) => {
        for (const o of entry[side]) {
          assert.strictEqual(texts[i]!.slice(o.start, o.end), o.text);
          checked++;
        }
      });
    }
    for (const change of report.changes) {
      assert.strictEqual(change.kind, 'substitution');
      assert.strictEqual(texts[0]!.slice(change.a.start, change.a.end), change.a.text);
      assert.strictEqual(texts[1]!.slice(change.b.start, change.b.end), change.b.text);
      checked++;
    }
    assert.ok(checked > 10);
  });

  it('writes HTML to --out with article text escaped and no scripts', () => {
    const hostile = path.join(tmp, 'hostile.html');
    fs.writeFileSync(hostile, '<p>Officials in Kyiv said the port was hit &lt;script&gt;alert(1)&lt;/script&gt;.</p><script>alert(2)</script>');
    const out = path.join(tmp, 'report.html');
    const { code, stdout } = run(hostile, B, '--format', 'html', '--out', out);
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout, '');
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /default-src 'none'/);
    assert.ok(!/<script/i.test(html), 'no script element in the export');
  });

  it('removes a leading BOM, so offsets count from the first character after it', () => {
    const bom = path.join(tmp, 'bom.txt');
    fs.writeFileSync(bom, '\uFEFF' + fs.readFileSync(A, 'utf8'));
    const report = JSON.parse(run(bom, B, '--format', 'json').stdout);
    const place = report.framing.find((f: { category: string }) => f.category === 'place-name' && /odes/i.test(JSON.stringify(f)));
    const text = fs.readFileSync(A, 'utf8');
    assert.strictEqual(text.slice(place.a[0].start, place.a[0].end), place.a[0].text);
  });

  it('adds the sets of a --lexicon file', () => {
    const lexicon = path.join(tmp, 'port.framing-lexicon.json');
    fs.writeFileSync(
      lexicon,
      JSON.stringify({
        version: 1,
        sets: [
          {
            id: 'casualty-wording',
            category: 'event-label',
            explanation: 'How harm to people is described.',
            source: 'Test',
            variants: [
              { id: 'injure', terms: ['injure'], note: 'Clinical.' },
              { id: 'hurt', terms: ['hurt'], note: 'Everyday.' },
            ],
          },
        ],
      })
    );
    const report = JSON.parse(run(A, B, '--format', 'json', '--lexicon', lexicon).stdout);
    const entry = report.framing.find((f: { setId: string }) => f.setId === 'casualty-wording');
    assert.ok(entry && entry.contrast, JSON.stringify(entry));
    assert.deepStrictEqual([entry.a[0].text, entry.b[0].text], ['injuring', 'hurt']);
  });

  for (const count of [3, 4]) {
    it(`prints the collection report for ${count} files, every span slicing the file it names`, () => {
      const files = OUTLETS.slice(0, count);
      const { code, stdout } = run(...files, '--format', 'json');
      assert.strictEqual(code, 0);
      const report = JSON.parse(stdout);
      assert.strictEqual(report.schemaVersion, 2);
      assert.deepStrictEqual(
        report.articles.map((a: { label: string; path: string }) => [a.label, a.path]),
        files.map((f, k) => ['ABCD'[k], f])
      );
      assert.strictEqual(report.articles[2].title, 'Six villages under water after Dniester dam breach', 'named by its headline, not its file');
      assert.strictEqual(report.similarity.length, count);
      assert.strictEqual(report.comparisons.length, count - 1);
      const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
      const { comparisons: _pairs, ...collection } = report;
      const spans = articleSpans(collection);
      assert.ok(spans.length > 20, `only ${spans.length} spans`);
      for (const span of spans) assert.strictEqual(texts[span.article]!.slice(span.start, span.end), span.text);
    });
  }

  it('prints the collection as Markdown that leads with the variant matrix after the outlets', () => {
    const { code, stdout } = run(...OUTLETS.slice(0, 3));
    assert.strictEqual(code, 0);
    assert.match(stdout, /^# Framing Lens: 3 outlets compared\n\n- \*\*A:\*\* Dam breach floods villages near Odesa/);
    const headings = stdout.split('\n').filter((line) => line.startsWith('## '));
    assert.deepStrictEqual(headings.slice(0, 3), ['## Key points', '## Who uses which words', '## Which outlets carry each fact']);
    const firstTable = stdout.split('\n').find((line) => line.startsWith('|'));
    assert.strictEqual(firstTable, '| Words for | A | B | C |');
    assert.match(stdout, /\| Place and person names: Odesa \/ Odessa \*\(outlets differ\)\* \| Odesa ×2 \| Odessa ×2 \| Odesa \|/);
  });

  it('writes the collection as HTML to --out, without scripts', () => {
    const out = path.join(tmp, 'collection.html');
    const { code, stdout } = run(...OUTLETS, '--format', 'html', '--out', out);
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout, '');
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(html));
    assert.match(html, /Framing Lens: 4 outlets compared/);
  });

  it('still compares a file with itself when given two files', () => {
    const { code, stdout } = run(A, A, '--format', 'json');
    assert.strictEqual(code, 0);
    assert.strictEqual(JSON.parse(stdout).schemaVersion, 1);
  });

  const failures: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => [path.join(tmp, 'nope.txt'), B], /no such file/],
    ['a directory', () => [tmp, B], /is a directory/],
    ['a binary file', () => [writeBinary(), B], /not a text file/],
    ['invalid UTF-8', () => [writeLatin1(), B], /not valid UTF-8/],
    ['an unknown option', () => [A, B, '--colour'], /unknown option --colour/],
    ['an unknown format', () => [A, B, '--format', 'pdf'], /unknown format "pdf"/],
    ['one file only', () => [A], /expected two or more article files, got 1/],
    ['a missing file among three', () => [...OUTLETS.slice(0, 2), path.join(tmp, 'nope.txt')], /nope\.txt: no such file/],
    ['a file given twice among three', () => [OUTLETS[0]!, OUTLETS[1]!, OUTLETS[0]!], /wire\.txt is given twice \(framing-lens --help/],
    ['a file given twice under another path', () => [OUTLETS[0]!, OUTLETS[1]!, [path.dirname(OUTLETS[1]!), '.', 'daily.txt'].join(path.sep), OUTLETS[2]!], /daily\.txt is given twice \(also as /],
    ['an invalid lexicon', () => [A, B, '--lexicon', writeBadLexicon()], /category/],
  ];
  for (const [what, args, message] of failures) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const { code, stdout, stderr } = run(...args());
      assert.strictEqual(code, 2);
      assert.strictEqual(stdout, '');
      assert.match(stderr, message);
      assert.strictEqual(stderr.trim().split('\n').length, 1, stderr);
      assert.ok(!/\bat .*\.js:\d+/.test(stderr), 'no stack trace');
    });
  }

  function writeBinary(): string {
    const file = path.join(tmp, 'image.png');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    return file;
  }
  function writeLatin1(): string {
    const file = path.join(tmp, 'latin1.txt');
    fs.writeFileSync(file, Buffer.from('Caf\xe9 in Kyiv', 'latin1'));
    return file;
  }
  function writeBadLexicon(): string {
    const file = path.join(tmp, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, sets: [{ id: 'x', category: 'bogus', variants: [] }] }));
    return file;
  }
});
