import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findAppendedArticle } from '../../src/core/extract/appended';
import { findFurniture } from '../../src/core/extract/furniture';
import { readPlainText } from '../../src/core/extract/plainText';
import type { ExcludedRun, ExclusionReason } from '../../src/core/extract/types';
import { maskMarkup } from '../../src/core/text/maskMarkup';

const ROOT = path.resolve(__dirname, '../../..');
const scrape = (name: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures/scrapes', name), 'utf8');
const SHARED = process.env.FRAMING_LENS_ARTICLES ?? path.resolve(ROOT, '../shared/articles');

/** Each run as its reason and the text it covers. */
const slices = (text: string, runs: readonly ExcludedRun[]) => runs.map((run) => [run.reason, text.slice(run.start, run.end)]);

/** The offset of the line that starts with `opening`. */
function lineStarting(text: string, opening: string): number {
  const at = text.indexOf(`\n${opening}`);
  assert.ok(at >= 0, opening);
  return at + 1;
}

/** The reason `findFurniture` gives a single line under an unrepeated headline, or undefined. */
function reasonOf(line: string): ExclusionReason | undefined {
  const text = `Harbour pilots return to work\n\n${line}\n`;
  const runs = findFurniture(text);
  assert.ok(runs.length <= 1, `one run at most for ${JSON.stringify(line)}`);
  if (runs[0]) assert.strictEqual(text.slice(runs[0].start, runs[0].end), line.trim(), 'the run is the line, trimmed');
  return runs[0]?.reason;
}

describe('page furniture in plain-text scrapes', () => {
  describe('a scrape with furniture of every kind (harbour-strike)', () => {
    const text = scrape('harbour-strike.txt');
    const runs = findFurniture(text);

    it('lists each furniture line with its reason, in order', () => {
      assert.deepStrictEqual(slices(text, runs), [
        ['caption', 'Cranes stand idle at the container terminal of Port Halden on Monday. (Reuters)'],
        ['share-bar', 'Short Url'],
        ['page-furniture', 'Updated 3 hours ago'],
        ['share-bar', 'Follow'],
        ['share-bar', 'Share this article'],
        ['page-title', 'Dockworkers at Port Halden walk out over night-shift pay'],
        ['page-furniture', 'By Mira Castell'],
        ['banner', 'Advertisement'],
        ['related-links', 'Read more: Ferry operators warn of summer delays'],
        ['banner', 'Sign up for our newsletter'],
        ['footer', 'Copyright © 2024 The Halden Courier. All rights reserved.'],
      ]);
    });

    it('bounds each run by the line: its first visible character to its last, without the line break', () => {
      for (const run of runs) {
        assert.ok(run.start === 0 || text[run.start - 1] === '\n', `run at ${run.start} starts a line`);
        assert.ok(run.end === text.length || text[run.end] === '\n', `run at ${run.start} ends its line`);
      }
    });

    it('keeps the headline at the top and takes only its repetition for page furniture', () => {
      const headline = 'Dockworkers at Port Halden walk out over night-shift pay';
      assert.strictEqual(text.indexOf(headline), 0);
      assert.deepStrictEqual(
        runs.filter((run) => run.reason === 'page-title').map((run) => run.start),
        [text.indexOf(headline, 1)]
      );
    });

    it('keeps prose lines that contain "follow", "share" and "updated"', () => {
      for (const prose of [
        'Union leaders said they would follow the wishes of their members and share any new offer',
        'The port authority updated its contingency plan on Sunday',
        "Follow the money: the operator's accounts show night shifts rose by a third last year.",
      ]) {
        const at = text.indexOf(prose);
        assert.ok(at >= 0, prose);
        assert.ok(!runs.some((run) => run.start <= at && at < run.end), `kept: ${prose}`);
      }
    });
  });

  describe("a broadcaster's layout (landslide-broadcaster)", () => {
    const text = scrape('landslide-broadcaster.txt');
    const runs = findFurniture(text);

    it('takes the save button, the audio label, the byline without "By", credits over captions and the topic links', () => {
      assert.deepStrictEqual(slices(text, runs), [
        ['page-furniture', '3 hours ago'],
        ['share-bar', 'Share'],
        ['share-bar', 'Save'],
        ['page-furniture', 'Listen to this article'],
        ['page-furniture', 'Ines Cole'],
        ['page-furniture', 'Transport correspondent'],
        ['caption', 'EPA-EFE'],
        ['caption', 'Diggers cleared mud and rock from the road above Varro on Wednesday'],
        ['caption', 'Reuters'],
        ['caption', 'A ferry takes cars from Strand to the headland on Wednesday afternoon'],
        ['related-links', 'Related topics'],
        ['related-links', 'Landslides'],
        ['related-links', 'Varro'],
      ]);
    });

    it('keeps the subheading, a one-word line, a caption-like line with no credit, a name and title in the article, and prose that asks to listen', () => {
      for (const kept of [
        'Slow repairs',
        'Analysis',
        'Residents carried bread and water over the mud on foot',
        'Tomas Brandt\nBakery owner',
        'Tomas Brandt, who runs the bakery',
        'Listen to the full interview on our morning programme, the station said on Wednesday.',
      ]) {
        const at = text.indexOf(kept);
        assert.ok(at >= 0, kept);
        assert.ok(!runs.some((run) => run.start < at + kept.length && at < run.end), `kept: ${kept}`);
      }
    });
  });

  it('finds nothing in articles without furniture, whose headlines are not repeated', () => {
    assert.deepStrictEqual(findFurniture(scrape('river-plan-long.txt')), []);
    assert.deepStrictEqual(findFurniture(scrape('bridge-closure-turn.txt')), []);
  });

  it('takes timestamps of the page, and not prose that opens with "Updated" or "Published"', () => {
    for (const line of [
      'Updated 8 sec ago',
      'Updated 16 November 2023',
      'Published 3 hours ago',
      'Last updated: 12:30 GMT',
      'Posted on Thursday, 16 Nov 2023 | 10:42 am',
      'Published: Nov. 16, 2023 10:42 a.m. EST',
      '16 November 2023',
      '2023-11-16T10:42:00Z',
      '5 min read',
      'Source link',
      'By Mira Castell and Omar Said, Reuters',
      'Reporting by Jane Doe; Editing by John Roe',
    ]) {
      assert.strictEqual(reasonOf(line), 'page-furniture', line);
    }
    for (const line of [
      'Updated figures show the river rose by two metres overnight.',
      'Updated guidance follows',
      'Published in the journal Nature',
      'March 2022',
      'By Thursday the river had risen.',
      'By the numbers',
    ]) {
      assert.strictEqual(reasonOf(line), undefined, line);
    }
  });

  it('takes share and follow buttons, and not sentences or headings that use the words', () => {
    const buttons = ['Short Url', 'Short link', 'Share', 'Share this article', 'Share on WhatsApp', 'Facebook Twitter Email'];
    for (const line of [...buttons, 'Follow', 'Follow us on Instagram', 'Follow @hcourier']) {
      assert.strictEqual(reasonOf(line), 'share-bar', line);
    }
    for (const line of [
      'Follow the money',
      'The talks will follow the vote, and both sides will share the costs of the new terminal.',
      'Shares in the operator fell by a third on Monday after the walkout was announced.',
      'Share prices',
      'Twitter',
    ]) {
      assert.strictEqual(reasonOf(line), undefined, line);
    }
  });

  it("takes the save button and the audio player's label, and not prose that asks the reader to listen or save", () => {
    for (const line of ['Save', 'Save this article', 'Save for later', 'Bookmark']) assert.strictEqual(reasonOf(line), 'share-bar', line);
    for (const line of ['Listen', 'Listen to this article', 'Listen to this story', '3 min listen', 'Listen to this article, 4 min']) {
      assert.strictEqual(reasonOf(line), 'page-furniture', line);
    }
    for (const line of [
      'Listen to the full interview on our podcast, she said.',
      'Listen to the people of Kessa',
      'Listening to survivors',
      'Save the harbour',
      'Savings accounts',
    ]) {
      assert.strictEqual(reasonOf(line), undefined, line);
    }
  });

  it('takes banners, related links and the footer, and not prose that starts like them', () => {
    const cases: [string, ExclusionReason | undefined][] = [
      ['Sign up for our newsletter', 'banner'],
      ['Subscribe to the Morning Briefing newsletter', 'banner'],
      ['Advertisement', 'banner'],
      ['ADVERTISEMENT', 'banner'],
      ['Read more: Ferry operators warn of summer delays', 'related-links'],
      ['READ MORE:', 'related-links'],
      ['Related: Ferry strike enters second week', 'related-links'],
      ['Related talks stalled in June.', undefined],
      ['Copyright © 2024 The Halden Courier. All rights reserved.', 'footer'],
      ['© 2024 Halden Courier', 'footer'],
      ['All rights reserved', 'footer'],
      ['Comments are closed.', 'footer'],
      ['Copyright law was changed in 2019 to protect authors.', undefined],
      ['Copyright reform', undefined],
      ['https://example.org/velmora/library-photos', 'not-main-content'],
      ['See https://example.org for the full report.', undefined],
    ];
    for (const [line, reason] of cases) assert.strictEqual(reasonOf(line), reason, line);
  });

  it('takes a line that ends in a photo credit for a caption, and not prose that names an agency', () => {
    for (const line of [
      'Cranes stand idle at the terminal on Monday. (Reuters)',
      'Policemen stand guard outside the ministry on Sept. 2, 2019. (AFP/File)',
      'The foreign ministers meet in February. (Courtesy of the Foreign Ministry)',
      'Children read in the new room. Photo: Lena Ortiz',
      'Children read in the new room. Image: Studio Halm',
      'A protester in front of parliament. Jane Doe/Getty Images',
      'AFP via Getty Images',
    ]) {
      assert.strictEqual(reasonOf(line), 'caption', line);
    }
    const prose = [
      'The minister told Reuters that talks would resume.',
      'He posted the image: a burning car',
      'Photo finish in the regional cup',
    ];
    for (const line of prose) {
      assert.strictEqual(reasonOf(line), undefined, line);
    }
  });

  it('takes a credit alone on its line for a caption, and not a name or a heading alone', () => {
    for (const line of ['Getty Images', 'Reuters', 'PA Media', 'EPA-EFE', 'AFP via Getty Images', 'Jane Doe/Reuters', 'AP Photo/File']) {
      assert.strictEqual(reasonOf(line), 'caption', line);
    }
    for (const line of ['Jane Doe', 'Getty', 'Reuters Institute report', 'Images of the flood', 'Shipping accidents']) {
      assert.strictEqual(reasonOf(line), undefined, line);
    }
  });

  describe('a byline without "By" in the header', () => {
    const prose = 'A passenger ferry capsized in rough seas off the island of Kessa on Tuesday evening, the coastguard said.';
    const furniture = (lines: readonly string[]) => {
      const text = lines.join('\n');
      return slices(text, findFurniture(text));
    };

    it("is the writer's name over the title, or beside furniture once the headline block has ended", () => {
      const header = ['Ferry capsizes off Kessa', '', '2 hours ago', 'Share', 'Save', 'Listen to this article'];
      assert.deepStrictEqual(furniture([...header, 'Nadia Rowe', 'Coastal correspondent', '', prose]), [
        ['page-furniture', '2 hours ago'],
        ['share-bar', 'Share'],
        ['share-bar', 'Save'],
        ['page-furniture', 'Listen to this article'],
        ['page-furniture', 'Nadia Rowe'],
        ['page-furniture', 'Coastal correspondent'],
      ]);
      for (const role of ['Political editor', 'Staff reporter', 'Senior reporter, Port Lume', 'Africa Correspondent']) {
        assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', 'Ana de la Cruz', role, '', prose]), [
          ['page-furniture', 'Ana de la Cruz'],
          ['page-furniture', role],
        ]);
      }
      assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', 'Share', 'Nadia Rowe', '', prose]), [
        ['share-bar', 'Share'],
        ['page-furniture', 'Nadia Rowe'],
      ]);
    });

    it('is not the headline, a heading of the header, a name without a title or furniture, or a title alone', () => {
      for (const lines of [
        ['Nadia Rowe', 'Coastal correspondent', '', prose],
        ['Ferry capsizes off Kessa', 'Nadia Rowe', '', prose],
        ['Breaking News', 'Kessa Ferry Disaster', '2 hours ago', '', prose],
        ['Ferry capsizes off Kessa', 'Share', 'Fears For The Missing', '', prose],
        ['Ferry capsizes off Kessa', 'Share', 'Nadia Rowe said the ferry had listed before it sank', '', prose],
        ['Ferry capsizes off Kessa', 'Share', 'Coastal correspondent', '', prose],
      ]) {
        const found = furniture(lines).map(([, slice]) => slice);
        assert.deepStrictEqual(found, found.filter((slice) => slice === 'Share' || slice === '2 hours ago'), lines.join(' / '));
      }
    });

    it('is never a name or a short heading in the article, after its first prose', () => {
      const later = 'Families of the missing gathered at the harbour through the night, waiting for news.';
      const lines = ['Ferry capsizes off Kessa', 'Share', '', prose, '', 'Search Continues', 'Advertisement', later, '', 'Nadia Rowe', 'Coastal correspondent'];
      assert.deepStrictEqual(furniture(lines), [
        ['share-bar', 'Share'],
        ['banner', 'Advertisement'],
      ]);
    });
  });

  describe('the caption beside a credit alone on its line', () => {
    const prose = 'A passenger ferry capsized in rough seas off the island of Kessa on Tuesday evening, the coastguard said.';
    const later = 'Families of the missing gathered at the harbour through the night, waiting for news.';
    const furniture = (lines: readonly string[]) => {
      const text = lines.join('\n');
      return slices(text, findFurniture(text));
    };

    it('is the line under the credit or over it, standing with it as a block', () => {
      const caption = 'Coastguard boats searched the water off Kessa on Tuesday night';
      assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', '', 'Getty Images', caption, '', prose]), [
        ['caption', 'Getty Images'],
        ['caption', caption],
      ]);
      assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', '', prose, '', caption, 'Reuters', '', later]), [
        ['caption', caption],
        ['caption', 'Reuters'],
      ]);
      assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', '', prose, '', 'PA Media', 'Survivors were taken to Port Lume.', '', later]), [
        ['caption', 'PA Media'],
        ['caption', 'Survivors were taken to Port Lume.'],
      ]);
    });

    it('is not the headline, the lead, a paragraph of prose, a list item, a line of a paragraph run on or a sentence over the credit', () => {
      const short = 'The coastguard said the search would go on.';
      for (const lines of [
        ['Ferry capsizes off Kessa', 'Getty Images', '', prose],
        ['Ferry capsizes off Kessa', '', 'Getty Images', 'A ferry capsized off Kessa on Tuesday.', '', later],
        ['Ferry capsizes off Kessa', '', prose, '', 'Reuters', later, ''],
        ['Ferry capsizes off Kessa', '', prose, '', 'Reuters', '• Eleven people are missing', ''],
        ['Ferry capsizes off Kessa', '', prose, 'Reuters', short, later],
        ['Ferry capsizes off Kessa', '', prose, '', short, 'AFP'],
      ]) {
        const credit = lines.find((line) => ['Getty Images', 'Reuters', 'AFP'].includes(line))!;
        assert.deepStrictEqual(furniture(lines), [['caption', credit]], lines.join(' / '));
      }
    });

    it('is not taken when both neighbours could be it', () => {
      const lines = ['Ferry capsizes off Kessa', '', prose, '', 'Boats in the harbour at dusk', 'Reuters', 'A survivor is carried ashore', '', later];
      assert.deepStrictEqual(furniture(lines), [['caption', 'Reuters']]);
    });

    it('is never a caption-like sentence with no credit beside it', () => {
      const lines = ['Ferry capsizes off Kessa', '', prose, '', 'Coastguard boats searched the water off Kessa on Tuesday night', '', later];
      assert.deepStrictEqual(furniture(lines), []);
    });
  });

  describe('links listed under a label of their own', () => {
    const prose = 'A passenger ferry capsized in rough seas off the island of Kessa on Tuesday evening, the coastguard said.';
    const furniture = (lines: readonly string[]) => {
      const text = lines.join('\n');
      return slices(text, findFurniture(text));
    };

    it('are each a related link, from the label to the blank line that ends the box', () => {
      assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', '', prose, '', 'Related topics', 'Shipping accidents', 'Kessa']), [
        ['related-links', 'Related topics'],
        ['related-links', 'Shipping accidents'],
        ['related-links', 'Kessa'],
      ]);
      assert.deepStrictEqual(
        furniture(['Ferry capsizes off Kessa', '', prose, '', 'More on this story', 'Ferry operator fined over safety breaches', '2019: Kessa Star fails inspection', '', 'Kessa']),
        [
          ['related-links', 'More on this story'],
          ['related-links', 'Ferry operator fined over safety breaches'],
          ['related-links', '2019: Kessa Star fails inspection'],
        ]
      );
      assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', '', prose, '', 'Topics', 'Shipping accidents', '', prose]), [
        ['related-links', 'Topics'],
        ['related-links', 'Shipping accidents'],
      ]);
    });

    it('end at prose, and a label with no list under it is not one', () => {
      assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', '', prose, 'Related topics', prose, 'Shipping accidents']), [
        ['related-links', 'Related topics'],
      ]);
      assert.deepStrictEqual(furniture(['Ferry capsizes off Kessa', '', 'Topics', prose, '', 'Topics', 'of the inquiry were set on Monday']), []);
    });

    it('are not a subheading or a one-word line inside the article', () => {
      const lines = ['Ferry capsizes off Kessa', '', prose, '', 'Search goes on', prose, '', 'Kessa', prose];
      assert.deepStrictEqual(furniture(lines), []);
    });
  });

  // Summary bullets are the outlet's own words, chosen to frame the story: they stay article text.
  it('keeps summary bullets under the title furniture, as it keeps a list inside the article', () => {
    const text = [
      'Ferry fares to rise in June',
      'Follow',
      '',
      'Ferry fares to rise in June',
      '',
      '  • The operator blames fuel costs',
      '  • Season tickets are spared',
      '',
      'The ferry operator said on Monday that single fares would rise by a tenth from the first of June.',
      'The changes it listed were these:',
      '  • Single fares rise by a tenth',
      '  • Season tickets stay as they are',
    ].join('\n');
    assert.deepStrictEqual(slices(text, findFurniture(text)), [
      ['share-bar', 'Follow'],
      ['page-title', 'Ferry fares to rise in June'],
    ]);
  });

  it('reads text of any script, lines ending in CRLF, and offsets after characters outside the BMP', () => {
    const headline = 'Паромы встали из-за забастовки';
    const prose = 'Паромщики вышли на забастовку в понедельник.';
    const text = `${headline}\r\n\r\n🚢 Follow\r\nFollow\r\n${headline}\r\n${prose}\r\n`;
    const runs = findFurniture(text);
    assert.deepStrictEqual(slices(text, runs), [
      ['share-bar', 'Follow'],
      ['page-title', 'Паромы встали из-за забастовки'],
    ]);
    assert.strictEqual(runs[0]!.start, text.indexOf('\nFollow') + 1);
  });

  it('reports offsets into an HTML file, from the visible text where markup is blanked', () => {
    const html = [
      '<html><body><h1>Harbour pilots return to work</h1>',
      '<div class="share"><a href="#">Short Url</a></div>',
      '<p>Pilots went back to work on Monday.</p>',
      '<p><span>Updated</span> <time>8 sec ago</time></p>',
      '</body></html>',
    ].join('\n');
    const visible = maskMarkup(html, 'html');
    assert.strictEqual(visible.length, html.length);
    const runs = findFurniture(visible);
    assert.deepStrictEqual(
      runs.map((run) => [run.reason, html.slice(run.start, run.end)]),
      [
        ['share-bar', 'Short Url'],
        ['page-furniture', 'Updated</span> <time>8 sec ago'],
      ]
    );
  });

  it('reads a megabyte of labels over lists, of lone credits and of a layout repeated whole', () => {
    const lines = 131_072;
    assert.strictEqual(findFurniture('Topics\n'.repeat(lines)).length, lines);
    assert.ok(findFurniture('Getty Images\n'.repeat(lines)).every((run) => run.reason === 'caption'));
    const layout = scrape('landslide-broadcaster.txt');
    const once = findFurniture(layout);
    const runs = findFurniture(layout.repeat(Math.ceil(1_048_576 / layout.length)));
    assert.deepStrictEqual(runs.slice(0, once.length), once);
  });

  it('reads hostile input whole: a megabyte of one-word lines, of one line, and of one repeated headline', () => {
    assert.deepStrictEqual(findFurniture('harbour\n'.repeat(131_072)), []);
    assert.deepStrictEqual(findFurniture('harbour pilots '.repeat(70_000)), []);
    const headline = 'Harbour pilots return to work after talks\n';
    const repeated = headline.repeat(Math.ceil(1_048_576 / headline.length));
    const runs = findFurniture(repeated);
    assert.strictEqual(runs.length, repeated.length / headline.length - 1);
    assert.ok(runs.every((run) => run.reason === 'page-title' && run.start >= headline.length));
  });
});

