/**
 * The Tone panel's view model: the few numbers and short strings the panel draws, taken from
 * a pair report or a collection report. A report of long articles carries every sentence's
 * text and every scored word; the panel needs only a preview of each sentence, so this keeps
 * what it sends to the webview small. Pure data in, plain JSON out (no `vscode` import).
 */
import { MAX_ACTORS } from '../sentiment/actors';
import type { ActorTone, ArticleSentiment, CollectionReport, PairComparison, Report, SentenceRef, ToneGap } from '../types';
import { compareEnglish } from '../text/englishOrder';

/**
 * One bar of the tone strip: a sentence, or in a long article a run of sentences (see
 * `MAX_BARS`). `start`/`end` are offsets into the article, for revealing it.
 */
export interface ToneSentence {
  readonly start: number;
  readonly end: number;
  /** The sentence's score; a run's mean score, to one decimal. */
  readonly score: number;
  /** The start of the (first) sentence on one line (whitespace collapsed), "…" when cut. */
  readonly preview: string;
  /** A run of sentences: the index of its first sentence and how many it has. */
  readonly run?: { readonly first: number; readonly count: number };
}

/**
 * Most bars a strip has. A longer article (a report of book length has thousands of
 * sentences) gets one bar per run of consecutive sentences instead: the panel stays light to
 * build, send and draw, and a bar is still a few pixels wide in a sidebar.
 */
export const MAX_BARS = 1000;

/** A word that moved an article's score. */
export interface ToneDriver {
  readonly word: string;
  readonly weight: number;
  readonly count: number;
}

/** One outlet: a card, a strip and a column of the actors table. */
export interface ToneArticle {
  /** The article's index among the compared documents: what a reveal names. */
  readonly article: number;
  /** "A", "B", "C", …: the pair's sides, or the collection's letters. */
  readonly label: string;
  /** The outlet's name: the user's name or the headline in a collection, the file name for a pair. */
  readonly title: string;
  /** The article the others are compared with (the pair's A). */
  readonly focus: boolean;
  readonly score: number;
  /** Score per word, rounded to 4 decimals. */
  readonly comparative: number;
  readonly words: number;
  /** Every sentence, in reading order (index = sentence number); runs of sentences beyond `MAX_BARS`. */
  readonly sentences: readonly ToneSentence[];
  /** How many sentences the article has, when bars stand for runs of them. */
  readonly sentenceCount?: number;
  /** Most negative drivers first (largest |weight × count|), at most {@link MAX_DRIVERS}. */
  readonly negative: readonly ToneDriver[];
  readonly positive: readonly ToneDriver[];
}

/** The sentences of one article that mention an actor. */
export interface ToneActorSide {
  /** Sentences that mention the actor. */
  readonly mentions: number;
  /** Summed score of those sentences. */
  readonly score: number;
}

export interface ToneActor {
  readonly actor: string;
  /**
   * One cell per entry of {@link ToneModel.articles}, in that order. Null where that
   * article's comparison with the focus does not list the actor (each comparison keeps its
   * own few most mentioned actors), which is not the same as a count of zero.
   */
  readonly tones: readonly (ToneActorSide | null)[];
}

/** The gap between the focus and one other article: `b`'s total − `a`'s, split into its sources. */
export interface ToneComparisonGap extends ToneGap {
  /** Positions in {@link ToneModel.articles}: `a` is the focus, `b` the other article. */
  readonly a: number;
  readonly b: number;
}

export interface ToneModel {
  /** Identifies the comparison (changes when a new one starts) and its recomputation. */
  readonly comparisonId: number;
  readonly revision: number;
  /** False when tone analysis is switched off: the scores are placeholders, not zeros. */
  readonly enabled: boolean;
  /** Two or more outlets: the focus and its partner for a pair, every article in order for a collection. */
  readonly articles: readonly ToneArticle[];
  /** The largest |sentence score| of all articles (at least 1), so all strips share one scale. */
  readonly scale: number;
  readonly actors: readonly ToneActor[];
  /** The focus against each other article, in the order of `articles` (one entry for a pair). */
  readonly gaps: readonly ToneComparisonGap[];
  /** One line on what the method can and cannot tell. */
  readonly limits: string;
}

export interface ToneModelOptions {
  readonly comparisonId?: number;
  readonly revision?: number;
  /**
   * Whether tone analysis is on. When omitted it is read from the report.
   */
  readonly enabled?: boolean;
}

export interface PairToneOptions extends ToneModelOptions {
  /** The article indices of sides A and B (the focus and its partner). Default `[0, 1]`. */
  readonly articles?: readonly [number, number];
}

