import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { configureCliStrings, localeCandidates } from '../../src/cli/locale';

describe('the CLI’s language', () => {
  it('comes from LC_ALL, then LC_MESSAGES, then LANG, most specific first', () => {
    assert.deepStrictEqual(localeCandidates({ LANG: 'pt_BR.UTF-8' }), ['pt-br', 'pt']);
    assert.deepStrictEqual(localeCandidates({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR' }), ['fr-fr', 'fr']);
    assert.deepStrictEqual(localeCandidates({ LANG: 'de_DE', LC_MESSAGES: 'fr_FR', LC_ALL: 'ja_JP.UTF-8' }), ['ja-jp', 'ja']);
    assert.deepStrictEqual(localeCandidates({ LANG: 'sr_RS@latin' }), ['sr-rs', 'sr']);
    assert.deepStrictEqual(localeCandidates({ LANG: 'qps-ploc' }), ['qps-ploc', 'qps']);
    assert.deepStrictEqual(localeCandidates({ LANG: 'de' }), ['de']);
  });

  it('needs no bundle in English, C, POSIX, an empty or a malformed locale', () => {
    for (const LANG of ['en_US.UTF-8', 'en', 'C', 'C.UTF-8', 'POSIX', '', '../../etc', 'x y']) assert.deepStrictEqual(localeCandidates({ LANG }), [], LANG);
    assert.deepStrictEqual(localeCandidates({}), []);
    assert.deepStrictEqual(localeCandidates({ LC_ALL: '', LANG: 'de_DE' }), ['de-de', 'de'], 'an empty variable is skipped');
  });

  describe('bundle', () => {
    let root: string;
    before(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-locale-'));
      fs.mkdirSync(path.join(root, 'dist'));
      fs.mkdirSync(path.join(root, 'l10n'));
      fs.writeFileSync(path.join(root, 'l10n', 'bundle.l10n.de.json'), JSON.stringify({ 'Probe {0}': 'Probe auf Deutsch {0}' }));
      fs.writeFileSync(path.join(root, 'l10n', 'bundle.l10n.fr.json'), '{ not json');
    });
    after(() => {
      // Back to English for the other tests of this process.
      l10n.config({ contents: {} });
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('is read from l10n/ beside dist/, falling back from the region to the language', () => {
      assert.strictEqual(configureCliStrings({ LANG: 'de_AT.UTF-8' }, path.join(root, 'dist')), 'de');
      assert.strictEqual(l10n.t('Probe {0}', 7), 'Probe auf Deutsch 7');
    });

    it('leaves the strings English when the language has none, or it cannot be read', () => {
      l10n.config({ contents: {} });
      assert.strictEqual(configureCliStrings({ LANG: 'it_IT' }, path.join(root, 'dist')), undefined);
      assert.strictEqual(configureCliStrings({ LANG: 'fr_FR' }, path.join(root, 'dist')), undefined);
      assert.strictEqual(l10n.t('Probe {0}', 7), 'Probe 7');
    });
  });
});
