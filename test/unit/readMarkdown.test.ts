import * as assert from 'assert';
import { readMarkdown } from '../../src/core/extract/markdown';
import { MARKDOWN_BUDGET, withinMarkdownBudget } from '../../src/core/extract/markdownFallback';
import type { ExclusionReason, ReadText } from '../../src/core/extract/types';

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Same length, line breaks kept, every visible character the file's, a reference's or a tag's line break, runs in order. */
function assertWellFormed(text: string, read: ReadText): void {
  assert.strictEqual(read.visible.length, text.length);
  for (let i = 0; i < text.length; i++) {
    const v = read.visible[i]!;
    const t = text[i]!;
    if (t === '\n' || t === '\r') assert.strictEqual(v, t, `line break kept at ${i}`);
    else if (v !== t && v !== ' ') {
      // A line break at a block-level tag's '<' (in an HTML block), or a character reference's character.
      const amp = text.lastIndexOf('&', i);
      assert.ok((v === '\n' && t === '<') || (amp >= 0 && !/[\s<>]/.test(text.slice(amp, i + 1))), `unexpected ${JSON.stringify(v)} at ${i}`);
    }
  }
  let previousEnd = 0;
  for (const run of read.excluded) {
    assert.ok(run.start >= previousEnd && run.start < run.end && run.end <= text.length);
    assert.ok(/\S/.test(text[run.start]!) && /\S/.test(text[run.end - 1]!));
    assert.ok(!/\S/.test(read.visible.slice(run.start, run.end)), 'nothing in a run is visible');
    previousEnd = run.end;
  }
}

function runs(text: string, read: ReadText): [string, ExclusionReason][] {
  return read.excluded.map((run) => [text.slice(run.start, run.end), run.reason]);
}

describe('reading a Markdown article: prose only, at the file offsets', () => {
  it('keeps headings, paragraphs, quotes, list items, emphasis, link text and inline code', () => {
    const text = '# Storm *surge* hits the **quay**\n\n> The water rose fast,\n> said the crew.\n\n- Boats broke [their moorings](http://example.org/boats "Boats")\n- The `ice plant` roof held\n';
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(words(read.visible), ['Storm', 'surge', 'hits', 'the', 'quay', 'The', 'water', 'rose', 'fast', 'said', 'the', 'crew', 'Boats', 'broke', 'their', 'moorings', 'The', 'ice', 'plant', 'roof', 'held']);
    assert.deepStrictEqual(read.excluded, []);
  });

  it('blanks images: their alt text is not prose', () => {
    const text = 'The quay ![boats on the quay wall](quay.jpg) flooded.\n';
    assert.deepStrictEqual(words(readMarkdown(text).visible), ['The', 'quay', 'flooded']);
  });

  it('leaves out YAML and TOML front matter, listed from its first character to its last', () => {
    for (const [text, content] of [
      ['---\ntitle: Storm surge\nauthor: Ines\n---\n\nThe water rose.\n', 'title: Storm surge\nauthor: Ines'],
      ['+++\ntitle = "Storm surge"\n+++\nThe water rose.\n', 'title = "Storm surge"'],
    ]) {
      const read = readMarkdown(text!);
      assertWellFormed(text!, read);
      assert.deepStrictEqual(runs(text!, read), [[content, 'front-matter']]);
      assert.deepStrictEqual(words(read.visible), ['The', 'water', 'rose']);
    }
  });

  it('leaves out fenced and indented code blocks as code', () => {
    const text = 'Before the code.\n\n```js\nconst surge = 1.8;\n```\n\nBetween them.\n\n    pumps.shutDown();\n    log("quay");\n\nAfter the code.\n';
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(runs(text, read), [
      ['const surge = 1.8;', 'code'],
      ['pumps.shutDown();\n    log("quay");', 'code'],
    ]);
    assert.deepStrictEqual(words(read.visible), ['Before', 'the', 'code', 'Between', 'them', 'After', 'the', 'code']);
  });

  it('leaves out link reference definitions and keeps the text of the links that use them', () => {
    const text = 'The [port authority][pa] said so, and [the council] agreed.\n\n[pa]: https://example.org/port "Port"\n[the council]: https://example.org/council\n';
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(words(read.visible), ['The', 'port', 'authority', 'said', 'so', 'and', 'the', 'council', 'agreed']);
    assert.deepStrictEqual(runs(text, read), [['[pa]: https://example.org/port "Port"\n[the council]: https://example.org/council', 'link-definition']]);
  });

  it('blanks escape backslashes and shows references as their character, so no stray \\ or &amp; is read', () => {
    const text = 'Merrow \\& District \\*Water\\* paid &pound;2&nbsp;million &amp; more &#8212; Kyiv&rsquo;s share.\n';
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.ok(!read.visible.includes('\\') && !read.visible.includes('&amp;') && !read.visible.includes('&pound;'));
    assert.strictEqual(read.visible.slice(0, 28), 'Merrow  & District  *Water *');
    const at = (s: string) => text.indexOf(s);
    // The character stands somewhere in the reference's place, the rest of it blank.
    const shown = (reference: string) => read.visible.slice(at(reference), at(reference) + reference.length).trim();
    assert.strictEqual(shown('&pound;'), '£');
    assert.strictEqual(shown('&amp;'), '&');
    assert.strictEqual(shown('&#8212;'), '—');
    assert.strictEqual(shown('&nbsp;'), '');
    assert.strictEqual(read.visible.slice(at('Kyiv&rsquo;s'), at('Kyiv&rsquo;s') + 12), 'Kyiv’\u2060\u2060\u2060\u2060\u2060\u2060s');
  });

  it('blanks inline HTML tags and keeps the text between them', () => {
    const text = 'The <span class="place">Calvary Quay</span> harbour <!-- note --> flooded.<br>\n';
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(words(read.visible), ['The', 'Calvary', 'Quay', 'harbour', 'flooded']);
  });

  it('reads the text of an HTML block as HTML is read, its scripts blanked', () => {
    const text = 'Before.\n\n<div class="note">\nThe <b>fish market</b> &amp; warehouses\n<script>var hidden = "Storm";</script>\n</div>\n\nAfter.\n';
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(words(read.visible), ['Before', 'The', 'fish', 'market', 'warehouses', 'After']);
    assert.ok(read.visible.includes('The    fish market     &     warehouses'));
  });

  it('reads nested lists and quotes, their markers and indentation blanked', () => {
    const text = '- Harbour\n  - Boats\n    - Eleven broke free\n      and two were lifted\n> Quote\n> > Inner quote\n1. First\n2) Second\n';
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(words(read.visible), ['Harbour', 'Boats', 'Eleven', 'broke', 'free', 'and', 'two', 'were', 'lifted', 'Quote', 'Inner', 'quote', 'First', 'Second']);
    assert.ok(!/[->]/.test(read.visible));
  });

  it('keeps Windows line endings', () => {
    const text = '# Title\r\n\r\nFirst line\r\nsecond line.\r\n\r\n```\r\ncode\r\n```\r\n';
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(runs(text, read), [['code', 'code']]);
    assert.deepStrictEqual(words(read.visible), ['Title', 'First', 'line', 'second', 'line']);
  });

  it('reads an empty file as nothing', () => {
    assert.deepStrictEqual(readMarkdown(''), { visible: '', excluded: [] });
  });

  it('keeps the file length and its line breaks on random inputs', () => {
    const pieces = ['[', ']', '(', ')', '!', '*', '_', '`', '```\n', '---\n', '> ', '- ', '1. ', '    ', '\n', '\n\n', '\r\n', ' ', '\\', '\\*', '&amp;', '&rsquo;', '&#39;', '&bogus;', '<b>', '</b>', '<div>\n', '</div>\n', '<!-- ', ' -->', '[a]: http://x\n', 'word', 'Kyiv', '# ', 'http://x'];
    let seed = 777;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 1500; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 50);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      assertWellFormed(text, readMarkdown(text));
    }
  });
});

