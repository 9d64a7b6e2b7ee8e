import * as l10n from '@vscode/l10n';
import { signed } from '../../core/render/labels';
import type { ToneActor, ToneActorSide, ToneArticle, ToneComparisonGap, ToneDriver, ToneModel } from '../../core/views/toneModel';
import { el, signClass } from './dom';
import { sentenceCount } from './strip';

/** A score in its sign's colour, with a real minus sign. */
export function score(value: number, digits = 0): HTMLElement {
  return el('span', { class: `score ${signClass(value)}` }, signed(value, digits));
}

/** The article's letter, as a small badge. */
export function badge(label: string): HTMLElement {
  return el('span', { class: 'badge', attrs: { 'aria-label': l10n.t('Article {0}', label) } }, label);
}

/** "C · Farmers count losses…": how an outlet is named in full (tooltips, labels). */
export function fullName(article: ToneArticle): string {
  return `${article.label} · ${article.title}`;
}

/** The article's letter and title on one line (the full name on hover when it is cut). */
export function articleName(article: ToneArticle, ...after: HTMLElement[]): HTMLElement {
  return el('div', { class: 'article-name' }, badge(article.label), el('span', { class: 'title', title: fullName(article) }, article.title), ...after);
}

/**
 * Each article's score per word and total. Per word leads: a longer article gathers a larger
 * total with the same tone, so totals alone mislead. A pair gets two cards side by side;
 * three or more outlets get one compact card per row, so five still fit a narrow sidebar.
 */
export function scoreCards(model: ToneModel): HTMLElement {
  if (model.articles.length <= 2) {
    return el(
      'div',
      { class: 'cards' },
      ...model.articles.map((article) =>
        el(
          'div',
          { class: 'card' },
          articleName(article),
          el('div', { class: 'card-score', title: l10n.t('AFINN score per word') }, score(article.comparative, 3)),
          el('div', { class: 'muted' }, cardLine(signed(article.score), sentenceCount(article)))
        )
      )
    );
  }
  return el(
    'ul',
    { class: 'cards cards-list', attrs: { 'aria-label': l10n.t('Tone of each outlet') } },
    ...model.articles.map((article) =>
      el(
        'li',
        { class: article.focus ? 'card card-row focus' : 'card card-row' },
        // The name gets a line of its own: headlines are long and a sidebar is narrow.
        articleName(article, ...(article.focus ? [focusTag()] : [])),
        el(
          'div',
          { class: 'card-line' },
          el('span', { class: 'card-row-score', title: l10n.t('AFINN score per word') }, score(article.comparative, 3)),
          // The sentence count is left to the strip's overview line, to keep this to one line.
          el('span', { class: 'muted' }, ` ${l10n.t('per word · total {0}', signed(article.score))}`)
        )
      )
    )
  );
}

function focusTag(): HTMLElement {
  const text = l10n.t({ message: 'focus', args: [], comment: ['Tag on the article the others are compared with'] });
  return el('span', { class: 'tag', title: l10n.t('The others are compared with this article') }, text);
}

/** Under a pair's score card: "per word · total −8 · 12 sentences". */
function cardLine(total: string, count: number): string {
  return count === 1 ? l10n.t('per word · total {0} · 1 sentence', total) : l10n.t('per word · total {0} · {1} sentences', total, count);
}

/** The two sources of a tone gap, named in the UI language (so looked up when drawn). */
function gapParts() {
  return [
    { key: 'wording', label: l10n.t('Changed wording in corresponding sentences'), short: l10n.t('changed wording'), of: (gap: ToneComparisonGap) => gap.fromWording },
    {
      key: 'content',
      label: l10n.t('Content only one article has'),
      short: l10n.t('content only one of the two has'),
      of: (gap: ToneComparisonGap) => gap.fromOneSidedContent,
    },
  ] as const;
}

/**
 * Where the gap between the focus and each other article comes from. A pair gets the gap
 * explained at length; a collection gets one compact row per comparison, on one scale.
 */
export function gapSection(model: ToneModel): HTMLElement {
  return model.gaps.length === 1 ? pairGap(model, model.gaps[0]!) : gapRows(model);
}

/**
 * The gap B − A as a bar around zero: each part (changed wording, one-sided content) is a
 * segment drawn from zero towards its sign, so parts of opposite sign are seen pulling apart
 * and parts of the same sign add up. The numbers follow, so nothing depends on colour.
 */
