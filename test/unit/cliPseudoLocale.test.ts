import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { getL10nPseudoLocalized } from '@vscode/l10n-dev';

const ROOT = path.resolve(__dirname, '../../..');
const A = path.join(ROOT, 'examples', 'harbour-gazette.txt');
const B = path.join(ROOT, 'examples', 'continental-wire.txt');

/**
 * The command line in the pseudo-locale: an installed copy (dist/ beside l10n/) with the
 * pseudo-localised bundle, run with LANG=qps-ploc. Every heading and table header of the
 * Markdown report, and a usage error, must come out accented; the article's words and the
 * lexicon's terms are the only plain English allowed in them.
 */
describe('the command line in the pseudo-locale', function () {
  this.timeout(30000);
  let install: string;

  before(function () {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) this.skip();
    install = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-pseudo-cli-'));
    fs.mkdirSync(path.join(install, 'dist'));
    fs.mkdirSync(path.join(install, 'l10n'));
    for (const file of ['cli.js', 'pageLibs.js']) fs.copyFileSync(path.join(ROOT, 'dist', file), path.join(install, 'dist', file));
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    fs.writeFileSync(path.join(install, 'l10n', 'bundle.l10n.qps-ploc.json'), JSON.stringify(getL10nPseudoLocalized(bundle)));
  });
  after(() => install && fs.rmSync(install, { recursive: true, force: true }));

  function run(lang: string, ...args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang };
    delete env['LC_ALL'];
    delete env['LC_MESSAGES'];
    const result = spawnSync(process.execPath, [path.join(install, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('writes the Markdown report’s headings and table headers in the language', () => {
    const { code, stdout } = run('qps-ploc', A, B);
    assert.strictEqual(code, 0);
    const lines = stdout.split('\n');
    const structure = lines.filter((line, i) => line.startsWith('#') || /^\|[ -:|]+\|$/.test(lines[i + 1] ?? ''));
    assert.ok(structure.length >= 8, `${structure.length} headings and table headers`);
    const allowed = new Set(
      [fs.readFileSync(A, 'utf8'), fs.readFileSync(B, 'utf8'), path.basename(A), path.basename(B), 'Framing Lens', ...lexiconTerms()]
        .join(' ')
        .toLowerCase()
        .match(/\p{L}+/gu)
    );
    const english = structure.flatMap((line) => (line.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 2 && /^[A-Za-z]+$/.test(w) && !allowed.has(w.toLowerCase())).map((w) => `${w} ← ${line}`));
    assert.deepStrictEqual(english, []);
  });

  it('says what is wrong with the command in the language, and in English under LANG=C', () => {
    const pseudo = run('qps-ploc', A);
    assert.strictEqual(pseudo.code, 2);
    assert.doesNotMatch(pseudo.stderr, /expected two or more/);
    assert.match(pseudo.stderr, /^framing-lens: \S/);
    const english = run('C', A);
    assert.strictEqual(english.code, 2);
    assert.match(english.stderr, /expected two or more article files/);
  });

  it('keeps the JSON’s shape and spans whatever the language', () => {
    const pseudo = JSON.parse(run('qps-ploc', A, B, '--format', 'json').stdout) as Record<string, unknown>;
    const english = JSON.parse(run('C', A, B, '--format', 'json').stdout) as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(pseudo), Object.keys(english));
    assert.deepStrictEqual(pseudo['changes'], english['changes']);
    assert.deepStrictEqual(pseudo['alignment'], english['alignment']);
  });
});

function lexiconTerms(): string[] {
  const dir = path.join(ROOT, 'src', 'core', 'lexicon', 'data');
  return fs.readdirSync(dir).flatMap((name) =>
    (JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { sets: { variants: { terms: string[] }[] }[] }).sets.flatMap((set) => set.variants.flatMap((v) => v.terms))
  );
}