describe('reading hostile Markdown in linear time', () => {
  const MB = 1024 * 1024;
  const repeat = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length));
  // micromark is linear on ordinary Markdown but slow per token and worse than linear on some
  // constructs in one paragraph; past its budget a file is read by the linear scanners. The
  // times are in bench/readPages.ts.
  const hostile: [string, string][] = [
    ['an unclosed link', repeat('[a ')],
    ['an unclosed image', repeat('![a ')],
    ['a link with an unclosed target', repeat('[a](b ')],
    ['nested brackets', '['.repeat(MB / 2) + ']'.repeat(MB / 2)],
    ['a run of asterisks', repeat('*')],
    ['unclosed strong emphasis', repeat('**a')],
    ['an unclosed tag', repeat('<a x ')],
    ['an unclosed comment', repeat('<!-- ')],
    ['an unclosed script', repeat('<script ')],
    ['quotes nested on one line', repeat('> ')],
    ['list items nested on one line', repeat('- ')],
    ['many short paragraphs', repeat('a\n\n')],
  ];
  for (const [what, text] of hostile) {
    it(`reads 1 MB of ${what} by the linear scanners`, () => {
      assert.strictEqual(withinMarkdownBudget(text), false);
      const read = readMarkdown(text);
      assert.strictEqual(read.visible.length, text.length);
      assert.deepStrictEqual(read.excluded, []);
    });
  }

  it('keeps the bounds of the budget for a hostile construct in one block of a smaller file', () => {
    assert.strictEqual(withinMarkdownBudget(repeat('**a', 3 * MARKDOWN_BUDGET.marksPerBlock)), false);
    assert.strictEqual(withinMarkdownBudget(repeat('> ', 2 * MARKDOWN_BUDGET.nesting + 2)), false);
    assert.strictEqual(withinMarkdownBudget(repeat('[a ', 3 * (MARKDOWN_BUDGET.marksPerBlock - 10))), true);
  });

  it('parses an ordinary article of many paragraphs', () => {
    const paragraph = 'The council met on *Tuesday* and voted to close the [library](http://example.org/lib), officials said.\n\n';
    const text = '# Library closes\n\n' + paragraph.repeat(300);
    assert.strictEqual(withinMarkdownBudget(text), true);
    const read = readMarkdown(text);
    assert.strictEqual(words(read.visible).length, 2 + 300 * 13);
    assert.ok(!read.visible.includes('example'));
  });

  it('leaves out fenced code and front matter in a file beyond the budget too', () => {
    const text = '---\ntitle: Storm\n---\n' + 'The water rose. '.repeat(20_000) + '\n\n```\nconst surge = 1;\n```\n' + repeat('[a ', 200);
    assert.strictEqual(withinMarkdownBudget(text), false);
    const read = readMarkdown(text);
    assertWellFormed(text, read);
    assert.deepStrictEqual(runs(text, read), [
      ['title: Storm', 'front-matter'],
      ['const surge = 1;', 'code'],
    ]);
  });
});
