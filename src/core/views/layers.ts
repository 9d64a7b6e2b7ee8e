import * as l10n from '@vscode/l10n';
import { CATEGORY_COLORS } from '../render/categoryColors';
import type { Report } from '../types';
import type { HighlightCategory, HighlightKind } from './highlights';

/**
 * The layers of highlights a reader shows or hides as a whole: each kind of highlight belongs
 * to one (text left out of the analysis, dimmed, belongs to none and is always shown).
 */
export type Layer = 'framing' | 'wordDifferences' | 'oneSided' | 'moved' | 'spelling' | 'loaded';

/** In the order the legend lists them: the strongest signal first. */
export const LAYERS: readonly Layer[] = ['framing', 'wordDifferences', 'oneSided', 'moved', 'spelling', 'loaded'];

export function layerOf(kind: HighlightKind): Layer | undefined {
  switch (kind) {
    case 'leftOut':
      return undefined;
    case 'onlyInA':
    case 'onlyInB':
      return 'oneSided';
    case 'moved':
      return 'moved';
    case 'wordReplaced':
    case 'wordInserted':
    case 'wordDeleted':
      return 'wordDifferences';
    case 'spelling':
      return 'spelling';
    case 'loaded':
      return 'loaded';
    default:
      return 'framing';
  }
}

/** How a layer is named and what its marks look like, for the legend, menus and tooltips. */
export interface LayerInfo {
  readonly layer: Layer;
  readonly label: string;
  /** What the marks look like in the editor, in a few words. */
  readonly look: string;
  /** What they mean, in one sentence. */
  readonly meaning: string;
}

/** How a layer is named and what its marks look like, in the UI language. */
export function layerInfo(layer: Layer): LayerInfo {
  switch (layer) {
    case 'framing':
      return {
        layer,
        label: l10n.t('Framing terms'),
        look: l10n.t('coloured underlines, one colour per kind'),
        meaning: l10n.t('Words one article chooses where the other chooses another for the same thing (Kyiv / Kiev, said / claimed).'),
      };
    case 'wordDifferences':
      return {
        layer,
        label: l10n.t('Word differences'),
        look: l10n.t('amber, red and green backgrounds on words'),
        meaning: l10n.t('Words that differ inside two sentences telling the same thing: replaced (amber), only in article A’s sentence (red), only in B’s (green).'),
      };
    case 'oneSided':
      return {
        layer,
        label: l10n.t('Only in this article'),
        look: l10n.t('a grey-blue tint over whole sentences'),
        meaning: l10n.t('Sentences with no counterpart in the other article: what one tells and the other leaves out.'),
      };
    case 'moved':
      return {
        layer,
        label: l10n.t('Moved sentences'),
        look: l10n.t('a purple bar at the left of the sentence'),
        meaning: l10n.t('Sentences both articles have, at different places in each.'),
      };
    case 'spelling':
      return {
        layer,
        label: l10n.t('Spelling variants'),
        look: l10n.t('a thin dotted underline'),
        meaning: l10n.t('US and UK spellings of one word (defense / defence): not framing, shown so they are not mistaken for it.'),
      };
    case 'loaded':
      return {
        layer,
        label: l10n.t('Loaded words'),
        look: l10n.t('a dotted underline'),
        meaning: l10n.t('Loaded words an article uses in its own voice, with no counterpart in the other.'),
      };
  }
}

/** One line of the legend: a kind of mark, the colour it is drawn in (a `framingLens.*` colour id) and what it means. */
export interface LegendEntry {
  readonly kind: HighlightKind;
  readonly layer: Layer | undefined;
  /** The colour id in `contributes.colors`, without the `framingLens.` prefix, that the mark is drawn in. */
  readonly color: string;
  readonly label: string;
  readonly example?: string;
}

/**
 * A framing category's legend line, in the UI language. The examples are words of the English
 * articles the lexicon reads, so they stay as written; only distancing's names what it marks.
 */
