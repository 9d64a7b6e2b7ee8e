import type { InputNotice } from './warnings';
/**
 * Shared records of the engine. Everything here is plain data: JSON-serialisable, with
 * UTF-16 code-unit offsets into the article text as the engine received it, so that
 * `text.slice(start, end)` gives back every span. No `vscode` import anywhere in `src/core`.
 */

import type { ExclusionReason } from './extract/types';

/** A half-open range `[start, end)` of UTF-16 code units in one article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers (`text === articleText.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string;
}

/** Which of the two compared articles a record belongs to. */
export type Side = 'a' | 'b';

// ---------------------------------------------------------------------------------------
// Segmentation
// ---------------------------------------------------------------------------------------

/** A word-like token (letters or digits; punctuation and spaces are not words). */
export interface Word extends TextSpan {
  /** Position of this word in the article's word list. */
  readonly index: number;
  /** Index of the sentence that contains it. */
  readonly sentence: number;
  /** Lower-cased, accent-folded, apostrophes unified, possessive `'s` removed. */
  readonly norm: string;
}

export interface Sentence extends TextSpan {
  readonly index: number;
  readonly paragraph: number;
  /** Index of the sentence's first word in the article's word list. */
  readonly firstWord: number;
  /** Number of words in the sentence. */
  readonly wordCount: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  readonly firstSentence: number;
  readonly sentenceCount: number;
}

/** An article cut into paragraphs, sentences and words, all with exact offsets. */
export interface SegmentedText {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly words: readonly Word[];
}

// ---------------------------------------------------------------------------------------
// Alignment and word differences
// ---------------------------------------------------------------------------------------

/**
 * How a group of sentences in A corresponds to a group in B.
 * - `identical`: same words (case and punctuation may differ);
 * - `modified`: one-to-one with wording differences;
 * - `split`: one sentence of A became two in B;
 * - `merged`: two sentences of A became one in B.
 */
export type PairKind = 'identical' | 'modified' | 'split' | 'merged';

/** A word-level difference inside an aligned pair. */
export type WordDiffKind = 'replaced' | 'deleted' | 'inserted';

/**
 * One word-level difference inside an aligned pair.
 * `deleted` = only in A (its `b` span is empty, placed where the words would have been in B);
 * `inserted` = only in B (its `a` span is empty); `replaced` has text on both sides.
 */
export interface WordDiff {
  readonly kind: WordDiffKind;
  readonly a: TextSpan;
  readonly b: TextSpan;
}

export interface AlignedPair {
  /** Stable id within one report: `p0`, `p1`, … in A's order. */
  readonly id: string;
  readonly kind: PairKind;
  /** Sentence indices in A (one, or two for `merged`). */
  readonly a: readonly number[];
  /** Sentence indices in B (one, or two for `split`). */
  readonly b: readonly number[];
  /** Spans covering the whole group on each side. */
  readonly aSpan: Span;
  readonly bSpan: Span;
  /** Content-word similarity in [0, 1]. */
  readonly similarity: number;
  /** True when the pair sits at a different place in the two articles' reading order. */
  readonly moved: boolean;
  /** Word differences inside the pair (empty for `identical`). */
  readonly diffs: readonly WordDiff[];
}

export interface Alignment {
  /** Pairs ordered by their position in A. */
  readonly pairs: readonly AlignedPair[];
  /** Sentence indices of A with no counterpart in B. */
  readonly onlyInA: readonly number[];
  /** Sentence indices of B with no counterpart in A. */
  readonly onlyInB: readonly number[];
}

// ---------------------------------------------------------------------------------------
// Lexicon and framing
// ---------------------------------------------------------------------------------------

/** Categories a lexicon set can have (the built-in lexicon and users' files). */
export type LexiconCategory =
  | 'place-name'
  | 'reporting-verb'
  | 'event-label'
  | 'actor-label'
  | 'territory'
  | 'hedge'
  | 'emotive'
  | 'spelling-variant';

/**
 * Categories of framing entries: the lexicon's, plus what the engine finds beyond word lists:
 * `agency` (one article names who acted, the other tells the event without an agent) and
 * `distancing` (scare quotes and "so-called" in the outlet's own voice).
 */
export type FramingCategory = LexiconCategory | 'agency' | 'distancing';

export interface LexiconVariant {
  /** Identifier unique within its set, e.g. `kyiv`. */
  readonly id: string;
  /** Base forms, matched whole-word and case-insensitively; multi-word allowed. */
  readonly terms: readonly string[];
  /**
   * Whether inflected forms are matched too (claim → claims, claimed, claiming).
   * Defaults to true for lower-case terms and false for capitalised names.
   */
  readonly inflect?: boolean;
  /**
   * Whether the variant is a loaded or marked choice ("regime", "terrorists", "rubbished"):
   * one article using it and the other not is a finding on its own. A plain variant
   * ("government", "said", "Kyiv") is a contrast only against another variant. Defaults to
   * true in hedge and emotive sets and for a set's only variant, false elsewhere.
   */
  readonly marked?: boolean;
  /** Who tends to use this variant and what it implies. */
  readonly note: string;
}

