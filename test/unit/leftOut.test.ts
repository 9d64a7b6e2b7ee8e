import * as assert from 'assert';
import { compareCollection } from '../../src/core/collection/compareCollection';
import { compareArticles } from '../../src/core/compare';
import { InlineEngine } from '../../src/core/engine/inlineEngine';
import { withFileText } from '../../src/core/extract/fileSpans';
import { visibleWords } from '../../src/core/extract/visibleWords';
import { renderCollectionBody } from '../../src/core/render/collectionSections';
import { renderCollectionMarkdown } from '../../src/core/render/collectionMarkdown';
import { renderReportBody } from '../../src/core/render/htmlSections';
import { renderReport } from '../../src/core/render/index';
import { leftOutLines, leftOutSummary } from '../../src/core/render/leftOutLabels';
import { renderMarkdown } from '../../src/core/render/markdown';
import { maskMarkup } from '../../src/core/text/maskMarkup';
import type { CollectionReport, LeftOutText, Report, TextSpan } from '../../src/core/types';
import { counterpartOf, noCounterpartMessage } from '../../src/core/views/counterpart';
import { highlights, highlightsAt, type HighlightOptions } from '../../src/core/views/highlights';
import { hoverMarkdown } from '../../src/core/views/hoverText';
import { TEXT_B, viewsReport } from './helpers/viewsReport';

const NOTHING: HighlightOptions = { categories: new Set(), wordDifferences: false, oneSidedContent: false, spellingVariants: false, loadedLanguage: false };
const COMMANDS = { revealCounterpart: 'framingLens.revealCounterpart', openReport: 'framingLens.openReport', includeLeftOut: 'framingLens.includeLeftOut' };

/** B's "Traffic was diverted." as if reading the file had found it to be page furniture. */
function withLeftOut(text = 'Traffic was diverted.', reason: LeftOutText['reason'] = 'page-furniture'): { report: Report; run: LeftOutText } {
  const start = TEXT_B.indexOf('Traffic was diverted.');
  const run: LeftOutText = { text, start, end: start + 'Traffic was diverted.'.length, reason };
  return { report: viewsReport({ excluded: { a: [], b: [run] } }), run };
}

