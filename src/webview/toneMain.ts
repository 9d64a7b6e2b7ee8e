/**
 * The Tone panel's page: draws the model the host sends (or the one the page was rendered
 * with), and tells the host when a sentence bar is clicked or Compare Articles is asked for.
 * Which bar was last revealed and which sections are folded survive the page being rebuilt
 * (the view keeps no context while hidden) through the webview state.
 */
import * as l10n from '@vscode/l10n';
import type { ToneModel } from '../core/views/toneModel';
import { configurePageStrings } from './pageStrings';
import { el, sentencesText, withElements } from './tone/dom';
import type { ToneFromWebview, ToneInitialModel, ToneToWebview } from './protocol/tone';
import { actorsSection, articleName, driversSection, gapSection, limitsLine, scoreCards } from './tone/sections';
import { resetStrips, sentenceCount, toneStrip } from './tone/strip';

interface PageState {
  /** The comparison the selection belongs to; a new comparison starts unselected. */
  readonly comparisonId?: number;
  /** Per article index, the sentence last revealed from its strip. */
  readonly selected?: Readonly<Record<string, number>>;
  /** Ids of folded sections. */
  readonly folded?: readonly string[];
}

configurePageStrings();
const vscode = acquireVsCodeApi<PageState>();
const root = document.getElementById('root')!;
let state: PageState = vscode.getState() ?? {};

function send(message: ToneFromWebview): void {
  vscode.postMessage(message);
}

function saveState(next: PageState): void {
  state = next;
  vscode.setState(state);
}

function render(model: ToneModel | null): void {
  // Keep keyboard focus on the same bar across updates after an edit.
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const focusArticle = active?.closest<HTMLElement>('[data-article]')?.dataset.article;
  const focusIndex = focusArticle !== undefined ? Number(active?.dataset.index) : undefined;

  resetStrips();
  if (!model) {
    root.replaceChildren(emptyState());
    return;
  }
  if (state.comparisonId !== model.comparisonId) {
    saveState({ ...state, comparisonId: model.comparisonId, selected: {} });
  }
  root.replaceChildren(...(model.enabled ? toneView(model) : switchedOff(model)));

  if (focusArticle !== undefined && focusIndex !== undefined && Number.isInteger(focusIndex)) {
    const bar = root.querySelector<HTMLElement>(`[data-article="${CSS.escape(focusArticle)}"] .bar[data-index="${focusIndex}"]`);
    bar?.focus();
  }
}

function toneView(model: ToneModel): HTMLElement[] {
  const many = model.articles.length > 2;
  return [
    scoreCards(model),
    section(
      'sentences',
      l10n.t('Sentence by sentence'),
      el(
        'p',
        { class: 'muted note' },
        many
          ? l10n.t('One strip per outlet, on one scale: one bar per sentence, up for positive and down for negative tone. Click a bar (or press Enter) to show its sentence.')
          : l10n.t('One bar per sentence, up for positive and down for negative tone. Click a bar (or press Enter) to show its sentence.')
      ),
      ...model.articles.map((article) =>
        el(
          'div',
          { class: 'strip-article', attrs: { 'data-article': String(article.article) } },
          articleName(article),
          toneStrip({
            article,
            scale: model.scale,
            selected: state.selected?.[article.article],
            onReveal: (index, sentence) => {
              saveState({ ...state, selected: { ...state.selected, [article.article]: index } });
              send({ type: 'reveal', comparisonId: model.comparisonId, article: article.article, start: sentence.start, end: sentence.end });
            },
          })
        )
      )
    ),
    section('gap', many ? l10n.t('Where the gaps come from') : l10n.t('Where the gap comes from'), gapSection(model)),
    section('drivers', l10n.t('Words that drive the score'), driversSection(model)),
    section('actors', l10n.t('Tone of sentences that mention…'), actorsSection(model)),
    limitsLine(model),
  ];
}

/** A foldable section whose folded state is remembered. */
function section(id: string, title: string, ...content: HTMLElement[]): HTMLElement {
  const details = el('details', { class: 'section', attrs: { 'data-section': id } }, el('summary', {}, el('h2', {}, title)), ...content);
  details.open = !state.folded?.includes(id);
  details.addEventListener('toggle', () => {
    const folded = new Set(state.folded ?? []);
    if (details.open) {
      folded.delete(id);
    } else {
      folded.add(id);
    }
    saveState({ ...state, folded: [...folded] });
  });
  return details;
}

function switchedOff(model: ToneModel): HTMLElement[] {
  return [
    el(
      'div',
      { class: 'notice' },
      el('h2', {}, l10n.t('Tone analysis is switched off')),
      el(
        'p',
        {},
        ...withElements(
          l10n.t({
            message: 'Turn on the setting {0} (Framing Lens › Sentiment: Enabled) to see the tone of these articles.',
            args: [],
            comment: ['{0} is the setting id, framingLens.sentiment.enabled; in brackets, how the Settings editor names the setting'],
          }),
          el('code', {}, 'framingLens.sentiment.enabled')
        )
      ),
      el(
        'ul',
        { class: 'plain' },
        ...model.articles.map((article) => el('li', {}, articleName(article), el('span', { class: 'muted' }, sentencesText(sentenceCount(article)))))
      )
    ),
  ];
}

function emptyState(): HTMLElement {
  const label = l10n.t({ message: 'Compare Articles', args: [], comment: ['The command of that name, as the Command Palette shows it'] });
  const button = el('button', { class: 'primary', attrs: { type: 'button' } }, label);
  button.addEventListener('click', () => send({ type: 'compare' }));
  return el(
    'div',
    { class: 'notice empty' },
    el('h2', {}, l10n.t('No comparison yet')),
    el('p', {}, l10n.t('Compare two or more articles about the same event to see the tone of each, sentence by sentence, what drives it and where the differences come from.')),
    button,
    el('p', { class: 'muted' }, l10n.t('With two or more articles open side by side, Compare Articles takes them; otherwise it asks which.'))
  );
}

function initialModel(): ToneInitialModel | undefined {
  try {
    return JSON.parse(root.dataset.model ?? '') as ToneInitialModel;
  } catch {
    return undefined;
  }
}

window.addEventListener('message', (event: MessageEvent<ToneToWebview>) => {
  const message = event.data;
  if (message?.type === 'update') {
    render(message.model);
  }
});

const initial = initialModel();
if (initial !== undefined) {
  render(initial);
}
send({ type: 'ready' });
