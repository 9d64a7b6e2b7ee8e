/**
 * The Tone panel's view model: the few numbers and short strings the panel draws, taken from
 * a report. A report of two long articles carries every sentence's text and every scored
 * word; the panel needs only a preview of each sentence, so this keeps what it sends to the
 * webview small. Pure data in, plain JSON out (no `vscode` import).
 */
import type { ArticleSentiment, Report, SentenceRef, Side, ToneGap } from '../types';

/** One bar of the tone strip. `start`/`end` are offsets into the article, for revealing it. */
export interface ToneSentence {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** The start of the sentence on one line (whitespace collapsed), "…" when cut. */
  readonly preview: string;
}

/** A word that moved an article's score. */
export interface ToneDriver {
  readonly word: string;
  readonly weight: number;
  readonly count: number;
}

export interface ToneArticle {
  readonly side: Side;
  readonly label: 'A' | 'B';
  readonly title: string;
  readonly score: number;
  /** Score per word, rounded to 4 decimals. */
  readonly comparative: number;
  readonly words: number;
  /** Every sentence, in reading order (index = sentence number). */
  readonly sentences: readonly ToneSentence[];
  /** Most negative drivers first (largest |weight × count|), at most {@link MAX_DRIVERS}. */
  readonly negative: readonly ToneDriver[];
  readonly positive: readonly ToneDriver[];
}

export interface ToneActorSide {
  /** Sentences that mention the actor. */
  readonly mentions: number;
  /** Summed score of those sentences. */
  readonly score: number;
}

export interface ToneActor {
  readonly actor: string;
  readonly a: ToneActorSide;
  readonly b: ToneActorSide;
}

export interface ToneModel {
  /** Identifies the comparison (changes when a new one starts) and its recomputation. */
  readonly comparisonId: number;
  readonly revision: number;
  /** False when tone analysis is switched off: the scores are placeholders, not zeros. */
  readonly enabled: boolean;
  readonly articles: readonly [ToneArticle, ToneArticle];
  /** The largest |sentence score| of both articles (at least 1), so both strips share a scale. */
  readonly scale: number;
  readonly actors: readonly ToneActor[];
  readonly gap: ToneGap;
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

/** How many driving words per polarity the panel lists. */
export const MAX_DRIVERS = 6;
/** Characters of a sentence kept for its hover text. */
export const PREVIEW_LENGTH = 80;

/** Builds the panel's model from a report. */
export function toToneModel(report: Report, options: ToneModelOptions = {}): ToneModel {
  const sentiment = report.sentiment;
  const enabled = options.enabled ?? sentiment.enabled;
  const a = article('a', report, sentiment.a, report.sentences.a);
  const b = article('b', report, sentiment.b, report.sentences.b);
  let scale = 1;
  for (const s of [...a.sentences, ...b.sentences]) {
    scale = Math.max(scale, Math.abs(s.score));
  }
  return {
    comparisonId: options.comparisonId ?? 0,
    revision: options.revision ?? 0,
    enabled,
    articles: [a, b],
    scale,
    actors: sentiment.actors.map((t) => ({
      actor: t.actor,
      a: { mentions: t.a.mentions, score: t.a.score },
      b: { mentions: t.b.mentions, score: t.b.score },
    })),
    gap: { total: sentiment.gap.total, fromWording: sentiment.gap.fromWording, fromOneSidedContent: sentiment.gap.fromOneSidedContent },
    limits: sentiment.limits,
  };
}


function article(side: Side, report: Report, tone: ArticleSentiment, refs: readonly SentenceRef[]): ToneArticle {
  const summary = report.articles[side === 'a' ? 0 : 1];
  const texts = new Map<number, string>();
  for (const ref of refs) {
    texts.set(ref.sentence, ref.text);
  }
  return {
    side,
    label: summary.label,
    title: summary.title,
    score: tone.score,
    comparative: round(tone.comparative, 4),
    words: summary.words,
    sentences: tone.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      score: s.score,
      preview: preview(texts.get(s.sentence) ?? ''),
    })),
    negative: drivers(tone.negative),
    positive: drivers(tone.positive),
  };
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
  const flat = text.replace(/\s+/g, ' ').trim();
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
