import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareCollection } from '../../src/core/collection/compareCollection';
import { compareArticles } from '../../src/core/compare';
import { renderReport, renderCollection } from '../../src/core/render';
import { renderCollectionBody } from '../../src/core/render/collectionSections';
import { renderReportBody } from '../../src/core/render/htmlSections';
import type { CollectionReport } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'collection');
/** The dam breach four ways: Odessa in "daily", the engineers' warning left out of "gazette", paragraphs reordered in "herald". */
const NAMES = ['wire', 'daily', 'gazette', 'herald'] as const;
const texts = NAMES.map((n) => fs.readFileSync(path.join(FIXTURES, `${n}.txt`), 'utf8'));

const HOSTILE_TITLE = 'The <script>alert(1)</script> | *Daily* _Bugle_';
/** A sentence no other outlet carries, written to break out of HTML and Markdown. */
const HOSTILE_SENTENCE = 'A reader wrote <script>alert("x")</script> & <img src=x onerror=alert(2)> | **loud** [link](http://x).';

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The Markdown table that follows a heading, as rows of cells (escaped pipes kept inside cells). */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `no ${heading}`);
  const rows: string[][] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
  }
  return rows;
}

describe('collection report rendering', () => {
  const report = compareCollection(NAMES.map((n, k) => ({ text: texts[k]!, path: `${n}.txt` })));
  const markdown = renderCollection(report, 'markdown');

  describe('Markdown', () => {
    it('names the outlets, then leads with the key points and the variant matrix', () => {
      const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
      assert.deepStrictEqual(headings, [
        '## Key points',
        '## Who uses which words',
        '## Which outlets carry each fact',
        '## Sentences only one outlet carries',
        '## Similarity',
        '## A against each other outlet',
      ]);
      assert.match(markdown, /^# Framing Lens: 4 outlets compared\n\n- \*\*A:\*\* Dam breach floods villages near Odesa — 7 sentences, 79 words \(wire\.txt\)\n/);
      assert.match(markdown, /^- Odesa: A, C and D · Odessa: B \\\(place and person names\\\)$/m);
    });

    it('gives the Odesa/Odessa row the variant each outlet writes, with a count', () => {
      const rows = tableAfter(markdown, '## Who uses which words');
      assert.deepStrictEqual(rows[0], ['Words for', 'A', 'B', 'C', 'D']);
      const odesa = rows.find((row) => row[0]!.includes('Odesa / Odessa'));
      assert.ok(odesa, 'no Odesa / Odessa row');
      assert.strictEqual(rows[2], odesa, 'the contrast is the first row');
      assert.deepStrictEqual(odesa.slice(1), ['Odesa ×2', 'Odessa ×2', 'Odesa', 'Odesa ×2']);
      assert.match(odesa[0]!, /outlets differ/);
      assert.ok(!markdown.includes('odesa-odessa'), 'no lexicon ids');
      const warned = rows.find((row) => row[0] === 'Reporting verbs: warned');
      assert.deepStrictEqual(warned?.slice(1), ['warned', 'warned', '—', 'warned'], 'the gazette does not tell the warning');
    });

    it('says which outlet leaves out the engineers’ warning: the gazette', () => {
      const line = markdown.split('\n').find((l) => l.includes('Engineers had warned'));
      assert.ok(line);
      assert.match(line, /in A, B and D; left out by \*\*C\*\*$/);
      assert.match(markdown, /^- \*\*C:\*\* Six villages under water after Dniester dam breach — .*\(gazette\.txt\)$/m);
      assert.match(markdown, /^- C leaves out 1 fact that other outlets carry\.$/m);
      assert.match(markdown, /^### Facts all 4 outlets carry \(6\)$/m);
    });

    it('gives a similarity matrix in percent and each pair’s key findings and counts', () => {
      const rows = tableAfter(markdown, '## Similarity');
      assert.deepStrictEqual(rows[2], ['**A**', '—', '100 %', '91 %', '100 %']);
      assert.match(markdown, /^### A · Dam breach floods villages near Odesa vs C · Six villages under water after Dniester dam breach$/m);
      assert.match(markdown, /^\*In this pair, “A” is A and “B” is C\.\*$/m);
      assert.match(markdown, /^1\. A writes “Odesa” where B writes “Odessa”/m);
      assert.strictEqual(markdown.match(/^- Similarity: /gm)?.length, 3);
    });

    it('escapes a hostile outlet name and sentence, and keeps the tables whole', () => {
      const hostile = compareCollection([
        { text: texts[0]!, path: 'wire.txt' },
        { text: `${texts[1]}\n${HOSTILE_SENTENCE}\n`, path: 'daily|*x*.txt', title: HOSTILE_TITLE },
        { text: texts[2]!, path: 'gazette.txt' },
      ]);
      const md = renderCollection(hostile, 'markdown');
      assert.ok(!/<script|<img/i.test(md), 'no raw HTML from an article');
      assert.ok(md.includes('The &lt;script\\>alert\\(1\\)&lt;/script\\> \\| \\*Daily\\* \\_Bugle\\_'), 'the title is escaped');
      assert.ok(md.includes('\\*\\*loud\\*\\* \\[link\\]\\(http://x\\)'), 'the sentence is escaped');
      assert.ok(md.includes('(daily\\|\\*x\\*.txt)'), 'the path is escaped');
      assert.ok(!/(?<!\\)\*Daily/.test(md), 'no emphasis from the title');
      for (const heading of ['## Who uses which words', '## Similarity']) {
        for (const row of tableAfter(md, heading)) assert.strictEqual(row.length, 4, `${heading}: ${row.join(' | ')}`);
      }
    });
  });

  describe('HTML', () => {
    const html = renderCollection(report, 'html');
    const interactive = renderCollectionBody(report, { interactive: true });

    it('is one self-contained document without scripts or inline styles', () => {
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /default-src 'none'/);
      assert.ok(!/<script/i.test(html) && !/<script/i.test(interactive));
      assert.ok(!/\sstyle=/i.test(html) && !/\sstyle=/i.test(interactive));
      assert.strictEqual(html.match(/<style>/g)?.length, 1);
    });

    it('shows the Odesa/Odessa row with each outlet’s variant in its column', () => {
      const row = html.match(/<tr class="fl-contrast"><td data-label="Words for">.*?<\/tr>/)?.[0];
      assert.ok(row, 'no contrast row');
      assert.match(row, /Place and person names: Odesa \/ Odessa/);
      const cells = [...row.matchAll(/<td data-label="([A-D])">(.*?)<\/td>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, '')]);
      assert.deepStrictEqual(cells, [
        ['A', 'Odesa ×2'],
        ['B', 'Odessa ×2'],
        ['C', 'Odesa'],
        ['D', 'Odesa ×2'],
      ]);
    });

    it('names the gazette as the outlet that leaves out the warning, and folds the facts all carry', () => {
      const row = html.match(/<tr><td data-label="Fact">.*?<\/tr>/)?.[0];
      assert.ok(row);
      assert.match(row, /Engineers had warned/);
      assert.match(row, /<td data-label="Left out by" class="fl-gap"><span class="fl-badge" aria-label="Article C">C<\/span><\/td>/);
      assert.match(html, /<details class="fl-more"><summary>6 facts all 4 outlets carry<\/summary>/);
    });

    it('gives every pair its full body in a details element, the first one open', () => {
      const pairs = [...html.matchAll(/<details class="fl-pair" data-a="(\d)" data-b="(\d)"( open)?>/g)].map((m) => [m[1], m[2], Boolean(m[3])]);
      assert.deepStrictEqual(pairs, [
        ['0', '1', true],
        ['0', '2', false],
        ['0', '3', false],
      ]);
      assert.strictEqual(html.match(/Wording changes in corresponding sentences/g)?.length, 3);
    });

    it('has unique ids, and every contents link points to one', () => {
      for (const doc of [html, interactive]) {
        const ids = [...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
        assert.ok(ids.length > 40);
        assert.strictEqual(new Set(ids).size, ids.length, ids.filter((id, i) => ids.indexOf(id) !== i).join(', '));
        for (const [, target] of doc.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(target!), target);
        for (const [, target] of doc.matchAll(/aria-labelledby="([^"]+)"/g)) assert.ok(ids.includes(target!), target);
      }
    });

    it('links article text to its article when interactive, and every link slices that article', () => {
      const spans = [...interactive.matchAll(/<span[^>]*? data-article="(\d+)" data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)<\/span>/g)];
      assert.strictEqual(spans.length, interactive.match(/data-article=/g)?.length, 'no link wraps other markup');
      assert.ok(spans.length > 15, `only ${spans.length}`);
      const articles = new Set<number>();
      for (const [, article, start, end, inner] of spans) {
        const k = Number(article);
        articles.add(k);
        assert.strictEqual(texts[k]!.slice(Number(start), Number(end)), unescapeHtml(inner!), `article ${k} ${start}-${end}`);
      }
      assert.deepStrictEqual([...articles].sort(), [0, 1, 2, 3]);
      assert.ok(interactive.includes('data-side="b"'), 'the pair bodies keep their sides');
      assert.ok(!html.includes('data-article="') && !html.includes('data-side="'), 'the exported file stays plain');
    });

    it('escapes a hostile outlet name and sentence', () => {
      const hostile = compareCollection([
        { text: texts[0]!, path: 'wire.txt' },
        { text: `${texts[1]}\n${HOSTILE_SENTENCE}\n`, path: '"><b>x</b>.txt', title: HOSTILE_TITLE },
        { text: texts[2]!, path: 'gazette.txt' },
      ]);
      for (const doc of [renderCollection(hostile, 'html'), renderCollectionBody(hostile, { interactive: true })]) {
        assert.ok(!/<script|<img|<b>/i.test(doc), 'no markup from an article');
        assert.ok(doc.includes('The &lt;script&gt;alert(1)&lt;/script&gt; | *Daily* _Bugle_'));
        assert.ok(doc.includes('&lt;img src=x onerror=alert(2)&gt;'));
      }
    });
  });

  it('prints JSON as the report itself', () => {
    const json = renderCollection(report, 'json');
    assert.ok(json.endsWith('}\n'));
    assert.deepStrictEqual(JSON.parse(json), JSON.parse(JSON.stringify(report)) as CollectionReport);
  });

  it('leaves the pair report as it was unless an id prefix is asked for', () => {
    const pair = compareArticles({ text: texts[0]!, path: 'wire.txt' }, { text: texts[1]!, path: 'daily.txt' });
    const plain = renderReportBody(pair, { interactive: true });
    assert.ok(plain.includes('<section id="fl-findings" aria-labelledby="fl-findings-h">') && plain.includes('href="#fl-findings"'));
    const prefixed = renderReportBody(pair, { interactive: true, idPrefix: 'pair-0-1-' });
    assert.strictEqual(prefixed.replace(/pair-0-1-fl-/g, 'fl-'), plain);
    assert.ok(renderReport(pair, 'html').includes(renderReportBody(pair)), 'the exported pair file is built from the same body');
  });
});
