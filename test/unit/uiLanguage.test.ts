import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { signed } from '../../src/core/render/labels';
import { decimal, uiLanguage } from '../../src/core/l10n/uiLanguage';
import { renderHtmlDocument } from '../../src/core/render/html';
import { compareArticles } from '../../src/core/compare';

const bundle = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../l10n/bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
/** The bundle's key of the language tag, which a translation sets to its own. */
const TAG_KEY = Object.keys(bundle).find((key) => key.startsWith('en/'))!;

describe('the UI language of numbers and pages', () => {
  afterEach(() => l10n.config({ contents: {} }));

  it('is English without a translation: toFixed’s notation, a real minus sign, lang="en"', () => {
    assert.strictEqual(uiLanguage(), 'en');
    assert.strictEqual(signed(-0.1214, 3), '\u22120.121');
    assert.strictEqual(signed(2.5), '+3');
    assert.strictEqual(signed(-0.0004, 3), '0.000', 'what rounds to zero has no sign');
    assert.strictEqual(decimal(12345.67, 1), '12345.7', 'no grouping');
    assert.match(renderHtmlDocument(compareArticles({ text: 'Kyiv said.' }, { text: 'Kiev said.' })), /^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('follows the translation’s tag: decimal commas in German, its lang on exported pages', () => {
    assert.ok(TAG_KEY, 'the bundle has no language tag');
    l10n.config({ contents: { [TAG_KEY]: 'de' } });
    assert.strictEqual(signed(-0.1214, 3), '\u22120,121');
    assert.strictEqual(decimal(12345.67, 1), '12345,7');
    assert.match(renderHtmlDocument(compareArticles({ text: 'Kyiv said.' }, { text: 'Kiev said.' })), /<html lang="de">/);
  });

  it('falls back to English notation for a tag the engine does not know (the pseudo-locale’s)', () => {
    l10n.config({ contents: { [TAG_KEY]: 'ḗḗƞ' } });
    assert.strictEqual(decimal(0.5, 2), '0.50');
  });
});