export interface LexiconSet {
  readonly id: string;
  /** One of the lexicon's categories (`FRAMING_CATEGORIES`; parsing rejects the others). */
  readonly category: FramingCategory;
  /** What the choice between the variants signals. */
  readonly explanation: string;
  /** Where the explanation comes from (style guide, public decision, dictionary). */
  readonly source: string;
  readonly variants: readonly LexiconVariant[];
  /** Phrases in which a variant does not count ("chicken Kiev", "Dynamo Kiev"). */
  readonly exceptions?: readonly string[];
  /** 1 (mild) to 3 (strong): how much a contrast in this set matters for ranking. */
  readonly weight?: number;
}

export interface Lexicon {
  readonly version: 1;
  readonly sets: readonly LexiconSet[];
}

/** One occurrence of a lexicon variant in an article. */
export interface TermMatch extends TextSpan {
  readonly setId: string;
  readonly variantId: string;
  readonly category: FramingCategory;
}

/** One occurrence as reported in a framing entry. */
export interface FramingOccurrence extends TextSpan {
  readonly variantId: string;
}

/**
 * A lexicon set that at least one of the two articles uses.
 * `contrast` is true when the articles use different variants of it (or only one article
 * uses a loaded one-sided term, in which case the other side is empty).
 */
export interface FramingEntry {
  readonly setId: string;
  readonly category: FramingCategory;
  readonly contrast: boolean;
  readonly a: readonly FramingOccurrence[];
  readonly b: readonly FramingOccurrence[];
  /** Explanation of the set, followed by the notes of the variants in use. */
  readonly note: string;
  readonly explanation: string;
  readonly source: string;
  /** Variant ids used by each side (deduplicated, in order of first use). */
  readonly variantsA: readonly string[];
  readonly variantsB: readonly string[];
  readonly weight: number;
  /** For `agency` entries: who acted, as one article tells it, and the other's agentless wording. */
  readonly agency?: AgencyDetail;
  /** For `distancing` entries: the marked words and their plain use in the other article. */
  readonly distancing?: DistancingDetail;
}

/** How one article names who acted where the corresponding sentence of the other does not. */
export interface AgencyDetail {
  /**
   * The aligned pair of the agent's sentence, or `s<A sentence>-<B sentence>` when the two
   * sentences tell one event but alignment left them apart. An identifier only.
   */
  readonly pairId: string;
  /** The article that names who acted. */
  readonly agentSide: Side;
  /** Who acted ("troops", "the army"), in the agent side's article. */
  readonly agent: TextSpan;
  /** What they did ("opened fire and killed"), in the agent side's article. */
  readonly action: TextSpan;
  /** The other article's agentless wording ("were killed", "died", "amid unrest"). */
  readonly agentless: TextSpan;
  /** How the agent is left out: an agentless passive, an intransitive verb, or a noun for the event. */
  readonly form: 'passive' | 'intransitive' | 'nominal';
}

/** A scare quote or "so-called" in one article, with the same words used plainly in the other. */
export interface DistancingDetail {
  readonly side: Side;
  readonly kind: 'scare-quote' | 'so-called';
  /** The words distanced from, without quote marks or "so-called". */
  readonly phrase: TextSpan;
  /** The same words used plainly in the other article, when it uses them. */
  readonly counterpart?: TextSpan;
}

/**
 * A subjective or intense word in the outlet's own voice (not inside a quotation, not part of
 * a name), from a published subjectivity resource. Listed without a counterpart: it is a word
 * one article chose, whatever the other says.
 */
export interface LoadedTerm extends TextSpan {
  readonly sentence: number;
  /** 0..1, higher first when ranked. */
  readonly intensity: number;
  readonly subjectivity: 'strong' | 'weak';
  /** The resource's entry that matched, e.g. "brutal". */
  readonly entry: string;
}

// ---------------------------------------------------------------------------------------
// Discovered substitutions
// ---------------------------------------------------------------------------------------

export type SubstitutionCategory =
  | 'lexicon'
  | 'spelling-variant'
  | 'transliteration'
  | 'unclassified';

/** A short span of A replaced by a short span of B inside an aligned pair. */
export interface Substitution {
  readonly kind: 'substitution';
  readonly category: SubstitutionCategory;
  /** The aligned pair it was found in; absent for a name spelled two ways across the articles. */
  readonly pairId?: string;
  readonly a: TextSpan;
  readonly b: TextSpan;
  /** Lexicon set that explains it, when `category` is `lexicon` or a lexicon spelling set. */
  readonly setId?: string;
  /** AFINN score of B's words minus A's words. */
  readonly toneDelta: number;
  /** Higher first: lexicon weight, tone difference, shortness. */
  readonly salience: number;
}

