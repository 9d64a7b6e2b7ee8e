import { signed } from '../../core/render/labels';
import type { ToneActor, ToneActorSide, ToneArticle, ToneDriver, ToneModel } from '../../core/views/toneModel';
import { el, plural, signClass } from './dom';

/** A score in its sign's colour, with a real minus sign. */
export function score(value: number, digits = 0): HTMLElement {
  return el('span', { class: `score ${signClass(value)}` }, signed(value, digits));
}

/** The article's letter, as a small badge. */
export function badge(label: 'A' | 'B'): HTMLElement {
  return el('span', { class: `badge badge-${label.toLowerCase()}`, attrs: { 'aria-label': `Article ${label}` } }, label);
}

/** The article's letter and title on one line (the full title on hover when it is cut). */
export function articleName(article: ToneArticle): HTMLElement {
  return el('div', { class: 'article-name' }, badge(article.label), el('span', { class: 'title', title: article.title }, article.title));
}

/**
 * Each article's score per word and total, side by side. Per word leads: a longer article
 * gathers a larger total with the same tone, so totals alone mislead.
 */
export function scoreCards(model: ToneModel): HTMLElement {
  return el(
    'div',
    { class: 'cards' },
    ...model.articles.map((article) =>
      el(
        'div',
        { class: 'card' },
        articleName(article),
        el('div', { class: 'card-score', title: 'AFINN score per word' }, score(article.comparative, 3)),
        el('div', { class: 'muted' }, `per word · total ${signed(article.score)} · ${plural(article.sentences.length, 'sentence')}`)
      )
    )
  );
}

/**
 * The gap B − A as a bar around zero: each part (changed wording, one-sided content) is a
 * segment drawn from zero towards its sign, so parts of opposite sign are seen pulling apart
 * and parts of the same sign add up. The numbers follow, so nothing depends on colour.
 */
export function gapSection(model: ToneModel): HTMLElement {
  const { total, fromWording, fromOneSidedContent } = model.gap;
  const [a, b] = model.articles;
  const parts = [
    { key: 'wording', label: 'Changed wording in corresponding sentences', value: fromWording },
    { key: 'content', label: 'Content only one article has', value: fromOneSidedContent },
  ];
  const positive = parts.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  const negative = parts.reduce((sum, p) => sum + Math.max(0, -p.value), 0);
  const extent = Math.max(positive, negative);

  const summary =
    total === 0
      ? `${b.label} and ${a.label} have the same total score.`
      : `${b.label}’s total is ${Math.abs(total)} ${total < 0 ? 'lower (more negative)' : 'higher (more positive)'} than ${a.label}’s.`;

  const bar = el('div', { class: 'gap-bar', attrs: { 'aria-hidden': 'true' } }, el('span', { class: 'gap-zero' }));
  if (extent > 0) {
    let right = 0;
    let left = 0;
    for (const part of parts) {
      if (part.value === 0) {
        continue;
      }
      const width = (Math.abs(part.value) / extent) * 50;
      const segment = el('span', { class: `gap-seg gap-${part.key}` });
      const offset = part.value > 0 ? 50 + right : 50 - left - width;
      if (part.value > 0) {
        right += width;
      } else {
        left += width;
      }
      segment.style.left = `${offset.toFixed(2)}%`;
      segment.style.width = `${width.toFixed(2)}%`;
      bar.append(segment);
    }
  }

  return el(
    'div',
    { class: 'gap' },
    el('div', { class: 'gap-total' }, el('span', {}, `Gap ${b.label} − ${a.label}: `), score(total)),
    el('p', { class: 'gap-summary' }, summary),
    bar,
    el('div', { class: 'gap-axis muted', attrs: { 'aria-hidden': 'true' } }, el('span', {}, `← ${b.label} more negative`), el('span', {}, `${b.label} more positive →`)),
    el(
      'ul',
      { class: 'gap-parts' },
      ...parts.map((part) =>
        el('li', {}, el('span', { class: `swatch gap-${part.key}`, attrs: { 'aria-hidden': 'true' } }), el('span', { class: 'gap-label' }, part.label), score(part.value))
      )
    )
  );
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

/** Tone of the sentences that mention each named actor, per article. */
export function actorsSection(model: ToneModel): HTMLElement {
  const [a, b] = model.articles;
  if (model.actors.length === 0) {
    return el('p', { class: 'muted' }, 'No named actors found in either article.');
  }
  const head = el(
    'tr',
    {},
    el('th', { attrs: { scope: 'col' } }, 'Name'),
    el('th', { class: 'num', attrs: { scope: 'col' }, title: a.title }, badge(a.label)),
    el('th', { class: 'num', attrs: { scope: 'col' }, title: b.title }, badge(b.label))
  );
  const rows = model.actors.map((actor: ToneActor) =>
    el('tr', {}, el('th', { class: 'actor', attrs: { scope: 'row' }, title: actor.actor }, actor.actor), actorCell(actor.a), actorCell(actor.b))
  );
  return el(
    'div',
    {},
    el('table', { class: 'actors' }, el('thead', {}, head), el('tbody', {}, ...rows)),
    el('p', { class: 'muted note' }, 'Summed score of the sentences that mention the actor (in brackets: how many sentences).')
  );
}

function actorCell(side: ToneActorSide): HTMLElement {
  if (side.mentions === 0) {
    return el('td', { class: 'num muted', title: 'not mentioned' }, '—');
  }
  return el(
    'td',
    { class: 'num', title: `${plural(side.mentions, 'sentence')} mention it; their summed score is ${signed(side.score)}` },
    score(side.score),
    el('span', { class: 'muted' }, ` (${side.mentions})`)
  );
}

/** The one line on what the method can and cannot tell. */
export function limitsLine(model: ToneModel): HTMLElement {
  return el('p', { class: 'limits muted' }, model.limits);
}
