import * as assert from 'assert';
import { agencyEntries, distancingEntries } from '../../src/core/findings/engineFraming';
import { keyFindings } from '../../src/core/findings/keyFindings';
import { renderMarkdown } from '../../src/core/render/markdown';
import { renderReportBody } from '../../src/core/render/htmlSections';
import { highlights } from '../../src/core/views/highlights';
import { hoverMarkdown } from '../../src/core/views/hoverText';
import type { FramingCategory, Report } from '../../src/core/types';
import { TEXT_A, TEXT_B, at, viewsReport } from './helpers/viewsReport';

const ALL: ReadonlySet<FramingCategory> = new Set(['place-name', 'reporting-verb', 'event-label', 'actor-label', 'territory', 'hedge', 'emotive', 'agency', 'distancing']);
const OPTIONS = { categories: ALL, wordDifferences: true, oneSidedContent: true, spellingVariants: true };
const COMMANDS = { revealCounterpart: 'framingLens.revealCounterpart', openReport: 'framingLens.openReport' };

/** The hand-made report with an agency finding: A says who set the fire, B tells it without anyone. */
function withAgency(): Report {
  const framing = agencyEntries(
    [
      {
        pairId: 'p1',
        agentSide: 'a',
        agent: at(TEXT_A, 'The mayor'),
        action: at(TEXT_A, 'claimed'),
        agentless: at(TEXT_B, 'was arson'),
        form: 'nominal',
      },
    ],
    { a: TEXT_A, b: TEXT_B }
  );
  return viewsReport({ framing: [...viewsReport().framing, ...framing] });
}

describe('key findings', () => {
  it('open with the strongest contrast, in plain language, without lexicon ids', () => {
    const report = viewsReport();
    const findings = keyFindings(report);
    assert.ok(findings.length >= 2 && findings.length <= 5, `${findings.length} findings`);
    assert.match(findings[0]!.text, /A writes “Lvov” where B writes “Lviv” \(place and person names\)\./);
    for (const finding of findings) assert.doesNotMatch(finding.text, /lviv-lvov|reporting-verbs/);
  });

  it('rank an agency contrast above word choice, naming the agent and the agentless wording', () => {
    const findings = keyFindings(withAgency());
    assert.strictEqual(findings[0]!.kind, 'agency');
    assert.match(findings[0]!.text, /^B does not say who acted: A writes “The mayor … claimed”, B “was arson”\.$/);
    assert.ok(findings[0]!.spans.some((s) => s.side === 'b' && TEXT_B.slice(s.start, s.end) === 'was arson'));
  });

  it('say that sentences have no close match rather than that an article leaves them out', () => {
    const coverage = keyFindings(viewsReport()).find((f) => f.kind === 'coverage');
    assert.ok(coverage, 'a coverage finding');
    assert.match(coverage.text, /A has 1 sentence with no close match in B; B has 1 sentence with no close match in A\./);
    assert.doesNotMatch(coverage.text, /leaves out/);
  });

  it('lead the Markdown and HTML reports, before the summary counters', () => {
    const report = { ...viewsReport(), keyFindings: keyFindings(viewsReport()) };
    const markdown = renderMarkdown(report);
    assert.ok(markdown.indexOf('## Key findings') >= 0 && markdown.indexOf('## Key findings') < markdown.indexOf('## Summary'));
    assert.match(markdown, /1\. A writes “Lvov” where B writes “Lviv”/);
    const html = renderReportBody(report);
    assert.ok(html.indexOf('id="fl-findings"') < html.indexOf('id="fl-summary"'));
    // The hand-made report's explanations mention set ids; the markup must not add them.
    assert.doesNotMatch(html, /fl-set-id|<code[^>]*>lviv-lvov/);
  });
});

describe('agency and distancing entries', () => {
  it('slice their articles exactly, joining an agent and its nearby verb into one occurrence', () => {
    const entry = withAgency().framing.find((f) => f.category === 'agency')!;
    assert.strictEqual(entry.a[0]!.text, TEXT_A.slice(entry.a[0]!.start, entry.a[0]!.end));
    assert.strictEqual(entry.a[0]!.text, 'The mayor claimed');
    assert.strictEqual(entry.b[0]!.text, 'was arson');
    assert.ok(entry.contrast);
  });

  it('are highlighted as their own categories and explained in a hover', () => {
    const report = withAgency();
    const marks = highlights(report, OPTIONS);
    const agency = marks.b.find((h) => h.kind === 'framing:agency');
    assert.ok(agency, 'agentless wording is highlighted in B');
    const md = hoverMarkdown({ report, side: 'b', hits: [agency], commands: COMMANDS });
    assert.match(md, /^\*\*Agency: who did it\*\* — article B does not say who acted/);
    assert.match(md, /A names who acted: “The mayor” \\\(claimed\\\)\. B writes “was arson”: a noun for the event/);
    assert.match(md, /\*Source:\* Critical linguistics of news/);
  });

  it('give a scare quote its plain counterpart in the other article', () => {
    const [entry] = distancingEntries([
      {
        side: 'b',
        marker: { ...at(TEXT_B, 'said'), kind: 'scare-quote', phrase: at(TEXT_B, 'said') },
        counterpart: at(TEXT_A, 'claimed'),
      },
    ]);
    assert.ok(entry && entry.contrast && entry.category === 'distancing');
    assert.deepStrictEqual(entry.b.map((o) => o.variantId), ['scare-quote']);
    assert.deepStrictEqual(entry.a.map((o) => [o.text, o.variantId]), [['claimed', 'plain']]);
    assert.match(entry.note, /B puts “said” in quotation marks with no one quoted; A uses “claimed” plainly\./);
  });
});