// ---------------------------------------------------------------------------------------
// Sentiment
// ---------------------------------------------------------------------------------------

/** A word that moved a score, with its AFINN weight and how often it occurs. */
export interface SentimentDriver {
  readonly word: string;
  readonly weight: number;
  readonly count: number;
}

export interface SentenceSentiment extends Span {
  readonly sentence: number;
  readonly score: number;
  readonly comparative: number;
  /** Scored words in this sentence with their offsets. */
  readonly words: readonly (TextSpan & { readonly weight: number })[];
}

export interface ArticleSentiment {
  readonly score: number;
  readonly comparative: number;
  readonly positive: readonly SentimentDriver[];
  readonly negative: readonly SentimentDriver[];
  readonly sentences: readonly SentenceSentiment[];
}

/** Tone of the sentences of each article that mention one named actor. */
export interface ActorTone {
  readonly actor: string;
  readonly a: { readonly mentions: number; readonly score: number; readonly comparative: number };
  readonly b: { readonly mentions: number; readonly score: number; readonly comparative: number };
}

/**
 * The difference in total score (B − A), split into what changed wording inside aligned pairs
 * contributes and what content only one article has contributes.
 */
export interface ToneGap {
  readonly total: number;
  readonly fromWording: number;
  readonly fromOneSidedContent: number;
}

export interface SentimentReport {
  /** False when tone analysis was switched off: every score is then a placeholder zero. */
  readonly enabled: boolean;
  readonly a: ArticleSentiment;
  readonly b: ArticleSentiment;
  readonly actors: readonly ActorTone[];
  readonly gap: ToneGap;
  /** One line on what the method can and cannot tell. */
  readonly limits: string;
}

// ---------------------------------------------------------------------------------------
// Quotes
// ---------------------------------------------------------------------------------------

export interface Quote {
  /** The quoted words without the quote marks. */
  readonly quote: TextSpan;
  readonly sentence: number;
  readonly speaker?: TextSpan;
  readonly verb?: TextSpan;
}

export interface SharedQuote {
  readonly a: number;
  readonly b: number;
  /** Word overlap of the two quotes in [0, 1]. */
  readonly similarity: number;
}

export interface QuoteReport {
  readonly a: readonly Quote[];
  readonly b: readonly Quote[];
  /** Indices into `a` and `b` of quotes both articles carry. */
  readonly shared: readonly SharedQuote[];
}

// ---------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------

/**
 * A run of the file left out of the analysis (page furniture, an appended article, code),
 * with its exact range. `text` is the file's slice; where that holds markup or entities,
 * `display` carries the visible words.
 */
export interface LeftOutText extends TextSpan {
  readonly reason: ExclusionReason;
  readonly display?: string;
}

export interface SentenceRef extends TextSpan {
  readonly sentence: number;
}

export interface ArticleSummary {
  readonly label: 'A' | 'B';
  readonly path: string;
  readonly title: string;
  /** The article's first line with words, shortened (see `headlineOf`); empty when it has none. */
  readonly headline: string;
  readonly paragraphs: number;
  readonly sentences: number;
  readonly words: number;
  readonly characters: number;
  readonly sentiment: { readonly score: number; readonly comparative: number };
}

/** One of the few things every view says first, in plain language, ranked by salience. */
export interface KeyFinding {
  readonly kind: 'framing' | 'agency' | 'distancing' | 'loaded' | 'coverage' | 'tone';
  readonly salience: number;
  /** One sentence a reader understands without the rest of the report. */
  readonly text: string;
  /** Where to look in the articles. */
  readonly spans: readonly (Span & { readonly side: Side })[];
}

/** The single source for every view: decorations, hovers, panel, report, exports and CLI. */
export interface Report {
  readonly schemaVersion: 1;
  readonly articles: readonly [ArticleSummary, ArticleSummary];
  /** Three to five findings in plain language, most salient first. */
  readonly keyFindings: readonly KeyFinding[];
  /** How many findings the user chose to ignore were left out of this report (absent when none). */
  readonly ignored?: number;
  /** Share of content words the two articles have in aligned sentences, in [0, 1]. */
  readonly similarity: number;
  readonly alignment: {
    readonly matched: number;
    readonly identical: number;
    readonly moved: number;
    readonly split: number;
    readonly merged: number;
    readonly onlyInA: number;
    readonly onlyInB: number;
  };
  readonly framing: readonly FramingEntry[];
  readonly changes: readonly Substitution[];
  /** Loaded words each article uses in its own voice, strongest first. */
  readonly loaded: { readonly a: readonly LoadedTerm[]; readonly b: readonly LoadedTerm[] };
  /** Spelling-variant sets in use (kept apart from framing unless asked for). */
  readonly spelling: readonly FramingEntry[];
  readonly pairs: readonly AlignedPair[];
  readonly onlyInA: readonly SentenceRef[];
  readonly onlyInB: readonly SentenceRef[];
  readonly sentiment: SentimentReport;
  readonly quotes: QuoteReport;
  /** Every sentence of each article, so views can show the text without the source. */
  readonly sentences: { readonly a: readonly SentenceRef[]; readonly b: readonly SentenceRef[] };
  /** What reading each file left out of the analysis; empty when nothing was. */
  readonly excluded: { readonly a: readonly LeftOutText[]; readonly b: readonly LeftOutText[] };
  /** What makes the comparison weak or meaningless, as codes the views phrase (`pairNoticeText`). */
  readonly notices: readonly InputNotice[];
  /** The notices phrased, for readers of the JSON. */
  readonly warnings: readonly string[];
}

