import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getL10nJson, getL10nPseudoLocalized } from '@vscode/l10n-dev';

const ROOT = path.resolve(__dirname, '../../..');
const BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.json');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** The message of a bundle entry: a string, or `{ message, comment }`. */
function message(value: unknown): string {
  return typeof value === 'string' ? value : (value as { message: string }).message;
}

describe('the string bundle (l10n/bundle.l10n.json)', function () {
  // Parsing every source file with tree-sitter takes a few seconds.
  this.timeout(60_000);
  let extracted: Record<string, unknown>;
  before(async () => {
    const files = sources(path.join(ROOT, 'src')).map((file) => ({ extension: '.ts', contents: fs.readFileSync(file, 'utf8') }));
    extracted = await getL10nJson(files);
  });

  it('holds exactly the strings the code localises: run `npm run l10n` after changing one', () => {
    const committed = JSON.parse(fs.readFileSync(BUNDLE, 'utf8')) as Record<string, unknown>;
    const missing = Object.keys(extracted).filter((key) => !(key in committed));
    const unused = Object.keys(committed).filter((key) => !(key in extracted));
    assert.deepStrictEqual({ missing, unused }, { missing: [], unused: [] });
    assert.ok(Object.keys(extracted).length > 30, `${Object.keys(extracted).length} strings`);
  });

  it('keeps every placeholder through translation, as the pseudo-locale shows', () => {
    const pseudo = getL10nPseudoLocalized(extracted as Record<string, string>);
    for (const [key, value] of Object.entries(extracted)) {
      const placeholders = (text: string) => [...text.matchAll(/\{[\w]+\}/g)].map((m) => m[0]).sort();
      assert.deepStrictEqual(placeholders(message(pseudo[key])), placeholders(message(value)), key);
      assert.notStrictEqual(message(pseudo[key]), message(value), `the pseudo-locale leaves “${key}” unchanged`);
    }
  });
});
