import * as l10n from '@vscode/l10n';
import { headlineOf } from './collection/outletNames';
import { alignSentences, documentSimilarity } from './align';
import { DEFAULT_THRESHOLDS } from './align/alignSentences';
import { distancingFindings, type DistancingFinding } from './distancing/distancing';
import { agencyFindings } from './agency';
import { agencyEntries, distancingEntries } from './findings/engineFraming';
import { withoutIgnored } from './findings/ignoredFindings';
import { keyFindings } from './findings/keyFindings';
import { defaultLexicon } from './lexicon/defaultLexicon';
import { framingContext } from './lexicon/context';
import { framingEntries } from './lexicon/framing';
import { compileLexicon, lookupVariant } from './lexicon/matcher';
import { quoteReport } from './quotes/quotes';
import { sentimentReport, wordWeight } from './sentiment';
import { discoverSubstitutions } from './substitutions/discover';
import { analyzeArticle, type AnalysisOptions, type ArticleAnalysis, type ArticleInput } from './analysis/analyzeArticle';
import type { Alignment, ArticleSummary, FramingEntry, Lexicon, Quote, Report, SegmentedText, SentenceRef, SentimentReport, Span, TermMatch } from './types';
import { inputNotices, pairNoticeText, type InputNotice } from './warnings';

export type { ArticleInput } from './analysis/analyzeArticle';

/** The engine's stages, in the order they run; the benchmark reports the time of each. */
export type Stage = 'segment' | 'align' | 'agency' | 'quotes' | 'distancing' | 'lexicon' | 'substitutions' | 'loaded' | 'sentiment' | 'report';

export interface CompareOptions extends AnalysisOptions {
  /** Lexicon to match; defaults to the bundled one. */
  readonly lexicon?: Lexicon;
  /** Count spelling variants (US/UK) as framing. Default false: they are listed apart. */
  readonly includeSpelling?: boolean;
  /** Compute tone. Default true. */
  readonly sentiment?: boolean;
  /**
   * Called after each stage with its duration, measured with `clock` (milliseconds). The
   * engine has no clock of its own: it runs in Node, in browser workers and in tests alike.
   */
  readonly onStage?: (stage: Stage, ms: number) => void;
  readonly clock?: () => number;
  /** Keys of findings the user ignores (see `ignoredFindings.ts`): left out of the report, and counted. */
  readonly ignored?: readonly string[];
}

/** Compares two articles and returns the report every view is built from. */
export function compareArticles(a: ArticleInput, b: ArticleInput, options: CompareOptions = {}): Report {
  const time = stageTimer(options);
  // Segmentation, quotes and loaded words are each article's own work: timed as `segment`.
  const [x, y] = time('segment', () => [analyzeArticle(a, options), analyzeArticle(b, options)] as const);
  return comparePair(x, y, options);
}

/**
 * Compares two analysed articles. Everything here depends on the pair; what depends on one
 * article alone comes from its analysis, computed once however many pairs it is in.
 */