function pairGap(model: ToneModel, gap: ToneComparisonGap): HTMLElement {
  const a = model.articles[gap.a]!;
  const b = model.articles[gap.b]!;
  return el(
    'div',
    { class: 'gap' },
    el('div', { class: 'gap-total' }, el('span', {}, `${l10n.t('Gap {0} − {1}:', b.label, a.label)} `), score(gap.total)),
    el('p', { class: 'gap-summary' }, gapSummary(a, b, gap.total)),
    gapBar(gap, extentOf(gap)),
    gapAxis(b.label),
    el(
      'ul',
      { class: 'gap-parts' },
      ...gapParts().map((part) =>
        el('li', {}, el('span', { class: `swatch gap-${part.key}`, attrs: { 'aria-hidden': 'true' } }), el('span', { class: 'gap-label' }, part.label), score(part.of(gap)))
      )
    )
  );
}

/** One row per comparison with the focus: "B − A −12", its two parts, and its bar; all bars share one extent. */
function gapRows(model: ToneModel): HTMLElement {
  const focus = model.articles[model.gaps[0]!.a]!;
  const extent = Math.max(...model.gaps.map(extentOf));
  const parts = gapParts();
  const legend = el(
    'ul',
    { class: 'gap-legend muted' },
    ...parts.map((part) => el('li', {}, el('span', { class: `swatch gap-${part.key}`, attrs: { 'aria-hidden': 'true' } }), part.short))
  );
  const rows = model.gaps.map((gap) => {
    const b = model.articles[gap.b]!;
    return el(
      'li',
      { class: 'gap-row', title: `${gapSummary(focus, b, gap.total)} ${parts.map((part) => `${part.label}: ${signed(part.of(gap))}`).join('; ')}.` },
      el(
        'div',
        { class: 'gap-row-head' },
        el('span', { class: 'gap-row-name' }, badge(b.label), ` − ${focus.label} `, score(gap.total)),
        el(
          'span',
          { class: 'gap-row-parts muted' },
          ...parts.flatMap((part, i) => [i > 0 ? ' · ' : null, el('span', { class: `swatch gap-${part.key}`, attrs: { 'aria-hidden': 'true' } }), ' ', score(part.of(gap))])
        )
      ),
      gapBar(gap, extent)
    );
  });
  return el(
    'div',
    { class: 'gap' },
    el('p', { class: 'gap-summary' }, l10n.t('Each outlet’s total score minus {0}’s, and what it comes from:', focus.label)),
    legend,
    el('ul', { class: 'gap-rows' }, ...rows),
    gapAxis('')
  );
}

function gapSummary(a: ToneArticle, b: ToneArticle, total: number): string {
  if (total === 0) return l10n.t('{0} and {1} have the same total score.', b.label, a.label);
  return total < 0
    ? l10n.t('{0}’s total is {1} lower (more negative) than {2}’s.', b.label, Math.abs(total), a.label)
    : l10n.t('{0}’s total is {1} higher (more positive) than {2}’s.', b.label, Math.abs(total), a.label);
}

/** How far from zero a gap's bar reaches: the larger of its positive and its negative parts. */
function extentOf(gap: ToneComparisonGap): number {
  const values = gapParts().map((part) => part.of(gap));
  const positive = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  const negative = values.reduce((sum, v) => sum + Math.max(0, -v), 0);
  return Math.max(positive, negative);
}

function gapBar(gap: ToneComparisonGap, extent: number): HTMLElement {
  const bar = el('div', { class: 'gap-bar', attrs: { 'aria-hidden': 'true' } }, el('span', { class: 'gap-zero' }));
  if (extent <= 0) {
    return bar;
  }
  let right = 0;
  let left = 0;
  for (const part of gapParts()) {
    const value = part.of(gap);
    if (value === 0) {
      continue;
    }
    const width = (Math.abs(value) / extent) * 50;
    const segment = el('span', { class: `gap-seg gap-${part.key}` });
    const offset = value > 0 ? 50 + right : 50 - left - width;
    if (value > 0) {
      right += width;
    } else {
      left += width;
    }
    // CSSOM writes are allowed by the CSP (inline style attributes are not).
    segment.style.left = `${offset.toFixed(2)}%`;
    segment.style.width = `${width.toFixed(2)}%`;
    bar.append(segment);
  }
  return bar;
}

