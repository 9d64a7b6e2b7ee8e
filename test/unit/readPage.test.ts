import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareArticles } from '../../src/core/compare';
import { renderReport } from '../../src/core/render/index';
import type { Report, TextSpan } from '../../src/core/types';

const PAGES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'pages');
const read = (name: string) => fs.readFileSync(path.join(PAGES, name), 'utf8');

/** Every `{ start, end, text }` in a report, keyed findings aside (they carry no text). */
function spans(value: unknown, out: TextSpan[] = []): TextSpan[] {
  if (Array.isArray(value)) for (const item of value) spans(item, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') out.push(record as unknown as TextSpan);
    for (const child of Object.values(record)) spans(child, out);
  }
  return out;
}

/** The corresponding sentences of a pair, as their words: what an analyst compares. */
function correspondences(report: Report): string[] {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  const sentence = (side: 'a' | 'b', i: number) => words(report.sentences[side][i]!.text);
  return report.pairs.map((p) => `${p.a.map((i) => sentence('a', i)).join(' ')} ⇄ ${p.b.map((i) => sentence('b', i)).join(' ')}`);
}

/**
 * A saved web page (navigation, cookie banner, byline, caption, share bar, most-read list,
 * newsletter box, footer, scripts and entities around one article) compared with another
 * outlet's report, against the same article as plain text compared with that report.
 */
describe('a web page read as its article', () => {
  const page = read('harbour-page.html');
  const plain = read('harbour-page.txt');
  const wire = read('harbour-wire.txt');
  const fromPage = compareArticles({ text: page, path: 'harbour-page.html' }, { text: wire, path: 'harbour-wire.txt' });
  const fromText = compareArticles({ text: plain, path: 'harbour-page.txt' }, { text: wire, path: 'harbour-wire.txt' });

  it('finds the same corresponding sentences as the plain-text article does', () => {
    assert.ok(fromText.pairs.length >= 8, `${fromText.pairs.length} pairs`);
    const normalise = (lines: string[]) => lines.map((line) => line.replace(/“ /g, '“').replace(/ ”/g, '”').replace(/ (?=[.,’])|(?<=[’£]) /g, ''));
    assert.deepStrictEqual(normalise(correspondences(fromPage)).map((l) => l.split(' ⇄ ')[1]), normalise(correspondences(fromText)).map((l) => l.split(' ⇄ ')[1]));
    assert.deepStrictEqual(fromPage.onlyInB.map((s) => s.text), fromText.onlyInB.map((s) => s.text));
    assert.strictEqual(fromPage.sentences.a.length, fromText.sentences.a.length);
  });

  it('finds the word differences the plain-text article has: an apostrophe written as a reference is the apostrophe', () => {
    // As a reader sees the words: the reference's padding (spaces, word joiners) dropped.
    const seen = (text: string) => text.replace(/\u2060/g, '').replace(/\s+/g, ' ').replace(/(?<=[“£—]) | (?=[”.,])/g, '');
    const differences = (report: Report) => report.pairs.flatMap((p) => p.diffs.map((d) => `${d.kind}: ${seen(d.a.text)} → ${seen(d.b.text)}`));
    assert.ok(differences(fromText).length >= 10, differences(fromText).join('\n'));
    assert.deepStrictEqual(differences(fromPage), differences(fromText));
    assert.ok(!differences(fromPage).some((d) => /(^|[: ])s( |$)/.test(d)), 'no possessive s read as a word of its own');
  });

  it('has no page furniture among its sentences, and lists the furniture as left out', () => {
    const sentences = fromPage.sentences.a.map((s) => s.text).join('\n');
    for (const furniture of ['cookies', 'Most read', 'newsletter', 'Share this article', 'All rights reserved', 'Merrow Courier Media', 'Ines Tamsworth', 'Photograph']) {
      assert.ok(!sentences.includes(furniture), `${furniture} is a sentence`);
    }
    const reasons = new Set(fromPage.excluded.a.map((run) => run.reason));
    for (const reason of ['page-title', 'navigation', 'banner', 'caption', 'share-bar', 'related-links', 'footer'] as const) assert.ok(reasons.has(reason), `no ${reason} in ${[...reasons].join(', ')}`);
    for (const run of fromPage.excluded.a) assert.strictEqual(run.text, page.slice(run.start, run.end));
    assert.ok(fromPage.excluded.a.every((run) => run.display === undefined || !/[<>]/.test(run.display)));
  });

  it('gives every span of the JSON report as a slice of the HTML file', () => {
    const json = JSON.parse(renderReport(fromPage, 'json', [page, wire])) as Report;
    const all = spans(json);
    assert.ok(all.length > 100, `${all.length} spans`);
    for (const span of all) {
      assert.ok(page.slice(span.start, span.end) === span.text || wire.slice(span.start, span.end) === span.text, JSON.stringify(span));
    }
    for (const sentence of json.sentences.a) {
      assert.strictEqual(sentence.text, page.slice(sentence.start, sentence.end));
      const display = (sentence as { display?: string }).display ?? sentence.text;
      assert.doesNotMatch(display, /<|&[a-z]+;/, display);
    }
  });
});