/** What the panel is built from: the live comparison's reports and which articles they show. */
export interface ToneSource {
  /** The focus (A) against its partner (B). */
  readonly report: Report;
  /** Present for three or more articles: then every article gets a card and a strip. */
  readonly collection?: CollectionReport;
  readonly focus: number;
  readonly partner: number;
}

/** How many driving words per polarity the panel lists. */
export const MAX_DRIVERS = 6;
/** Characters of a sentence kept for its hover text. */
export const PREVIEW_LENGTH = 80;

/** The panel's model of a live comparison: every article of a collection, else the pair. */
export function toneModelFor(source: ToneSource, options: ToneModelOptions = {}): ToneModel {
  return source.collection
    ? collectionToneModel(source.collection, options)
    : toneModelOf(source.report, { ...options, articles: [source.focus, source.partner] });
}

/** The panel's model of a pair report: two articles, one gap. */
export function toneModelOf(report: Report, options: PairToneOptions = {}): ToneModel {
  const sentiment = report.sentiment;
  const [indexA, indexB] = options.articles ?? [0, 1];
  const [summaryA, summaryB] = report.articles;
  const a = article({ article: indexA, label: summaryA.label, title: summaryA.headline || summaryA.title, words: summaryA.words, focus: true }, sentiment.a, report.sentences.a);
  const b = article({ article: indexB, label: summaryB.label, title: summaryB.headline || summaryB.title, words: summaryB.words, focus: false }, sentiment.b, report.sentences.b);
  return {
    comparisonId: options.comparisonId ?? 0,
    revision: options.revision ?? 0,
    enabled: options.enabled ?? sentiment.enabled,
    articles: [a, b],
    scale: scaleOf([a, b]),
    actors: sentiment.actors.map((t) => ({ actor: t.actor, tones: [cell(t.a), cell(t.b)] })),
    gaps: [{ a: 0, b: 1, ...gapOf(sentiment.gap) }],
    limits: sentiment.limits,
  };
}

/**
 * The panel's model of a collection: one article per compared document, in order. Each
 * article's tone comes from its comparison with the focus (the focus's own from the first
 * comparison, where it is side A: every comparison scores it the same), and so do its
 * actors, merged across comparisons by name.
 */
export function collectionToneModel(collection: CollectionReport, options: ToneModelOptions = {}): ToneModel {
  const { focus, comparisons } = collection;
  const first = comparisons[0];
  if (!first) throw new RangeError('A collection report without comparisons has no tone to show.');
  const byArticle = new Map<number, PairComparison>(comparisons.map((c) => [c.b, c]));
  const articles = collection.articles.map((summary, k) => {
    const named = { article: k, label: summary.label, title: summary.title, words: summary.words, focus: k === focus };
    if (k === focus) return article(named, first.sentiment.a, first.sentences.a);
    const comparison = byArticle.get(k);
    if (!comparison) throw new RangeError(`The collection report has no comparison of article ${k} with the focus.`);
    return article(named, comparison.sentiment.b, comparison.sentences.b);
  });
  return {
    comparisonId: options.comparisonId ?? 0,
    revision: options.revision ?? 0,
    enabled: options.enabled ?? first.sentiment.enabled,
    articles,
    scale: scaleOf(articles),
    actors: mergeActors(articles.length, focus, comparisons),
    gaps: comparisons.map((c) => ({ a: focus, b: c.b, ...gapOf(c.sentiment.gap) })),
    limits: first.sentiment.limits,
  };
}

/**
 * One row per actor named in any comparison: the focus's cell from the first comparison
 * that lists the actor, each other article's from its own. A pair names an actor its two
 * articles spell differently "Odesa / Odessa", the focus's spelling first; rows are merged by
 * the focus's spelling and named by every spelling ("Odesa / Odessa" when one outlet writes
 * "Odessa"). Actors more outlets mention come first, then the most mentioned; as many as one
 * pair shows.
 */