describe('left-out text in the views', () => {
  it('is dimmed whatever highlights are switched off, and only in its own article', () => {
    const { report, run } = withLeftOut();
    const marks = highlights(report, NOTHING);
    assert.deepStrictEqual(marks.a, []);
    assert.deepStrictEqual(marks.b.map((h) => [h.kind, h.start, h.end]), [['leftOut', run.start, run.end]]);
  });

  it('explains itself on hover, with a link that brings it back and no counterpart link', () => {
    const { report, run } = withLeftOut();
    const hits = highlightsAt(highlights(report, NOTHING).b, run.start + 3);
    const md = hoverMarkdown({ report, side: 'b', hits, commands: COMMANDS });
    assert.match(md, /^\*\*Left out of the analysis\*\* · Page furniture — page labels such as/);
    assert.match(md, /\[Include left-out text\]\(command:framingLens\.includeLeftOut /);
    assert.match(md, /in no count, alignment, framing term or tone/);
    assert.doesNotMatch(md, /Reveal counterpart/);
    // Without the command (a view that cannot include it), no link is offered.
    const plain = hoverMarkdown({ report, side: 'b', hits, commands: { revealCounterpart: 'x', openReport: 'y' } });
    assert.doesNotMatch(plain, /Include left-out text/);
  });

  it('has no counterpart, and says why', () => {
    const { report, run } = withLeftOut('Traffic was diverted.', 'appended-article');
    const target = counterpartOf(report, 'b', { start: run.start + 2, end: run.start + 2 });
    assert.deepStrictEqual(target, { found: false, reason: { code: 'left-out', why: 'appended-article' } });
    assert.strictEqual(
      noCounterpartMessage(target.found ? { code: 'nothing-here' } : target.reason, 'B', 'A'),
      'This text of article B was left out of the analysis (another article), so it has no counterpart.'
    );
  });

  it('is summed up by reason, an appended article first', () => {
    const runs = [{ reason: 'page-furniture' }, { reason: 'caption' }, { reason: 'appended-article' }, { reason: 'page-furniture' }] as const;
    assert.strictEqual(leftOutSummary(runs), 'another article appended, caption (1), page furniture (2)');
    assert.deepStrictEqual(leftOutLines(['A', 'B', 'C'], [[], runs, [{ reason: 'navigation' }]]), [
      'B: another article appended, caption (1), page furniture (2)',
      'C: navigation (1)',
    ]);
  });
});

describe('left-out text in the report', () => {
  const hostile = '<script>alert(1)</script> Follow us on [X](javascript:alert(1)) & more';

  it('is noted under the header and listed, escaped, in the HTML and the Markdown', () => {
    const { report } = withLeftOut(hostile);
    const html = renderReportBody(report, { interactive: true });
    assert.match(html, /<p class="fl-warning" role="note">Left out as not the articles’ own text — B: page furniture \(1\)\. <a href="#fl-left-out">/);
    assert.match(html, /<section id="fl-left-out"[^>]*><details class="fl-fold" open><summary><h2[^>]*>Left out of the analysis<\/h2><\/summary>/);
    assert.match(html, /<span class="fl-left-out-text" data-side="b" data-start="\d+" data-end="\d+"[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt; Follow us/);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /<a href="#fl-left-out">Left out <span class="fl-count">1<\/span><\/a>/);
    const md = renderMarkdown(report);
    assert.match(md, /^> \*\*Left out\*\* as not the articles’ own text — B: page furniture \(1\)\.$/m);
    assert.match(md, /^## Left out of the analysis$/m);
    assert.ok(md.includes('- **B** · Page furniture: &lt;script\\>alert\\(1\\)&lt;/script\\> Follow us on \\[X\\]\\(javascript:alert\\(1\\)\\) & more\n'), md);
  });

  it('says nothing when nothing was left out', () => {
    const report = viewsReport();
    assert.doesNotMatch(renderReportBody(report), /Left out/);
    assert.doesNotMatch(renderMarkdown(report), /Left out/);
  });

  it('shortens a long run at a word and says how long it is', () => {
    const { report } = withLeftOut(`Saudi minister meets army chief ${'and discusses the partnership at length '.repeat(40)}`.trim(), 'appended-article');
    const md = renderMarkdown(report);
    const line = md.split('\n').find((l) => l.startsWith('- **B** · Another article:'))!;
    assert.match(line, /^- \*\*B\*\* · Another article: Saudi minister meets army chief and discusses .*\w… \(1,6\d\d characters\)$/);
    assert.ok(line.length < 220, line);
  });

  it('is listed per outlet in the collection report', () => {
    const texts = [
      'Floodwater breached the dam near Ruvo on Monday. Engineers said the wall gave way after heavy rain. Two villages were evacuated.',
      'The dam near Ruvo broke on Monday. Engineers said heavy rain weakened the wall. Residents of two villages left their homes.',
      'A dam near Ruvo failed on Monday, officials said. Heavy rain had weakened the wall, engineers said. Two villages were emptied.',
    ];
    const report = compareCollection(texts.map((text, k) => ({ text, path: `outlet-${k}.txt` })));
    assert.deepStrictEqual(report.excluded, [[], [], []]);
    const runText = texts[2]!.slice(0, 20);
    const withRun: CollectionReport = { ...report, excluded: [[], [], [{ text: runText, start: 0, end: 20, reason: 'caption', article: 2 }]] };
    const html = renderCollectionBody(withRun, { interactive: true });
    assert.match(html, /<h3><span class="fl-badge">C<\/span> Left out of C \(1\)<\/h3><ul class="fl-left-out"><li><span class="fl-chip">Caption<\/span> <span class="fl-left-out-text" data-article="2" data-start="0" data-end="20"/);
    assert.match(renderCollectionMarkdown(withRun), /^- \*\*C\*\* · Caption: A dam near Ruvo fail$/m);
  });
});

describe('spans of HTML files in the JSON report', () => {
  const pageA =
    '<!doctype html><html><body><p>Troops <b>opened fire</b> on protesters in Harbour Square on Monday, police said.</p>' +
    '<p>The mayor called the march &ldquo;unlawful&rdquo; &amp; urged calm.</p></body></html>';
  const pageB = 'Soldiers fired on demonstrators in Harbour Square on Monday, police said.\n\nThe mayor called the march "illegal" and urged calm.';

  function spans(value: unknown, out: (TextSpan & { display?: string })[] = []): (TextSpan & { display?: string })[] {
    if (Array.isArray(value)) for (const item of value) spans(item, out);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') out.push(record as unknown as TextSpan);
      for (const [key, child] of Object.entries(record)) if (key !== 'keyFindings') spans(child, out);
    }
    return out;
  }

  it('slice the HTML file, with the visible words in display', () => {
    const report = compareArticles({ text: pageA, path: 'a.html' }, { text: pageB, path: 'b.txt' });
    const json = JSON.parse(renderReport(report, 'json', [pageA, pageB])) as Report;
    const masked = maskMarkup(pageA, 'html');
    let displayed = 0;
    for (const span of spans(json.sentences.a.concat(json.onlyInA as never[]).concat(json.pairs.flatMap((p) => p.diffs.map((d) => d.a)) as never[]))) {
      assert.strictEqual(span.text, pageA.slice(span.start, span.end));
      if (span.display !== undefined) {
        displayed++;
        assert.strictEqual(span.display, visibleWords(pageA.slice(span.start, span.end), masked.slice(span.start, span.end)).replace(/\s+/g, ' '));
        assert.doesNotMatch(span.display, /[<>]|&amp;|&ldquo;/);
      }
    }
    assert.ok(displayed >= 2, `${displayed} spans with markup`);
    // Every span of either side slices its own file, wherever it sits in the report.
    const sides = (value: unknown): void => {
      for (const span of spans(value)) assert.ok(pageA.slice(span.start, span.end) === span.text || pageB.slice(span.start, span.end) === span.text, JSON.stringify(span));
    };
    sides(json);
    const first = json.sentences.a[0]!;
    assert.strictEqual(first.text, 'Troops <b>opened fire</b> on protesters in Harbour Square on Monday, police said.');
    assert.strictEqual((first as { display?: string }).display, 'Troops opened fire on protesters in Harbour Square on Monday, police said.');
  });

  it('leave a plain-text report as it is', () => {
    const report = compareArticles({ text: pageB, path: 'b.txt' }, { text: pageB.replace('illegal', 'unlawful'), path: 'c.txt' });
    assert.deepStrictEqual(withFileText(report, [pageB, pageB.replace('illegal', 'unlawful')]), report);
  });

  it('reads visible words: markup dropped, the file’s spaces kept, entities decoded', () => {
    const source = 'AT&amp;T <b>cut</b>\n<br>jobs';
    assert.strictEqual(visibleWords(source, maskMarkup(source, 'html')), 'AT&T cut\njobs');
  });
});

describe('Include Left-out Text in the engine', () => {
  it('reads the articles again, and again when it is switched off', async () => {
    const engine = new InlineEngine();
    const articles = [
      { key: 'a', version: 1, text: 'The dam near Ruvo broke on Monday. Two villages were evacuated.', path: 'a.txt' },
      { key: 'b', version: 1, text: 'A dam near Ruvo failed on Monday. Two villages were emptied.', path: 'b.txt' },
    ];
    await engine.compare({ articles });
    assert.strictEqual(engine.counts.analyses, 2);
    await engine.compare({ articles });
    assert.strictEqual(engine.counts.analyses, 2);
    engine.setSettings({ includeLeftOut: true });
    const included = await engine.compare({ articles });
    assert.strictEqual(engine.counts.analyses, 4);
    assert.deepStrictEqual(included.pair.excluded, { a: [], b: [] });
    engine.setSettings({ includeLeftOut: false });
    await engine.compare({ articles });
    assert.strictEqual(engine.counts.analyses, 6);
  });
});
