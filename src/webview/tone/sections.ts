import { signed } from '../../core/render/labels';
import type { ToneActor, ToneActorSide, ToneArticle, ToneComparisonGap, ToneDriver, ToneModel } from '../../core/views/toneModel';
import { el, plural, signClass } from './dom';
import { sentenceCount } from './strip';

/** A score in its sign's colour, with a real minus sign. */
export function score(value: number, digits = 0): HTMLElement {
  return el('span', { class: `score ${signClass(value)}` }, signed(value, digits));
}

/** The article's letter, as a small badge. */
export function badge(label: string): HTMLElement {
  return el('span', { class: 'badge', attrs: { 'aria-label': `Article ${label}` } }, label);
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
          el('div', { class: 'card-score', title: 'AFINN score per word' }, score(article.comparative, 3)),
          el('div', { class: 'muted' }, `per word · total ${signed(article.score)} · ${plural(sentenceCount(article), 'sentence')}`)
        )
      )
    );
  }
  return el(
    'ul',
    { class: 'cards cards-list', attrs: { 'aria-label': 'Tone of each outlet' } },
    ...model.articles.map((article) =>
      el(
        'li',
        { class: article.focus ? 'card card-row focus' : 'card card-row' },
        // The name gets a line of its own: headlines are long and a sidebar is narrow.
        articleName(article, ...(article.focus ? [el('span', { class: 'tag', title: 'The others are compared with this article' }, 'focus')] : [])),
        el(
          'div',
          { class: 'card-line' },
          el('span', { class: 'card-row-score', title: 'AFINN score per word' }, score(article.comparative, 3)),
          // The sentence count is left to the strip's overview line, to keep this to one line.
          el('span', { class: 'muted' }, ` per word · total ${signed(article.score)}`)
        )
      )
    )
  );
}

const GAP_PARTS = [
  { key: 'wording', label: 'Changed wording in corresponding sentences', short: 'changed wording', of: (gap: ToneComparisonGap) => gap.fromWording },
  { key: 'content', label: 'Content only one article has', short: 'content only one of the two has', of: (gap: ToneComparisonGap) => gap.fromOneSidedContent },
] as const;

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
    el('div', { class: 'gap-total' }, el('span', {}, `Gap ${b.label} − ${a.label}: `), score(gap.total)),
    el('p', { class: 'gap-summary' }, gapSummary(a, b, gap.total)),
    gapBar(gap, extentOf(gap)),
    gapAxis(b.label),
    el(
      'ul',
      { class: 'gap-parts' },
      ...GAP_PARTS.map((part) =>
        el('li', {}, el('span', { class: `swatch gap-${part.key}`, attrs: { 'aria-hidden': 'true' } }), el('span', { class: 'gap-label' }, part.label), score(part.of(gap)))
      )
    )
  );
}

/** One row per comparison with the focus: "B − A −12", its two parts, and its bar; all bars share one extent. */
function gapRows(model: ToneModel): HTMLElement {
  const focus = model.articles[model.gaps[0]!.a]!;
  const extent = Math.max(...model.gaps.map(extentOf));
  const legend = el(
    'ul',
    { class: 'gap-legend muted' },
    ...GAP_PARTS.map((part) => el('li', {}, el('span', { class: `swatch gap-${part.key}`, attrs: { 'aria-hidden': 'true' } }), part.short))
  );
  const rows = model.gaps.map((gap) => {
    const b = model.articles[gap.b]!;
    return el(
      'li',
      { class: 'gap-row', title: `${gapSummary(focus, b, gap.total)} ${GAP_PARTS.map((part) => `${part.label}: ${signed(part.of(gap))}`).join('; ')}.` },
      el(
        'div',
        { class: 'gap-row-head' },
        el('span', { class: 'gap-row-name' }, badge(b.label), ` − ${focus.label} `, score(gap.total)),
        el(
          'span',
          { class: 'gap-row-parts muted' },
          ...GAP_PARTS.flatMap((part, i) => [i > 0 ? ' · ' : null, el('span', { class: `swatch gap-${part.key}`, attrs: { 'aria-hidden': 'true' } }), ' ', score(part.of(gap))])
        )
      ),
      gapBar(gap, extent)
    );
  });
  return el(
    'div',
    { class: 'gap' },
    el('p', { class: 'gap-summary' }, `Each outlet’s total score minus ${focus.label}’s, and what it comes from:`),
    legend,
    el('ul', { class: 'gap-rows' }, ...rows),
    gapAxis('')
  );
}

function gapSummary(a: ToneArticle, b: ToneArticle, total: number): string {
  return total === 0
    ? `${b.label} and ${a.label} have the same total score.`
    : `${b.label}’s total is ${Math.abs(total)} ${total < 0 ? 'lower (more negative)' : 'higher (more positive)'} than ${a.label}’s.`;
}

/** How far from zero a gap's bar reaches: the larger of its positive and its negative parts. */
function extentOf(gap: ToneComparisonGap): number {
  const values = GAP_PARTS.map((part) => part.of(gap));
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
  for (const part of GAP_PARTS) {
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
  const subject = who ? `${who} ` : '';
  return el('div', { class: 'gap-axis muted', attrs: { 'aria-hidden': 'true' } }, el('span', {}, `← ${subject}more negative`), el('span', {}, `${subject}more positive →`));
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
        driverRow('Negative', article.negative),
        driverRow('Positive', article.positive)
      )
    )
  );
}

function driverRow(label: string, drivers: readonly ToneDriver[]): HTMLElement {
  const list = el('ul', { class: 'chips', attrs: { 'aria-label': `${label} words` } }, el('li', { class: 'driver-label muted', attrs: { 'aria-hidden': 'true' } }, label));
  if (drivers.length === 0) {
    list.append(el('li', { class: 'muted' }, 'none'));
  }
  for (const driver of drivers) {
    list.append(
      el(
        'li',
        { class: 'chip', title: `AFINN weight ${signed(driver.weight)}, ${driver.count === 1 ? 'once' : `${driver.count} times`}: ${signed(driver.weight * driver.count)} in all` },
        el('span', { class: 'chip-word' }, driver.word),
        ' ',
        score(driver.weight),
        driver.count > 1 ? el('span', { class: 'muted' }, ` ×${driver.count}`) : null
      )
    );
  }
  return list;
}

/** Tone of the sentences that mention each named actor: one column per outlet. */
export function actorsSection(model: ToneModel): HTMLElement {
  if (model.actors.length === 0) {
    return el('p', { class: 'muted' }, model.articles.length === 2 ? 'No named actors found in either article.' : 'No named actors found in any article.');
  }
  const head = el(
    'tr',
    {},
    el('th', { attrs: { scope: 'col' } }, 'Name'),
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
    el('p', { class: 'muted note' }, 'Summed score of the sentences that mention the actor (in brackets: how many sentences).')
  );
}

function actorCell(side: ToneActorSide | null): HTMLElement {
  if (side === null) {
    return el('td', { class: 'num muted', title: 'not among the names found in this article' }, '—');
  }
  if (side.mentions === 0) {
    return el('td', { class: 'num muted', title: 'not mentioned' }, '—');
  }
  return el(
    'td',
    { class: 'num', title: `${plural(side.mentions, 'sentence')} mention it; their summed score is ${signed(side.score)}` },
    score(side.score),
    el('span', { class: 'muted mentions' }, ` (${side.mentions})`)
  );
}

/** The one line on what the method can and cannot tell. */
export function limitsLine(model: ToneModel): HTMLElement {
  return el('p', { class: 'limits muted' }, model.limits);
}