/** The bar's two directions; `who` names the article that is more negative or positive ("" for each row's own). */
function gapAxis(who: string): HTMLElement {
  const negative = who ? l10n.t('← {0} more negative', who) : l10n.t('← more negative');
  const positive = who ? l10n.t('{0} more positive →', who) : l10n.t('more positive →');
  return el('div', { class: 'gap-axis muted', attrs: { 'aria-hidden': 'true' } }, el('span', {}, negative), el('span', {}, positive));
}

/** The words that drive each article's score, most negative and most positive. */
export function driversSection(model: ToneModel): HTMLElement {
  return el(
    'div',
    { class: 'drivers' },
    ...model.articles.map((article) =>
      el(
        'div',
        { class: 'drivers-article' },
        articleName(article),
        driverRow(l10n.t('Negative'), l10n.t('Negative words'), article.negative),
        driverRow(l10n.t('Positive'), l10n.t('Positive words'), article.positive)
      )
    )
  );
}

function driverRow(label: string, name: string, drivers: readonly ToneDriver[]): HTMLElement {
  const list = el('ul', { class: 'chips', attrs: { 'aria-label': name } }, el('li', { class: 'driver-label muted', attrs: { 'aria-hidden': 'true' } }, label));
  if (drivers.length === 0) {
    list.append(el('li', { class: 'muted' }, l10n.t({ message: 'none', args: [], comment: ['In place of the words that drive the score: there are none'] })));
  }
  for (const driver of drivers) {
    list.append(
      el(
        'li',
        { class: 'chip', title: driverTitle(driver) },
        el('span', { class: 'chip-word' }, driver.word),
        ' ',
        score(driver.weight),
        driver.count > 1 ? el('span', { class: 'muted' }, ` ×${driver.count}`) : null
      )
    );
  }
  return list;
}

/** "AFINN weight −2, 3 times: −6 in all". */
function driverTitle(driver: ToneDriver): string {
  const weight = signed(driver.weight);
  const total = signed(driver.weight * driver.count);
  return driver.count === 1 ? l10n.t('AFINN weight {0}, once: {1} in all', weight, total) : l10n.t('AFINN weight {0}, {1} times: {2} in all', weight, driver.count, total);
}

/** Tone of the sentences that mention each named actor: one column per outlet. */
export function actorsSection(model: ToneModel): HTMLElement {
  if (model.actors.length === 0) {
    return el('p', { class: 'muted' }, model.articles.length === 2 ? l10n.t('No named actors found in either article.') : l10n.t('No named actors found in any article.'));
  }
  const head = el(
    'tr',
    {},
    el('th', { attrs: { scope: 'col' } }, l10n.t({ message: 'Name', args: [], comment: ['Column heading: the named actor (a person, group or place)'] })),
    ...model.articles.map((article) => el('th', { class: 'num', attrs: { scope: 'col' }, title: fullName(article) }, badge(article.label)))
  );
  const rows = model.actors.map((actor: ToneActor) =>
    el(
      'tr',
      {},
      el('th', { class: 'actor', attrs: { scope: 'row' }, title: actor.actor }, actor.actor),
      ...model.articles.map((_, i) => actorCell(actor.tones[i] ?? null))
    )
  );
  return el(
    'div',
    {},
    el('div', { class: 'table-scroll' }, el('table', { class: model.articles.length > 2 ? 'actors actors-many' : 'actors' }, el('thead', {}, head), el('tbody', {}, ...rows))),
    el('p', { class: 'muted note' }, l10n.t('Summed score of the sentences that mention the actor (in brackets: how many sentences).'))
  );
}

function actorCell(side: ToneActorSide | null): HTMLElement {
  if (side === null) {
    return el('td', { class: 'num muted', title: l10n.t('not among the names found in this article') }, '—');
  }
  if (side.mentions === 0) {
    return el('td', { class: 'num muted', title: l10n.t('not mentioned') }, '—');
  }
  return el(
    'td',
    {
      class: 'num',
      title:
        side.mentions === 1
          ? l10n.t('1 sentence mentions it; its score is {0}', signed(side.score))
          : l10n.t('{0} sentences mention it; their summed score is {1}', side.mentions, signed(side.score)),
    },
    score(side.score),
    el('span', { class: 'muted mentions' }, ` (${side.mentions})`)
  );
}

/** The one line on what the method can and cannot tell. */
export function limitsLine(model: ToneModel): HTMLElement {
  return el('p', { class: 'limits muted' }, model.limits);
}
