import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareArticles } from '../../src/core/compare';
import { renderReportBody } from '../../src/core/render/htmlSections';
import { toneModelOf } from '../../src/core/views/toneModel';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const read = (name: string) => ({ text: fs.readFileSync(path.join(EXAMPLES, name), 'utf8'), path: name, title: name });

describe('the report as a reader meets it', () => {
  const report = compareArticles(read('harbour-gazette.txt'), read('continental-wire.txt'));
  const body = renderReportBody(report, { interactive: true, pageSize: 50 });

  it('names each article by its headline, the file name beside its counts', () => {
    assert.strictEqual(report.articles[0].headline, 'Drone attack damages grain terminal in Odesa');
    assert.match(body, /<div class="fl-title">Drone attack damages grain terminal in Odesa<\/div><div class="fl-muted">harbour-gazette\.txt · \d+ paragraphs/);
  });

  it('leads with the key findings, and lets every section fold', () => {
    const sections = [...body.matchAll(/<section id="([^"]+)"[^>]*>(<details class="fl-fold" open><summary><h2)?/g)];
    assert.ok(sections.length >= 7, `${sections.length} sections`);
    assert.strictEqual(sections[0]![1], 'fl-findings');
    for (const section of sections) assert.ok(section[2], `${section[1]} does not fold`);
  });

  it('shows no internal identifier of a lexicon set', () => {
    // Ids of one word are words of the articles too ("brutal"); compound ones never are.
    const ids = report.framing.map((entry) => entry.setId).filter((id) => id.includes('-'));
    assert.ok(ids.length > 0);
    for (const id of ids) assert.ok(!body.includes(`>${id}<`) && !body.includes(` ${id} `), id);
  });

  it('names the Tone cards by headline, not by file name', () => {
    const model = toneModelOf(report);
    assert.deepStrictEqual(model.articles.map((a) => a.title), ['Drone attack damages grain terminal in Odesa', 'Strike hits Odessa port facility used for military cargo, Moscow says']);
  });
});

describe('the report’s colours', () => {
  it('are the editor’s: each category’s defaults are the manifest’s, and its theme colour applies in VS Code', async () => {
    const { CATEGORY_COLORS, themeVariable } = await import('../../src/core/render/categoryColors');
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { contributes: { colors: { id: string; defaults: { light: string; dark: string } }[] } };
    const colors = new Map(manifest.contributes.colors.map((c) => [c.id, c.defaults]));
    for (const [category, color] of Object.entries(CATEGORY_COLORS)) {
      const defaults = colors.get(`framingLens.${color.id}`);
      assert.ok(defaults, `${category}: no colour framingLens.${color.id}`);
      assert.deepStrictEqual({ light: color.light, dark: color.dark }, { light: defaults.light, dark: defaults.dark }, category);
    }
    assert.strictEqual(themeVariable('framing.placeName'), '--vscode-framingLens-framing-placeName');
  });

  it('underline each framing row’s words in its category’s colour, with a swatch', async () => {
    const { REPORT_CSS } = await import('../../src/core/render/reportCss');
    const report = compareArticles(read('harbour-gazette.txt'), read('continental-wire.txt'));
    const body = renderReportBody(report);
    assert.match(body, /<tr class="fl-contrast fl-cat-place-name"><td data-label="Set"><div class="fl-set"><span class="fl-swatch" aria-hidden="true"><\/span>Place and person names/);
    assert.match(REPORT_CSS, /\.fl-cat-place-name \{ --fl-cat: var\(--vscode-framingLens-framing-placeName, #0E7C86\); \}/);
  });
});