// ---------------------------------------------------------------------------------------
// Collections: three or more articles on one story (`schemaVersion: 2`)
// ---------------------------------------------------------------------------------------

/** A span in one article of a collection: `article` is its index in `articles`. */
export interface ArticleSpan extends TextSpan {
  readonly article: number;
}

/** An article of a collection. `title` names the outlet: the name the user gave, else the headline. */
export interface CollectionArticle extends Omit<ArticleSummary, 'label'> {
  /** "A", "B", "C", … in the order the articles were given ("A27" past Z). */
  readonly label: string;
  /** The article's first line, shortened: how views name it when the user gave no name. */
  readonly headline: string;
}

/** One article's use of a framing set in a collection. */
export interface CollectionUse extends ArticleSpan {
  readonly variantId: string;
}

/**
 * One framing set across the collection: a row of the variant matrix. `uses[k]` are article
 * k's uses (quoted ones included); `variants[k]` the variants it uses in its own voice, as in
 * the pair report's `variantsA`. `contrast` is true when some pair of articles contrasts on
 * the set, by the pair report's rules.
 */
export interface CollectionFraming {
  readonly setId: string;
  readonly category: FramingCategory;
  readonly contrast: boolean;
  readonly note: string;
  readonly explanation: string;
  readonly source: string;
  readonly weight: number;
  readonly uses: readonly (readonly CollectionUse[])[];
  readonly variants: readonly (readonly string[])[];
}

/** One sentence of one article of a collection. */
export interface CollectionSentence extends ArticleSpan {
  readonly sentence: number;
}

/**
 * One fact two or more articles carry: the sentences that correspond across them (several
 * per article when an outlet split it), the articles that carry it and those that do not.
 */
export interface CoverageGroup {
  readonly sentences: readonly CollectionSentence[];
  readonly articles: readonly number[];
  readonly missing: readonly number[];
}

/**
 * The focus article against one other, with every field of the pair report: side `a` is
 * article `a` (the focus), side `b` article `b`.
 */
export interface PairComparison extends Omit<Report, 'schemaVersion' | 'articles' | 'excluded'> {
  readonly a: number;
  readonly b: number;
}

/**
 * What makes part of a collection weak, as data the views phrase: an article with no words or
 * mostly not in English (`article`), or a pair that is identical, has the same words, or
 * shares almost nothing (`articles`, the lower index first).
 */
export type CollectionNotice =
  | { readonly code: 'no-words' | 'not-english'; readonly article: number }
  | { readonly code: 'identical' | 'same-words' | 'unrelated'; readonly articles: readonly [number, number] };

/** Three or more articles compared at once: the single source of the collection views. */
export interface CollectionReport {
  readonly schemaVersion: 2;
  readonly articles: readonly CollectionArticle[];
  /** The article the others are compared with in detail (`comparisons`). */
  readonly focus: number;
  /** What makes part of the comparison weak; empty when nothing does. */
  readonly notices: readonly CollectionNotice[];
  /** Symmetric N×N matrix of pair similarities (1 on the diagonal). */
  readonly similarity: readonly (readonly number[])[];
  /** The variant matrix: every lexicon set some article uses, contrasts first. */
  readonly framing: readonly CollectionFraming[];
  /** Spelling-variant sets in use, the same way (kept apart from framing). */
  readonly spelling: readonly CollectionFraming[];
  /** Facts two or more articles carry, in the focus article's order, then the others'. */
  readonly coverage: readonly CoverageGroup[];
  /** Per article, the sentences no other article of the collection carries. */
  readonly unshared: readonly (readonly CollectionSentence[])[];
  /** Per article, what reading its file left out of the analysis. */
  readonly excluded: readonly (readonly (LeftOutText & { readonly article: number })[])[];
  /** The focus against each other article, in article order. */
  readonly comparisons: readonly PairComparison[];
}
