import * as l10n from '@vscode/l10n';
import { signed } from '../../core/render/labels';
import type { ToneArticle, ToneSentence } from '../../core/views/toneModel';
import { el, signClass } from './dom';

export interface StripOptions {
  readonly article: ToneArticle;
  /** |score| that fills half a bar; shared by all strips so they compare. */
  readonly scale: number;
  /** Sentence last revealed from this strip, marked and focused first. */
  readonly selected: number | undefined;
  readonly onReveal: (index: number, sentence: ToneSentence) => void;
}

const MIN_BAR = 3;
const MAX_BAR = 36;
const COLUMN_GAP = 1;
/** Smallest visible share of half a bar for a sentence that scored at all. */
const MIN_FILL = 0.2;

/** Strips on the page, laid out again when the panel's width changes. */
const layouts = new Map<Element, () => void>();
const resizeObserver = new ResizeObserver((entries) => {
  for (const entry of entries) {
    layouts.get(entry.target)?.();
  }
});

/** How many sentences an article has: in a long one a bar stands for a run of them (`ToneSentence.run`). */
export function sentenceCount(article: ToneArticle): number {
  return article.sentenceCount ?? article.sentences.length;
}

/** "Sentence 7" or, for a bar over a run, "Sentences 41–52". */
function barName(sentence: ToneSentence, index: number): string {
  return sentence.run ? l10n.t('Sentences {0}–{1}', sentence.run.first + 1, sentence.run.first + sentence.run.count) : l10n.t('Sentence {0}', index + 1);
}

/** "Sentence 7 of 120" or, for a bar over a run, "Sentences 41–52 of 1200". */
function barPlace(sentence: ToneSentence, index: number, total: number): string {
  return sentence.run
    ? l10n.t('Sentences {0}–{1} of {2}', sentence.run.first + 1, sentence.run.first + sentence.run.count, total)
    : l10n.t('Sentence {0} of {1}', index + 1, total);
}

/** A bar's score: a sentence's whole score, or a run's mean "on average". */
function barScore(sentence: ToneSentence): string {
  return sentence.run ? l10n.t('{0} on average', signed(sentence.score, 1)) : signed(sentence.score);
}

/** Forgets the strips of the previous render. */
export function resetStrips(): void {
  resizeObserver.disconnect();
  layouts.clear();
}

/**
 * One article's tone, one bar per sentence in reading order: up and green for a positive
 * score, down and red for a negative one, taller for stronger; a flat tick for none. Bars wrap
 * into balanced rows, so 5 sentences give broad bars and 800 give narrow ones in a dozen rows.
 * The strip is one tab stop: arrow keys move between bars (up/down by a row), Home/End jump,
 * Enter or a click reveals the sentence. Pointing at a bar (or focusing it) shows its score and
 * the start of its text in the line below the strip. In a long article each bar stands for a
 * run of sentences (its mean score), so the strip stays a few hundred bars.
 */
export function toneStrip(options: StripOptions): HTMLElement {
  const { article, scale } = options;
  const count = article.sentences.length;
  const total = sentenceCount(article);
  let selected = options.selected !== undefined && options.selected < count ? options.selected : undefined;
  let columns = Math.max(1, count);

  const strip = el('div', {
    class: 'strip',
    attrs: {
      role: 'toolbar',
      'aria-label':
        total === 1
          ? l10n.t('Tone of each sentence of {0} · {1}, 1 sentence', article.label, article.title)
          : l10n.t('Tone of each sentence of {0} · {1}, {2} sentences', article.label, article.title, total),
    },
  });
  const readout = el('div', { class: 'readout', attrs: { 'aria-hidden': 'true' } });
  const bars = article.sentences.map((sentence, index) => bar(sentence, index, total, scale));
  strip.append(...bars);
  const focusable = selected ?? 0;
  if (bars[focusable]) {
    bars[focusable].tabIndex = 0;
  }
  if (selected !== undefined) {
    bars[selected]?.classList.add('selected');
  }

  const show = (index: number | undefined) => {
    readout.replaceChildren();
    if (index === undefined) {
      readout.classList.add('overview');
      readout.textContent = overview(article);
      return;
    }
    readout.classList.remove('overview');
    const sentence = article.sentences[index]!;
    readout.append(
      el('span', { class: 'readout-where' }, `${barPlace(sentence, index, total)} · `),
      el('span', { class: `score ${signClass(sentence.score)}` }, barScore(sentence)),
      el('span', { class: 'readout-where' }, ' · '),
      el('span', { class: 'readout-text' }, `“${sentence.preview}”`)
    );
  };
  show(selected);

  const moveTo = (index: number) => {
    const target = bars[Math.max(0, Math.min(count - 1, index))];
    if (!target) {
      return;
    }
    for (const b of bars) {
      if (b.tabIndex === 0 && b !== target) {
        b.tabIndex = -1;
      }
    }
    target.tabIndex = 0;
    target.focus();
  };

  strip.addEventListener('click', (event) => {
    const index = barIndex(event.target);
    if (index === undefined) {
      return;
    }
    if (selected !== undefined) {
      bars[selected]?.classList.remove('selected');
    }
    selected = index;
    bars[index]!.classList.add('selected');
    moveTo(index);
    options.onReveal(index, article.sentences[index]!);
  });
  strip.addEventListener('keydown', (event) => {
    const index = barIndex(event.target);
    if (index === undefined) {
      return;
    }
    const next = keyTarget(event.key, index, columns, count);
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    }
  });
  strip.addEventListener('mouseover', (event) => show(barIndex(event.target) ?? selected));
  strip.addEventListener('mouseleave', () => show(strip.contains(document.activeElement) ? barIndex(document.activeElement) : selected));
  strip.addEventListener('focusin', (event) => show(barIndex(event.target)));
  strip.addEventListener('focusout', (event) => {
    if (!strip.contains(event.relatedTarget as Node | null)) {
      show(selected);
    }
  });

  const layout = () => {
    const width = strip.clientWidth;
    if (width <= 0 || count === 0) {
      return;
    }
    const fit = Math.max(1, Math.floor((width + COLUMN_GAP) / (MIN_BAR + COLUMN_GAP)));
    const rows = Math.ceil(count / fit);
    // Balanced rows: 100 bars in a 70-bar width give two rows of 50, not 70 and 30.
    columns = Math.ceil(count / rows);
    const barWidth = Math.max(MIN_BAR, Math.min(MAX_BAR, Math.floor((width + COLUMN_GAP) / columns) - COLUMN_GAP));
    strip.style.gridTemplateColumns = `repeat(${columns}, ${barWidth}px)`;
    strip.dataset.rows = rows === 1 ? 'one' : rows <= 4 ? 'few' : 'many';
  };
  layouts.set(strip, layout);
  resizeObserver.observe(strip);

  return el('div', { class: 'strip-block' }, strip, readout);
}