describe('an unrelated article appended to a scrape', () => {
  it('runs from the second headline to the last visible character', () => {
    const text = scrape('orchard-frost-appended.txt');
    assert.deepStrictEqual(findAppendedArticle(text), {
      start: lineStarting(text, 'Velmora library reopens after two years of repairs'),
      end: text.trimEnd().length,
      reason: 'appended-article',
    });
  });

  it('is found after a headline without furniture when it shares next to no names or words', () => {
    const text = scrape('appended-bare.txt');
    assert.deepStrictEqual(findAppendedArticle(text), {
      start: lineStarting(text, 'Valdor chess prodigy wins national title at fourteen'),
      end: text.trimEnd().length,
      reason: 'appended-article',
    });
  });

  it('is not found in a long article whose sections open under subheadings', () => {
    assert.strictEqual(findAppendedArticle(scrape('river-plan-long.txt')), undefined);
  });

  it('is not found where an article turns to a related matter under a subheading of its own', () => {
    assert.strictEqual(findAppendedArticle(scrape('bridge-closure-turn.txt')), undefined);
  });

  it('is not found in a single article with furniture', () => {
    assert.strictEqual(findAppendedArticle(scrape('harbour-strike.txt')), undefined);
  });

  it('is not found in a megabyte of one-word lines, of one line, or of one headline repeated', () => {
    assert.strictEqual(findAppendedArticle('harbour\n'.repeat(131_072)), undefined);
    assert.strictEqual(findAppendedArticle('harbour pilots '.repeat(70_000)), undefined);
    assert.strictEqual(findAppendedArticle('Harbour pilots return to work after talks\n\n'.repeat(24_000)), undefined);
  });
});