function mergeActors(count: number, focus: number, comparisons: readonly PairComparison[]): ToneActor[] {
  const rows = new Map<string, { spellings: string[]; tones: (ToneActorSide | null)[] }>();
  for (const comparison of comparisons) {
    for (const tone of comparison.sentiment.actors) {
      const parts = tone.actor.split(' / ');
      const [key, spelling] = parts.length === 2 ? [parts[0]!, parts[1]!] : [tone.actor, tone.actor];
      const row = rows.get(key) ?? { spellings: [key], tones: Array.from({ length: count }, () => null) };
      if (!row.spellings.includes(spelling)) row.spellings.push(spelling);
      row.tones[focus] ??= cell(tone.a);
      row.tones[comparison.b] = cell(tone.b);
      rows.set(key, row);
    }
  }
  const outlets = (tones: readonly (ToneActorSide | null)[]) => tones.filter((t) => t && t.mentions > 0).length;
  const mentions = (tones: readonly (ToneActorSide | null)[]) => tones.reduce((sum, t) => sum + (t?.mentions ?? 0), 0);
  return [...rows.values()]
    .map((row) => ({ actor: row.spellings.join(' / '), tones: row.tones }))
    .sort((x, y) => outlets(y.tones) - outlets(x.tones) || mentions(y.tones) - mentions(x.tones) || compareEnglish(x.actor, y.actor))
    .slice(0, MAX_ACTORS);
}

interface ArticleName {
  readonly article: number;
  readonly label: string;
  readonly title: string;
  readonly words: number;
  readonly focus: boolean;
}

/** How many sentences an article has (`sentences` holds runs of them in a long article). */
export function sentenceCount(article: ToneArticle): number {
  return article.sentenceCount ?? article.sentences.length;
}

function article(name: ArticleName, tone: ArticleSentiment, refs: readonly SentenceRef[]): ToneArticle {
  const texts = new Map<number, string>();
  for (const ref of refs) {
    texts.set(ref.sentence, ref.text);
  }
  const all = tone.sentences;
  const bars =
    all.length <= MAX_BARS
      ? all.map((s) => ({ start: s.start, end: s.end, score: s.score, preview: preview(texts.get(s.sentence) ?? '') }))
      : runs(all, Math.ceil(all.length / MAX_BARS), (s) => texts.get(s.sentence) ?? '');
  return {
    article: name.article,
    label: name.label,
    title: name.title,
    focus: name.focus,
    score: tone.score,
    comparative: round(tone.comparative, 4),
    words: name.words,
    sentences: bars,
    ...(bars.length < all.length ? { sentenceCount: all.length } : {}),
    negative: drivers(tone.negative),
    positive: drivers(tone.positive),
  };
}

/** Bars of `per` consecutive sentences each: their span, mean score and the first one's preview. */
function runs(sentences: ArticleSentiment['sentences'], per: number, text: (s: ArticleSentiment['sentences'][number]) => string): ToneSentence[] {
  const bars: ToneSentence[] = [];
  for (let first = 0; first < sentences.length; first += per) {
    const run = sentences.slice(first, first + per);
    const mean = run.reduce((sum, s) => sum + s.score, 0) / run.length;
    bars.push({ start: run[0]!.start, end: run[run.length - 1]!.end, score: round(mean, 1), preview: preview(text(run[0]!)), run: { first, count: run.length } });
  }
  return bars;
}

function scaleOf(articles: readonly ToneArticle[]): number {
  let scale = 1;
  for (const article of articles) {
    for (const s of article.sentences) {
      scale = Math.max(scale, Math.abs(s.score));
    }
  }
  return scale;
}

function cell(side: ActorTone['a']): ToneActorSide {
  return { mentions: side.mentions, score: side.score };
}

function gapOf(gap: ToneGap): ToneGap {
  return { total: gap.total, fromWording: gap.fromWording, fromOneSidedContent: gap.fromOneSidedContent };
}

function drivers(list: ArticleSentiment['positive']): ToneDriver[] {
  return list.slice(0, MAX_DRIVERS).map((d) => ({ word: d.word, weight: d.weight, count: d.count }));
}

/**
 * The start of a sentence on one line: whitespace runs become one space, and a sentence longer
 * than `length` is cut at the last word boundary that fits (or mid-word for one long word),
 * never inside a surrogate pair, and marked with "…".
 */
export function preview(text: string, length = PREVIEW_LENGTH): string {
  // Only the start is shown: flatten a head of the text, and all of it only when the head
  // could be all there is to show (its whitespace may shrink it to `length` or less).
  const head = text.length > 4 * length ? text.slice(0, 4 * length) : text;
  let flat = head.replace(/\s+/g, ' ').trim();
  if (head !== text && flat.length <= length + 1) flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) {
    return flat;
  }
  let cut = flat.lastIndexOf(' ', length);
  if (cut < length / 2) {
    cut = length;
    const code = flat.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) {
      cut--;
    }
  }
  return flat.slice(0, cut).replace(/[\s,;:–—-]+$/, '') + '…';
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
