import * as assert from 'assert';
import type { FramingCategory, Side } from '../../src/core/types';
import { highlights, highlightsAt, type HighlightOptions } from '../../src/core/views/highlights';
import { hoverMarkdown } from '../../src/core/views/hoverText';
import { TEXT_A, TEXT_B, at, viewsReport } from './helpers/viewsReport';

const OPTIONS: HighlightOptions = {
  categories: new Set<FramingCategory>(['place-name', 'reporting-verb']),
  wordDifferences: true,
  oneSidedContent: true,
  spellingVariants: true,
};
const COMMANDS = { revealCounterpart: 'framingLens.revealCounterpart', openReport: 'framingLens.openReport' };

function hoverAt(side: Side, phrase: string, report = viewsReport()): string {
  const text = side === 'a' ? TEXT_A : TEXT_B;
  const hits = highlightsAt(highlights(report, OPTIONS)[side], at(text, phrase).start);
  return hoverMarkdown({
    report,
    side,
    hits,
    commands: COMMANDS,
    variantNote: (setId, variantId) => `note on ${variantId} in ${setId}`,
  });
}

describe('hoverMarkdown', () => {
  it('explains a framing term: category, both sides, variant notes, explanation and source', () => {
    const md = hoverAt('a', 'claimed');
    assert.match(md, /\*\*Framing term\*\* · Reporting verbs/);
    assert.match(md, /A: \*claimed\* — B: \*said\*/);
    assert.match(md, /- \*claimed\*: note on claimed in reporting-verbs/);
    assert.match(md, /- \*said\*: note on said in reporting-verbs/);
    assert.match(md, /Why reporting-verbs matters\./);
    assert.match(md, /\*Source:\* Style guide for reporting-verbs/);
  });

  it('puts the framing explanation before the wording change of the same word', () => {
    const md = hoverAt('b', 'said');
    assert.ok(md.indexOf('Framing term') < md.indexOf('Wording change'));
    assert.match(md, /\*\*Wording change\*\* · framing term/);
  });

  it('links Reveal counterpart with the span as encoded JSON, and Open report', () => {
    const md = hoverAt('a', 'claimed');
    const claimed = at(TEXT_A, 'claimed');
    const args = encodeURIComponent(JSON.stringify([{ side: 'a', start: claimed.start, end: claimed.end }]));
    assert.ok(md.includes(`[Reveal counterpart](command:framingLens.revealCounterpart?${args} `), md);
    assert.ok(md.includes('[Open report](command:framingLens.openReport '));
  });

  it('says a one-sided sentence has no counterpart, with its tone, and offers no reveal link', () => {
    const md = hoverAt('a', 'Nobody');
    assert.match(md, /\*\*No close match\*\* — no sentence of B tells this closely/);
    assert.match(md, /Tone of this sentence \(AFINN\): A \*hurt\* −2/);
    assert.ok(!md.includes('Reveal counterpart'));
    assert.ok(md.includes('Open report'));
  });

  it('tells where a moved sentence sits in the other article', () => {
    const md = hoverAt('b', 'Firefighters');
    assert.match(md, /\*\*Moved\*\*/);
    assert.match(md, /In B: sentence 1 of 5 · in A: sentence 4 of 5/);
  });

  it('calls a spelling variant a spelling variant, not framing', () => {
    const md = hoverAt('b', 'defence');
    assert.match(md, /\*\*Spelling variant\*\* — shown, not counted as framing/);
    assert.match(md, /A: \*defense\* — B: \*defence\*/);
  });

  it('escapes article text so an article cannot add links or formatting', () => {
    const report = viewsReport();
    const evil = '[x](command:workbench.action.quit) *bold* <img src=x>';
    const [place, verbs] = report.framing;
    const patched = viewsReport({ framing: [place!, { ...verbs!, b: [{ ...verbs!.b[0]!, text: evil }] }] });
    const md = hoverAt('a', 'claimed', patched);
    assert.ok(!md.includes('](command:workbench'), md);
    assert.ok(md.includes('\\[x\\]\\(command:workbench.action.quit\\)'));
    assert.ok(!md.includes('<img'));
  });

  it('keeps a short hover to what it is, both sides and one line per variant, with a link to the details', () => {
    const report = viewsReport();
    const claimed = at(TEXT_A, 'claimed');
    const hits = highlightsAt(highlights(report, OPTIONS).a, claimed.start);
    const short = hoverMarkdown({
      report,
      side: 'a',
      hits,
      commands: { ...COMMANDS, toggleDetails: 'framingLens.hoverDetails?x' },
      variantNote: (setId, variantId) => `First note on ${variantId}. A second sentence of ${setId}.`,
      detail: 'short',
    });
    assert.match(short, /\*\*Framing term\*\* · Reporting verbs/);
    assert.match(short, /A: \*claimed\* — B: \*said\*/);
    assert.match(short, /- \*claimed\*: First note on claimed\./);
    assert.doesNotMatch(short, /second sentence|Source:|Why reporting-verbs matters|AFINN/);
    assert.ok(short.includes('[Details](command:framingLens.hoverDetails?x '), short);
    // The other highlights under the mouse say what they are, in their heading only.
    assert.ok(short.split('\n').length <= 12, short);
    const full = hoverMarkdown({ report, side: 'a', hits, commands: { ...COMMANDS, toggleDetails: 't' }, detail: 'full' });
    assert.match(full, /\*Source:\* Style guide for reporting-verbs/);
    assert.ok(full.includes('[Fewer details](command:t '));
  });

  it('is empty where nothing is highlighted', () => {
    assert.strictEqual(hoverAt('a', 'hits'), '');
  });
});

describe('hoverMarkdown for words only one side has', () => {
  it('names the words and quotes the other article\'s corresponding sentence', () => {
    const base = viewsReport();
    const nobody = at(TEXT_B, 'Traffic');
    const pairs = base.pairs.map((p) =>
      p.id === 'p1' ? { ...p, diffs: [{ kind: 'deleted' as const, a: at(TEXT_A, 'claimed'), b: { text: '', start: nobody.start, end: nobody.start } }] } : p
    );
    const report = viewsReport({ pairs, framing: [], changes: [] });
    const hits = highlightsAt(highlights(report, OPTIONS).a, at(TEXT_A, 'claimed').start);
    const md = hoverMarkdown({ report, side: 'a', hits, commands: COMMANDS });
    assert.match(md, /\*\*Words only in A\*\* — the corresponding sentence of article B does not have them  \nA: \*claimed\*/);
    assert.match(md, /B's sentence: \*The mayor said the fire was arson\.\*/);
  });
});