export function comparePair(x: ArticleAnalysis, y: ArticleAnalysis, options: CompareOptions = {}, known?: PairFraming): Report {
  const time = stageTimer(options);
  const [a, b] = [x.input, y.input];
  const [docA, docB] = [x.doc, y.doc];
  const userLexicon = options.lexicon ?? defaultLexicon();
  const lexicon = compileLexicon(userLexicon);
  const alignment = known?.alignment ?? time('align', () => alignPair(x, y, userLexicon));
  const agency = time('agency', () => agencyFindings(docA, docB, alignment, { a: x.clauses, b: y.clauses }));
  const [quotesA, quotesB] = [x.quotes, y.quotes];
  const { distancing, termsA, termsB, terms } = known ?? time('lexicon', () => pairFraming(x, y, alignment, options));
  const changes = time('substitutions', () =>
    discoverSubstitutions({
      a: docA,
      b: docB,
      alignment,
      lookupVariant: (phrase) => {
        const hit = lookupVariant(lexicon, phrase);
        return hit && {
          setId: hit.set.id,
          variantId: hit.variant.id,
          category: hit.set.category,
          weight: hit.set.weight ?? 2,
        };
      },
      weightOf: wordWeight,
    })
  );
  // Words the lexicon or a distancing marker already explains are not listed again as loaded.
  const explained = (side: 'a' | 'b'): Span[] => [
    ...(side === 'a' ? termsA : termsB),
    ...distancing.filter((d) => d.side === side).map((d) => d.marker),
  ];
  const loaded = time('loaded', () => ({ a: notIn(x.loaded, explained('a')), b: notIn(y.loaded, explained('b')) }));
  const sentiment = time('sentiment', () =>
    options.sentiment === false ? neutralSentiment(docA, docB) : sentimentReport(docA, docB, alignment, { a: x.tone, b: y.tone })
  );

  return time('report', () => {
    // Agency first: who did it is the contrast an analyst names before any word choice.
    const framing: FramingEntry[] = [...agencyEntries(agency, { a: docA.text, b: docB.text }), ...terms.framing, ...distancingEntries(distancing)];
    const count = (kind: string) => alignment.pairs.filter((p) => p.kind === kind).length;
    const body: Omit<Report, 'keyFindings'> = {
      schemaVersion: 1,
      articles: [summary('A', a, docA, sentiment.a), summary('B', b, docB, sentiment.b)],
      similarity: round(documentSimilarity(docA, docB, alignment), 3),
      alignment: {
        matched: alignment.pairs.length,
        identical: count('identical'),
        moved: alignment.pairs.filter((p) => p.moved).length,
        split: count('split'),
        merged: count('merged'),
        onlyInA: alignment.onlyInA.length,
        onlyInB: alignment.onlyInB.length,
      },
      framing,
      changes,
      loaded,
      // Only sets the two articles spell differently: "defense" in both is no variant of anything.
      spelling: terms.spelling.filter((entry) => entry.contrast),
      pairs: alignment.pairs,
      onlyInA: alignment.onlyInA.map((i) => sentenceRef(docA, i)),
      onlyInB: alignment.onlyInB.map((i) => sentenceRef(docB, i)),
      sentiment,
      quotes: quoteReport(docA, docB, withoutScareQuotes(quotesA, distancing, 'a'), withoutScareQuotes(quotesB, distancing, 'b')),
      sentences: {
        a: docA.sentences.map((_, i) => sentenceRef(docA, i)),
        b: docB.sentences.map((_, i) => sentenceRef(docB, i)),
      },
      excluded: { a: x.excluded, b: y.excluded },
      ...noticesOf(inputNotices(docA, docB, alignment)),
    };
    // Key findings first in every view; spread so the JSON lists them right after the articles.
    const { schemaVersion, articles, ...rest } = options.ignored?.length ? withoutIgnored(body, new Set(options.ignored)) : body;
    return { schemaVersion, articles, keyFindings: keyFindings({ schemaVersion, articles, ...rest }), ...rest };
  });
}

/** Which sentences of two analysed articles correspond (see `alignSentences`), with or without their word differences. */
export function alignPair(x: ArticleAnalysis, y: ArticleAnalysis, lexicon: Lexicon = defaultLexicon(), withDiffs = true): Alignment {
  return alignSentences(x.doc, y.doc, DEFAULT_THRESHOLDS, lexicon, withDiffs);
}

/** What a pair's framing rests on: its alignment, distancing, and lexicon terms in context. */
export interface PairFraming {
  readonly alignment: Alignment;
  readonly distancing: readonly DistancingFinding[];
  readonly termsA: readonly TermMatch[];
  readonly termsB: readonly TermMatch[];
  readonly terms: { readonly framing: readonly FramingEntry[]; readonly spelling: readonly FramingEntry[] };
}

/**
 * The lexicon's framing entries of a pair, with what they rest on. A collection needs them for
 * every pair (the variant matrix marks a set a contrast when any pair contrasts on it), the
 * rest of the pair report only for the pairs it shows in detail.
 */
