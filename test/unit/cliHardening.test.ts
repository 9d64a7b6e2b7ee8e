import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rendered } from '../../src/cli/writeOutput';
import { oneLine, UsageError } from '../../src/cli/usageError';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const A = path.join(ROOT, 'examples', 'harbour-gazette.txt');
const B = path.join(ROOT, 'examples', 'continental-wire.txt');

function run(args: readonly string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 2, nothing on stdout, one line on stderr matching `message`, no stack trace. */
function assertRefused(result: ReturnType<typeof run>, message: RegExp): void {
  assert.strictEqual(result.code, 2, result.stderr);
  assert.strictEqual(result.stdout, '');
  assert.match(result.stderr, message);
  assert.strictEqual(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.ok(!/\bat .*\.js:\d+/.test(result.stderr), 'no stack trace');
}

describe('framing-lens command line on hostile input and output', function () {
  this.timeout(60000);
  let tmp: string;
  let copy: string;
  const original = fs.readFileSync(A, 'utf8');

  before(() => {
    if (!fs.existsSync(CLI)) {
      const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(build.status, 0, build.stderr);
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-hostile-'));
    copy = path.join(tmp, 'article.txt');
    fs.writeFileSync(copy, original);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe('--out naming an input', () => {
    const cases: [string, () => string][] = [
      ['the same path', () => copy],
      ['another spelling of the path', () => path.join(tmp, '.', 'sub', '..', 'article.txt')],
      ['a symbolic link to it', () => link('link.txt', (to) => fs.symlinkSync(copy, to))],
      ['a hard link to it (same inode)', () => link('hard.txt', (to) => fs.linkSync(copy, to))],
    ];
    for (const [what, out] of cases) {
      it(`is refused for ${what}, and the article is untouched`, () => {
        fs.mkdirSync(path.join(tmp, 'sub'), { recursive: true });
        assertRefused(run([copy, B, '--out', out()]), /--out .* names the input .*article\.txt; the report is never written over an input/);
        assert.strictEqual(fs.readFileSync(copy, 'utf8'), original);
      });
    }

    it('is refused when it names a lexicon file', () => {
      const lexicon = path.join(tmp, 'extra.json');
      fs.writeFileSync(lexicon, JSON.stringify({ version: 1, sets: [] }));
      assertRefused(run([A, B, '--lexicon', lexicon, '--out', lexicon]), /names the input .*extra\.json/);
      assert.strictEqual(fs.readFileSync(lexicon, 'utf8'), JSON.stringify({ version: 1, sets: [] }));
    });

    function link(name: string, make: (to: string) => void): string {
      const to = path.join(tmp, name);
      fs.rmSync(to, { force: true });
      make(to);
      return to;
    }
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = path.join(tmp, 'big.txt');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 21 * 1024 * 1024);
    fs.closeSync(fd);
    assertRefused(run([big, B]), /big\.txt is too large \(21 MB; the limit is 20 MB\)/);
  });

  it('reads a device such as /dev/zero only up to the limit, then refuses it', function () {
    if (!fs.existsSync('/dev/zero')) this.skip();
    assertRefused(run(['/dev/zero', B]), /\/dev\/zero is too large \(more than 20 MB\)/);
  });

  it('reads an article from standard input for -', () => {
    const { code, stdout } = run(['-', B, '--format', 'json'], original);
    assert.strictEqual(code, 0);
    const report = JSON.parse(stdout) as { articles: { path: string; title: string; words: number }[]; framing: { a: { text: string; start: number; end: number }[] }[] };
    assert.strictEqual(report.articles[0]!.path, '(standard input)');
    assert.strictEqual(report.articles[0]!.title, 'standard input');
    for (const f of report.framing) for (const o of f.a) assert.strictEqual(original.slice(o.start, o.end), o.text);
  });

  it('takes standard input as one article only', () => {
    assertRefused(run(['-', '-', B], original), /standard input \(-\) can be only one of the articles/);
  });

  it('says how to read a Latin-1 file, and reads it with --encoding', () => {
    const latin = path.join(tmp, 'latin.txt');
    fs.writeFileSync(latin, Buffer.from('Caf\xe9 owners in Kyiv said the strike was brutal. Na\xefve hopes faded.', 'latin1'));
    assertRefused(run([latin, B]), /latin\.txt is not valid UTF-8 text \(a Latin-1 or Windows-1252 file reads with --encoding windows-1252\)/);
    const { code, stdout } = run([latin, B, '--encoding', 'windows-1252', '--format', 'json']);
    assert.strictEqual(code, 0);
    const report = JSON.parse(stdout) as { sentences: { a: { text: string }[] } };
    assert.ok(report.sentences.a[0]!.text.startsWith('Café owners'), report.sentences.a[0]!.text);
    assertRefused(run([latin, B, '--encoding', 'ebcdic']), /unknown encoding "ebcdic"/);
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${JSON.stringify(A)} ${JSON.stringify(B)} --format json | head -c 10 > /dev/null; echo "status \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    assert.strictEqual(result.stdout.trim(), 'status 0');
    assert.strictEqual(result.stderr, '');
  });

  it('says the disk is full in one line, to standard output or to --out', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const result = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${JSON.stringify(A)} ${JSON.stringify(B)} > /dev/full`], { encoding: 'utf8' });
    assert.strictEqual(result.status, 2);
    assert.match(result.stderr, /^framing-lens: cannot write the report \(the disk is full\)/);
    assertRefused(run([A, B, '--out', '/dev/full']), /cannot write \/dev\/full \(the disk is full\)/);
  });

  it('gives a deeply nested lexicon one short line', () => {
    const nested = path.join(tmp, 'nested.json');
    fs.writeFileSync(nested, `{"version":1,"sets":${'['.repeat(100000)}${']'.repeat(100000)}}`);
    assertRefused(run([A, B, '--lexicon', nested]), /nested\.json: sets\[0\] must be an object/);
  });

  it('echoes a huge lexicon value cut short, with control characters escaped', () => {
    const huge = path.join(tmp, 'huge.json');
    fs.writeFileSync(huge, JSON.stringify({ version: 1, sets: [{ id: `x\n\u001b[31mred${'y'.repeat(5000)}`, category: 'place-name', explanation: '', source: '', variants: [] }] }));
    const result = run([A, B, '--lexicon', huge]);
    assertRefused(result, /huge\.json: sets\[0\]\.id must be/);
    assert.ok(result.stderr.length < 400, `${result.stderr.length} characters`);
    assert.ok(result.stderr.includes('\\u000a\\u001b[31m'), result.stderr);
    assert.ok(!result.stderr.includes('\u001b'), 'no raw escape character');
  });

  describe('helpers', () => {
    it('turns a report too large for one string into a sentence', () => {
      assert.throws(
        () =>
          rendered(() => {
            throw new RangeError('Invalid string length');
          }),
        (error: unknown) => error instanceof UsageError && /too large to write as one piece/.test(error.message)
      );
      assert.throws(() => rendered(() => { throw new TypeError('other'); }), TypeError);
      assert.strictEqual(rendered(() => 'report'), 'report');
    });

    it('prints any message on one short line', () => {
      assert.strictEqual(oneLine('a\nb\u0007c\u2028d'), 'a\\u000ab\\u0007c\\u2028d');
      assert.strictEqual(oneLine('z'.repeat(1000)).length, 300);
    });
  });
});
