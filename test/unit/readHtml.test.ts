import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readHtml } from '../../src/core/extract/html';
import { parseHtmlTree } from '../../src/core/extract/htmlTree';
import { MAX_READABILITY_NODES, readabilityKeeps } from '../../src/core/extract/mainContent';
import type { ExclusionReason, ReadText } from '../../src/core/extract/types';
import { BLOCK_ELEMENTS } from '../../src/core/text/maskMarkup';
import { segment } from '../../src/core/text/segment';

const PAGES = path.resolve(__dirname, '../../../test/fixtures/pages');
const page = fs.readFileSync(path.join(PAGES, 'harbour-page.html'), 'utf8');
const twin = fs.readFileSync(path.join(PAGES, 'harbour-page.txt'), 'utf8');

/**
 * Words as letters and digits, an apostrophe splitting a word on both sides, and the word
 * joiners that pad an apostrophe written as a reference ("town&rsquo;s") dropped.
 */
function words(text: string): string[] {
  return text.replace(/\u2060/g, '').replace(/['’]/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether offset `i` lies in a character reference: after an `&` with no space or tag between. */
function inReference(text: string, i: number): boolean {
  const amp = text.lastIndexOf('&', i);
  return amp >= 0 && !/[\s<>]/.test(text.slice(amp, i + 1));
}

/** The invariants every reading keeps, whatever the input. */
function assertWellFormed(text: string, read: ReadText): void {
  assert.strictEqual(read.visible.length, text.length, 'same length as the file');
  for (let i = 0; i < text.length; i++) {
    const v = read.visible[i]!;
    const t = text[i]!;
    if (t === '\n' || t === '\r') assert.strictEqual(v, t, `line break kept at ${i}`);
    else if (v !== t && v !== ' ') {
      // A line break at a tag's '<', or a character reference's character (in the reference's place).
      assert.ok((v === '\n' && t === '<') || inReference(text, i), `unexpected ${JSON.stringify(v)} at ${i}`);
    }
  }
  let previousEnd = 0;
  for (const run of read.excluded) {
    assert.ok(run.start >= previousEnd && run.start < run.end && run.end <= text.length, `run ${run.start}-${run.end} in order`);
    assert.ok(/\S/.test(text[run.start]!) && /\S/.test(text[run.end - 1]!), 'a run starts and ends on a left-out character');
    assert.ok(!/\S/.test(read.visible.slice(run.start, run.end)), 'nothing in a run is visible');
    previousEnd = run.end;
  }
}

/** The run whose slice of the file contains `phrase`. */
function runWith(text: string, read: ReadText, phrase: string) {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `fixture holds ${phrase}`);
  return read.excluded.find((run) => run.start <= at && at + phrase.length <= run.end);
}

describe('reading an HTML page: the article only, at the file offsets', () => {
  const read = readHtml(page);

  it('keeps the length and every line break of the file', () => {
    assertWellFormed(page, read);
  });

  it('reads the article paragraphs word for word as its plain-text twin', () => {
    const lines = read.visible.split('\n').filter((line) => /\S/.test(line));
    const paragraphs = twin.split(/\n\s*\n/).filter((p) => /\S/.test(p));
    assert.deepStrictEqual(lines.map(words), paragraphs.map(words));
  });

  it('keeps only sentences of the article', () => {
    const article = ` ${words(twin).join(' ')} `;
    const doc = segment(read.visible);
    assert.ok(doc.sentences.length >= 12);
    for (const sentence of doc.sentences) {
      assert.ok(article.includes(` ${words(sentence.text).join(' ')} `), `not the article's: ${sentence.text}`);
    }
  });

  it('reads no word of the page furniture, scripts, styles or comments', () => {
    const visibleWords = new Set(words(read.visible).map((w) => w.toLowerCase()));
    const furniture = ['Courier', 'Politics', 'Opinion', 'cookies', 'Accept', 'Tamsworth', 'Photograph', 'Facebook', 'Email', 'Topics', 'Westgate', 'Lighthouse', 'Rovers', 'briefing', 'newsletter', 'Privacy', 'reserved', 'Breaking', 'dataLayer', 'Subscribe', 'Sponsored', 'tracking', 'headline'];
    for (const word of furniture) assert.ok(!visibleWords.has(word.toLowerCase()), word);
  });

  it('lists each piece of furniture once, with the reason its tag, role or class gives', () => {
    const expected: [string, ExclusionReason][] = [
      ['Storm surge floods Calvary Quay harbour | The Merrow Courier', 'page-title'],
      ['Politics', 'navigation'],
      ['We use cookies', 'banner'],
      ['By Ines Tamsworth', 'page-furniture'],
      ['Fishing boats were lifted onto the quay wall', 'caption'],
      ['Share this article', 'share-bar'],
      ['Topics: Weather', 'footer'],
      ['Lighthouse keeper', 'related-links'],
      ['Sign up to our newsletter', 'banner'],
      ['All rights reserved', 'footer'],
    ];
    for (const [phrase, reason] of expected) assert.strictEqual(runWith(page, read, phrase)?.reason, reason, phrase);
  });

  it('makes one run of a navigation bar of many links, from its first word to its last', () => {
    const nav = runWith(page, read, 'Politics')!;
    assert.ok(page.slice(nav.start, nav.end).includes('News') && page.slice(nav.start, nav.end).includes('Opinion'));
    assert.ok(page.slice(nav.start).startsWith('The Merrow Courier'), 'the masthead and its menu are one run');
    assert.ok(page.slice(0, nav.end).endsWith('Opinion'));
    const mostRead = runWith(page, read, 'Most read')!;
    assert.ok(page.slice(mostRead.start, mostRead.end).includes('Ten walks along the estuary this autumn'));
  });

  it('lists neither scripts, styles nor comments: they are markup', () => {
    for (const phrase of ['Breaking: ferries', 'position: fixed', 'tracking pixel', '"headline"']) {
      assert.strictEqual(runWith(page, read, phrase), undefined, phrase);
    }
    assert.ok(read.excluded.every((run) => run.reason !== 'not-main-content'), 'all furniture here is recognised by name');
  });

  it('shows a character reference as its character padded to its length, an apostrophe padded with word joiners', () => {
    const at = (s: string) => page.indexOf(s);
    assert.strictEqual(read.visible.slice(at('Merrow &amp; District'), at('Merrow &amp; District') + 'Merrow &amp; District'.length), 'Merrow &     District');
    // The character stands somewhere in the reference's place, the rest of it blank.
    const shown = (reference: string) => read.visible.slice(at(reference), at(reference) + reference.length).trim();
    assert.strictEqual(shown('&ldquo;'), '“');
    assert.strictEqual(shown('&rdquo;'), '”');
    assert.strictEqual(shown('&#8212;'), '—');
    assert.strictEqual(shown('&pound;'), '£');
    assert.strictEqual(read.visible.slice(at('1.8&nbsp;metres'), at('1.8&nbsp;metres') + 15), '1.8      metres');
    assert.strictEqual(read.visible.slice(at('town&rsquo;s'), at('town&rsquo;s') + 12), 'town’\u2060\u2060\u2060\u2060\u2060\u2060s');
    assert.strictEqual(read.visible.slice(at('evening&#x2019;s'), at('evening&#x2019;s') + 16), 'evening’\u2060\u2060\u2060\u2060\u2060\u2060\u2060s');
    assert.ok(!read.visible.includes('&amp;') && !read.visible.includes('&nbsp;'));
  });

  it('keeps text inside inline elements in place, their tags blanked', () => {
    const b = page.indexOf('<b>Merrow');
    assert.strictEqual(read.visible.slice(b, b + 9), '   Merrow');
    const link = page.indexOf('<a href="/news/water">its advice page</a>');
    assert.strictEqual(read.visible.slice(link, link + 40).trim(), 'its advice page');
  });

  it('keeps the headline Readability leaves out because it repeats the page title', () => {
    const h1 = page.indexOf('<h1>') + 4;
    assert.strictEqual(read.visible.slice(h1, h1 + 39), 'Storm surge floods Calvary Quay harbour');
  });
});

describe('reading HTML that is not a whole article page', () => {
  it('keeps all the text of a fragment without <html> except furniture by tag or class', () => {
    const text = '<p>The mayor met residents on Lantern Row.</p>\n<nav><a href="/">Home</a> | <a href="/n">News</a></nav>\n<p>She promised &ldquo;help&rdquo;.</p><div class="share">Share</div>';
    const read = readHtml(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(words(read.visible), ['The', 'mayor', 'met', 'residents', 'on', 'Lantern', 'Row', 'She', 'promised', 'help']);
    assert.deepStrictEqual(
      read.excluded.map((run) => [text.slice(run.start, run.end), run.reason]),
      [
        ['Home</a> | <a href="/n">News', 'navigation'],
        ['Share', 'share-bar'],
      ]
    );
  });

  it('reads an empty file and an empty page as nothing, listing nothing', () => {
    assert.deepStrictEqual(readHtml(''), { visible: '', excluded: [] });
    const empty = '<!DOCTYPE html>\n<html><head></head><body></body></html>';
    assert.deepStrictEqual(readHtml(empty), { visible: ' '.repeat(15) + '\n' + ' '.repeat(empty.length - 16), excluded: [] });
  });

  it('reads a page that is nothing but navigation as blank, and lists the navigation', () => {
    const text = '<html><head><title>Home</title></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li><li><a href="/s">Sport</a></li></ul></nav></body></html>';
    const read = readHtml(text);
    assertWellFormed(text, read);
    assert.ok(!/\S/.test(read.visible));
    assert.deepStrictEqual(
      read.excluded.map((run) => run.reason),
      ['page-title', 'navigation']
    );
  });

  it('keeps all the text of a page too short to find an article in, except furniture by tag', () => {
    const text = '<html><head><title>Brief</title></head><body><nav><a href="/">Home</a></nav><h1>Ferry resumes</h1><p>The ferry to Penlan ran again on Friday.</p><footer>&copy; 2024 Courier</footer></body></html>';
    const read = readHtml(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(words(read.visible), ['Ferry', 'resumes', 'The', 'ferry', 'to', 'Penlan', 'ran', 'again', 'on', 'Friday']);
    assert.deepStrictEqual(
      read.excluded.map((run) => run.reason),
      ['page-title', 'navigation', 'footer']
    );
  });

  it('does not take an article for furniture because its wrapper has "share" in its class', () => {
    const story = 'The council voted to close the Westgate library after a long debate. '.repeat(12);
    const text = `<html><body><div class="story share-enabled"><p>${story}</p><div class="share">Share this</div></div></body></html>`;
    const read = readHtml(text);
    assert.ok(read.visible.includes(story.trim()));
    assert.deepStrictEqual(
      read.excluded.map((run) => [text.slice(run.start, run.end), run.reason]),
      [['Share this', 'share-bar']]
    );
  });

  it('leaves out hidden elements and lists what the main-content reading dropped', () => {
    const story = 'Rescuers pulled 43 people from flooded houses near the town of Kerenets on Sunday. '.repeat(10);
    const text = `<html><body><div id="wrap"><article><p>${story}</p><p hidden>Hidden teaser text</p></article><div class="comments"><p>Great reporting, thanks.</p></div></div></body></html>`;
    const read = readHtml(text);
    assertWellFormed(text, read);
    assert.ok(read.visible.includes(story.trim()));
    assert.deepStrictEqual(
      read.excluded.map((run) => [text.slice(run.start, run.end), run.reason]),
      [['Hidden teaser text</p></article><div class="comments"><p>Great reporting, thanks.', 'not-main-content']]
    );
  });

  it('reads a byline marked by rel or itemprop as page furniture, the paragraph around it kept', () => {
    const text = '<p>Filed by <a rel="author" href="/ines">Ines Tamsworth</a> for the Courier.</p><p>The quay <span itemprop="author">Harbour desk</span> flooded.</p>';
    const read = readHtml(text);
    assert.deepStrictEqual(words(read.visible), ['Filed', 'by', 'for', 'the', 'Courier', 'The', 'quay', 'flooded']);
    assert.deepStrictEqual(
      read.excluded.map((run) => [text.slice(run.start, run.end), run.reason]),
      [
        ['Ines Tamsworth', 'page-furniture'],
        ['Harbour desk', 'page-furniture'],
      ]
    );
  });

  it('reads a pop-up or modal as a banner', () => {
    const text = '<p>The quay flooded.</p><div class="modal-overlay"><p>Sign in to keep reading</p></div>';
    assert.deepStrictEqual(
      readHtml(text).excluded.map((run) => [text.slice(run.start, run.end), run.reason]),
      [['Sign in to keep reading', 'banner']]
    );
  });

  it('keeps the text Readability finds only on a second attempt, after its innerHTML reset', () => {
    // The first attempt strips the "sidebar" as an unlikely candidate and finds too little;
    // the retry re-reads the page from its HTML, and the text spans' indices survive it.
    const story = 'Engineers shut the pumping station at the harbour mouth as a precaution, the water company said. '.repeat(8);
    const text = `<html><body><div class="sidebar"><p>${story}</p></div><p>Short note.</p></body></html>`;
    const read = readHtml(text);
    assert.ok(read.visible.includes(story.trim()));
  });

  it('reads ARIA landmark roles as furniture', () => {
    const text = '<div role="navigation">Sections</div><p>The port reopened.</p><div role="contentinfo">Contact us</div><div role="complementary">More stories</div><div role="banner">The Courier</div>';
    assert.deepStrictEqual(
      readHtml(text).excluded.map((run) => run.reason),
      ['navigation', 'footer', 'related-links', 'navigation']
    );
  });
});

describe('reading hostile HTML in linear time', () => {
  const MB = 1024 * 1024;
  const repeat = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length));
  // The times are in bench/readPages.ts; here each reading is checked for what it must give.
  const cases: [string, string, (read: ReadText, text: string) => void][] = [
    ['an unclosed <script', repeat('<script x '), (read) => assert.ok(!/\S/.test(read.visible))],
    ['an unclosed comment', repeat('<!-- a '), (read) => assert.ok(!/\S/.test(read.visible))],
    ['an unclosed tag', repeat('<a href=x '), (read) => assert.ok(!/\S/.test(read.visible))],
    ['an attribute without end', repeat('<div a="'), (read) => assert.ok(!/\S/.test(read.visible))],
    ['an unclosed closing tag', repeat('</p '), (read) => assert.ok(!/\S/.test(read.visible))],
    [
      '<div> nested 100,000 deep around text',
      '<html><body>' + '<div>'.repeat(100_000) + 'Deep text stays.' + '</div>'.repeat(100_000) + '</body></html>',
      (read) => assert.deepStrictEqual(words(read.visible), ['Deep', 'text', 'stays']),
    ],
    [
      'stray closing tags under deep nesting',
      '<div>'.repeat(100_000) + '</x>'.repeat(100_000) + 'Then text.',
      (read) => assert.deepStrictEqual(words(read.visible), ['Then', 'text']),
    ],
    [
      '100,000 <p> elements',
      '<html><body>' + Array.from({ length: 100_000 }, (_, i) => `<p>Word ${i}</p>`).join('') + '</body></html>',
      (read) => {
        assert.strictEqual(words(read.visible).length, 200_000);
        assert.strictEqual(read.visible.split('\n').filter((line) => /\S/.test(line)).length, 100_000, 'one paragraph each');
      },
    ],
    ['unclosed references', repeat('&amp &#x12 '), (read) => assert.strictEqual(read.visible.replace(/\s/g, ''), '&'.repeat(read.visible.replace(/\s/g, '').length))],
    [
      'alternating furniture',
      repeat('<p class="share">x</p><nav>y</nav>'),
      (read) => {
        assert.ok(!/\S/.test(read.visible));
        assert.strictEqual(read.excluded.length, 2 * Math.ceil(MB / 34));
      },
    ],
  ];
  for (const [what, text, check] of cases) {
    it(`reads 1 MB of ${what}`, () => {
      const read = readHtml(text);
      assert.strictEqual(read.visible.length, text.length);
      check(read, text);
    });
  }

  it('reads markup exactly to the file length with valid runs, on random inputs', () => {
    const pieces = ['<', '>', '/', '!', '-', '"', "'", '=', ' ', '\n', '\r\n', 'a', 'p', 'Kyiv', '&amp;', '&rsquo;', '&#39;', '&#x2014;', '&nbsp', '<p>', '</p>', '<br>', '<div class="share">', '<nav>', '</nav>', '</div>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '<a href="x">', '</a>', '<title>', '</title>', '<svg>', '</svg>', '<footer>', '<aside hidden>', '<html>', '<body>', 'word ', 'Storm surge. '];
    let seed = 4242;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 1500; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 60);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      assertWellFormed(text, readHtml(text));
    }
  });
});

describe('running Readability within its bounds', () => {
  const paragraph = (i: number) => `<p>Paragraph ${i} says the council met on Tuesday and voted to close the library.</p>`;
  const pageOf = (paragraphs: number) => `<html><body><article>${Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('')}</article></body></html>`;
  const keeps = (text: string) => {
    const tree = parseHtmlTree(text, BLOCK_ELEMENTS);
    return readabilityKeeps(tree, () => false, text.length);
  };

  it('reads a page of a few thousand nodes', () => {
    assert.strictEqual(keeps(pageOf(MAX_READABILITY_NODES / 2 - 10))?.size, MAX_READABILITY_NODES / 2 - 10);
  });

  it('does not run on a page with more nodes than its bound, nor on a page nested too deep', () => {
    assert.strictEqual(keeps(pageOf(MAX_READABILITY_NODES / 2 + 10)), undefined);
    assert.strictEqual(keeps(`<html><body>${'<div>'.repeat(150)}${paragraph(1).repeat(20)}</body></html>`), undefined);
  });
});