function bar(sentence: ToneSentence, index: number, total: number, scale: number): HTMLButtonElement {
  const sign = signClass(sentence.score);
  const button = el('button', {
    class: `bar ${sign}`,
    title: `${barName(sentence, index)} · ${barScore(sentence)}\n${sentence.preview}`,
    attrs: {
      type: 'button',
      tabindex: '-1',
      'data-index': String(index),
      'aria-label': l10n.t('{0}, score {1}: {2}', barPlace(sentence, index, total), barScore(sentence), sentence.preview),
    },
  });
  // Square root, so that the usual −2…−4 sentences stay visible next to one −15 outlier.
  const strength = Math.sqrt(Math.min(1, Math.abs(sentence.score) / scale));
  const fill = el('span', { class: 'fill' });
  if (sentence.score !== 0) {
    // CSSOM writes are allowed by the CSP (inline style attributes are not).
    fill.style.setProperty('--fill', (Math.max(MIN_FILL, strength) * 50).toFixed(1) + '%');
    fill.style.setProperty('--strength', strength.toFixed(2));
  }
  button.append(fill);
  return button;
}

/** What the strip shows at a glance, for when no bar is pointed at: "4 negative, 1 positive, 7 without scored words · strongest −11 (sentence 7)". */
function overview(article: ToneArticle): string {
  const sentences = article.sentences;
  if (sentences.length === 0) {
    return l10n.t('No sentences.');
  }
  const negative = sentences.filter((s) => s.score < 0).length;
  const positive = sentences.filter((s) => s.score > 0).length;
  const neutral = sentences.length - negative - positive;
  let strongest = 0;
  sentences.forEach((s, i) => {
    if (Math.abs(s.score) > Math.abs(sentences[strongest]!.score)) {
      strongest = i;
    }
  });
  const parts = [
    l10n.t({ message: '{0} negative', args: [negative], comment: ['How many bars of the tone strip (sentences, or runs of them) score below zero'] }),
    l10n.t({ message: '{0} positive', args: [positive], comment: ['How many bars of the tone strip (sentences, or runs of them) score above zero'] }),
    l10n.t({ message: '{0} neutral', args: [neutral], comment: ['How many bars of the tone strip (sentences, or runs of them) score zero'] }),
  ].join(', ');
  const peak = sentences[strongest]!;
  if (peak.run) {
    // Bars over runs: the counts are of runs, by their mean. A run-sized article has far more than one sentence.
    const counts = l10n.t('{0} sentences in runs of {1}: {2} on average', sentenceCount(article), sentences[0]!.run!.count, parts);
    if (peak.score === 0) return counts;
    const where = l10n.t('strongest {0} (sentences {1}–{2})', signed(peak.score, 1), peak.run.first + 1, peak.run.first + peak.run.count);
    return `${counts} · ${where}`;
  }
  return peak.score !== 0 ? `${parts} · ${l10n.t('strongest {0} (sentence {1})', signed(peak.score), strongest + 1)}` : parts;
}

function barIndex(target: EventTarget | null): number | undefined {
  const bar = target instanceof Element ? target.closest<HTMLElement>('.bar') : null;
  if (!bar) {
    return undefined;
  }
  const index = Number(bar.dataset.index);
  return Number.isInteger(index) ? index : undefined;
}

function keyTarget(key: string, index: number, columns: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowDown':
      return index + columns < count ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