export function pairFraming(x: ArticleAnalysis, y: ArticleAnalysis, alignment: Alignment, options: CompareOptions = {}): PairFraming {
  const lexicon = compileLexicon(options.lexicon ?? defaultLexicon());
  const distancing = distancingFindings(x.doc, y.doc, x.quotes, y.quotes, alignment);
  const termsA = notExplainedByDistancing(x.termsOf(lexicon), distancing, 'a');
  const termsB = notExplainedByDistancing(y.termsOf(lexicon), distancing, 'b');
  const terms = framingEntries(termsA, termsB, lexicon, {
    includeSpelling: options.includeSpelling ?? false,
    // Which sentences correspond and what is quoted: a label in a quotation is the speaker's.
    ...framingContext(x.doc, alignment, x.quotes, y.quotes),
  });
  return { alignment, distancing, termsA, termsB, terms };
}

/**
 * A hedge inside a distancing marker ("so-called" in "the so-called republic") is that
 * marker's own word: the distancing entry explains it, a second hedge row would repeat it.
 */
function notExplainedByDistancing(terms: readonly TermMatch[], distancing: readonly DistancingFinding[], side: 'a' | 'b'): TermMatch[] {
  const markers = distancing.filter((d) => d.side === side).map((d) => d.marker);
  if (markers.length === 0) return [...terms];
  return terms.filter((t) => t.category !== 'hedge' || !markers.some((m) => m.start <= t.start && t.end <= m.end));
}

/**
 * A scare quote is the outlet's own word held at arm's length, not anybody's words: it is
 * listed under distancing, and listing it again as a quote with no speaker would be noise.
 */
function withoutScareQuotes(quotes: readonly Quote[], distancing: readonly DistancingFinding[], side: 'a' | 'b'): Quote[] {
  const markers = distancing.filter((d) => d.side === side).map((d) => d.marker);
  if (markers.length === 0) return [...quotes];
  return quotes.filter((q) => !markers.some((m) => m.start <= q.quote.start && q.quote.end <= m.end));
}

/** Runs a stage and reports its duration when the caller asked for timings. */
function stageTimer(options: CompareOptions): <T>(stage: Stage, run: () => T) => T {
  const { onStage, clock } = options;
  if (!onStage || !clock) return (_stage, run) => run();
  return (stage, run) => {
    const start = clock();
    const result = run();
    onStage(stage, clock() - start);
    return result;
  };
}

/** The terms no span of `skip` overlaps, in their order. */
function notIn<T extends Span>(terms: readonly T[], skip: readonly Span[]): T[] {
  if (skip.length === 0) return [...terms];
  return terms.filter((t) => !skip.some((s) => s.start < t.end && s.end > t.start));
}

export function summary(label: 'A' | 'B', input: ArticleInput, doc: SegmentedText, tone: { score: number; comparative: number }): ArticleSummary {
  const path = input.path ?? '';
  return {
    label,
    path,
    title: input.title ?? (path.split(/[\\/]/).pop() || l10n.t('Article {0}', label)),
    headline: headlineOf(doc),
    paragraphs: doc.paragraphs.length,
    sentences: doc.sentences.length,
    words: doc.words.length,
    characters: doc.text.length,
    sentiment: { score: tone.score, comparative: round(tone.comparative, 4) },
  };
}

function sentenceRef(doc: SegmentedText, index: number): SentenceRef {
  const s = doc.sentences[index]!;
  return { sentence: index, start: s.start, end: s.end, text: s.text };
}

/** The shape of a sentiment report with every score at zero, for when tone is switched off. */
function neutralSentiment(a: SegmentedText, b: SegmentedText): SentimentReport {
  const blank = (doc: SegmentedText) => ({
    score: 0,
    comparative: 0,
    positive: [],
    negative: [],
    sentences: doc.sentences.map((s) => ({ sentence: s.index, start: s.start, end: s.end, score: 0, comparative: 0, words: [] })),
  });
  return {
    enabled: false,
    a: blank(a),
    b: blank(b),
    actors: [],
    gap: { total: 0, fromWording: 0, fromOneSidedContent: 0 },
    limits: l10n.t('Tone analysis is switched off.'),
  };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A pair's notices as codes, and phrased for the JSON's `warnings`. */
function noticesOf(notices: InputNotice[]): { notices: InputNotice[]; warnings: string[] } {
  return { notices, warnings: notices.map(pairNoticeText) };
}