function categoryLegend(category: HighlightCategory): { readonly label: string; readonly example: string } {
  switch (category) {
    case 'place-name':
      return { label: l10n.t('Place and person names'), example: 'Kyiv / Kiev' };
    case 'reporting-verb':
      return { label: l10n.t('Reporting verbs'), example: 'said / claimed' };
    case 'event-label':
      return { label: l10n.t('Event labels'), example: 'invasion / conflict' };
    case 'actor-label':
      return { label: l10n.t('Actor labels'), example: 'militants / fighters' };
    case 'territory':
      return { label: l10n.t('Territory'), example: 'occupied / disputed' };
    case 'hedge':
      return { label: l10n.t('Hedges'), example: 'reportedly' };
    case 'emotive':
      return { label: l10n.t('Emotive words'), example: 'slammed / criticised' };
    case 'agency':
      return { label: l10n.t('Agency'), example: 'police fired / shots were fired' };
    case 'distancing':
      return {
        label: l10n.t('Distancing'),
        example: l10n.t({
          message: 'so-called, scare quotes',
          args: [],
          comment: ['Legend example of distancing: “so-called” is a word of the (English) articles; “scare quotes” are quotation marks put round a word to doubt it'],
        }),
      };
  }
}

/** Every kind of mark, grouped by layer in the legend's order, then the dimmed left-out text. */
export function legendEntries(categories: readonly HighlightCategory[]): readonly LegendEntry[] {
  return [
    // The editor's underline colour of each category (one table, see categoryColors.ts).
    ...categories.map((category) => ({ kind: `framing:${category}` as const, layer: 'framing' as const, color: CATEGORY_COLORS[category].id, ...categoryLegend(category) })),
    { kind: 'wordReplaced', layer: 'wordDifferences', color: 'wordReplaced', label: l10n.t('Replaced by other words') },
    { kind: 'wordDeleted', layer: 'wordDifferences', color: 'wordDeleted', label: l10n.t('Only in article A’s sentence') },
    { kind: 'wordInserted', layer: 'wordDifferences', color: 'wordInserted', label: l10n.t('Only in article B’s sentence') },
    { kind: 'onlyInA', layer: 'oneSided', color: 'onlyInARuler', label: l10n.t('Sentence only this article has') },
    { kind: 'moved', layer: 'moved', color: 'movedBorder', label: l10n.t('Sentence at another place in the other article') },
    { kind: 'spelling', layer: 'spelling', color: 'framing.spellingVariant', label: l10n.t('US / UK spelling'), example: 'defense / defence' },
    { kind: 'loaded', layer: 'loaded', color: 'loadedLanguage', label: l10n.t('Loaded word, no counterpart') },
    { kind: 'leftOut', layer: undefined, color: 'leftOutRuler', label: l10n.t('Dimmed: left out of the analysis (page furniture, another article)') },
  ];
}

/**
 * Whether two articles are only loosely related: fewer than half the sentences of the shorter
 * one have a counterpart in the other. Then nearly every sentence is "only in one article",
 * and tinting them all says nothing, so the one-sided layer starts hidden (see `OneSidedMode`).
 */
export function looselyRelated(report: Report): boolean {
  const shorter = Math.min(report.articles[0].sentences, report.articles[1].sentences);
  if (shorter === 0) return false;
  const matchedShorter = shorter - (report.articles[0].sentences <= report.articles[1].sentences ? report.alignment.onlyInA : report.alignment.onlyInB);
  return matchedShorter * 2 < shorter;
}

/** The one-sided layer's setting: shown unless the pair is loosely related (`auto`), always, or never. */
export type OneSidedMode = 'auto' | 'on' | 'off';

/** Whether the one-sided layer is shown for a pair under its setting. */
export function oneSidedShown(mode: OneSidedMode, report: Report | undefined): boolean {
  if (mode === 'auto') return !report || !looselyRelated(report);
  return mode === 'on';
}