describe('readPlainText', () => {
  it('lists the furniture before the appended article, then the appended article with its own furniture inside', () => {
    const text = scrape('orchard-frost-appended.txt');
    const appended = lineStarting(text, 'Velmora library reopens after two years of repairs');
    assert.deepStrictEqual(slices(text, readPlainText(text)).slice(0, 4), [
      ['share-bar', 'Short Url'],
      ['page-furniture', 'Updated 14 April 2024'],
      ['share-bar', 'Follow'],
      ['page-title', "Late frost wipes out half of Velmora's apple blossom"],
    ]);
    const runs = readPlainText(text);
    assert.strictEqual(runs.length, 5);
    assert.deepStrictEqual(runs[4], { start: appended, end: text.trimEnd().length, reason: 'appended-article' });
    assert.ok(findFurniture(text).some((run) => run.start > appended), 'the appended article has furniture of its own');
  });

  it('gives runs in file order that do not overlap, each holding visible words', () => {
    for (const name of fs.readdirSync(path.join(ROOT, 'test/fixtures/scrapes'))) {
      const text = scrape(name);
      let end = 0;
      for (const run of readPlainText(text)) {
        assert.ok(run.start >= end && run.end > run.start, `${name}: run at ${run.start}`);
        assert.ok(/\S/.test(text.slice(run.start, run.end)));
        end = run.end;
      }
    }
  });

  it('is the furniture alone where nothing is appended', () => {
    const text = scrape('harbour-strike.txt');
    assert.deepStrictEqual(readPlainText(text), findFurniture(text));
  });
});

describe('the shared sample articles (skipped when ../shared/articles is absent)', () => {
  const read = (prefix: string) => {
    const file = fs.readdirSync(SHARED).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
    return fs.readFileSync(path.join(SHARED, file!), 'utf8');
  };
  before(function () {
    if (!fs.existsSync(SHARED)) this.skip();
  });

  it('003: the appended article starts at its headline, line 30, and runs to the end', () => {
    const text = read('003');
    const appended = findAppendedArticle(text);
    assert.ok(appended);
    assert.strictEqual(text.slice(0, appended.start).split('\n').length, 30);
    assert.ok(text.startsWith('Saudi defense minister meets Pakistan army chief', appended.start));
    assert.strictEqual(appended.end, text.trimEnd().length);
    assert.strictEqual(readPlainText(text).at(-1)!.start, appended.start);
  });

  it('003: "Short Url", "Updated …", "Follow", the photo credit and the repeated headline are furniture', () => {
    const text = read('003');
    const runs = readPlainText(text).filter((run) => run.reason !== 'appended-article');
    const shown = slices(text, runs).map(([reason, slice]) => [reason, slice!.slice(0, 28)]);
    assert.deepStrictEqual(shown, [
      ['caption', 'Pakistani policemen stand gu'],
      ['share-bar', 'Short Url'],
      ['page-furniture', 'Updated 16 November 2023'],
      ['share-bar', 'Follow'],
      ['page-title', 'Pakistan denies weapon sales'],
    ]);
    assert.ok(text.slice(runs[0]!.start, runs[0]!.end).endsWith('(AFP/File)'));
    assert.strictEqual(text.indexOf('Pakistan denies weapon sales'), 0, 'the headline at the top stays');
  });

  it('003: the first article keeps its turn to Afghan migrants and transit trade', () => {
    const text = read('003');
    const appended = findAppendedArticle(text)!;
    const turn = [
      'Baloch also discussed the forced expulsion',
      'Discussing the Afghan transit trade',
      'Last month, Pakistan imposed a ban',
    ];
    for (const opening of turn) {
      assert.ok(text.indexOf(opening) < appended.start, opening);
    }
  });

  it('000, 001 and 002 lose nothing, and 004 only its photo caption, "Source link" and "Comments are closed."', () => {
    for (const prefix of ['000', '001', '002']) assert.deepStrictEqual(readPlainText(read(prefix)), [], prefix);
    const text = read('004');
    const shown = slices(text, readPlainText(text));
    assert.deepStrictEqual(shown.slice(1), [
      ['page-furniture', 'Source link'],
      ['footer', 'Comments are closed.'],
    ]);
    assert.strictEqual(shown[0]![0], 'caption');
    assert.ok(shown[0]![1]!.endsWith('(Courtesy of Pakistan Foreign Minister’s Office)'));
  });
});
