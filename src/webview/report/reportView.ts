import type { WebviewApi } from 'vscode-webview';
import type { ExportFormat, ReportToWebview, InitialData, ReportPanelState, ReportStatus, RowsMessage, UpdateMessage, ReportFromWebview, PagedListKey } from '../protocol/report';
import { statusText } from './statusText';

type Api = WebviewApi<ReportPanelState>;

/**
 * Wires the report page: article text with `data-side` reveals itself in the editor (click,
 * or Enter when focused), the toolbar exports, the table of contents moves focus, "Show more"
 * under a long list asks the host for its next rows, and host updates replace the report
 * while keeping the reader's place. The state given by the host
 * is kept with `setState`, plus the scroll position, so a window reload restores the panel.
 */
export function startReportView(api: Api): void {
  const main = document.getElementById('fl-report');
  if (!main) {
    return;
  }
  let renderId = readInitial()?.renderId ?? -1;
  const post = (message: ReportFromWebview) => api.postMessage(message);

  restoreScroll(api);

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const exportButton = target.closest<HTMLButtonElement>('button[data-export]');
    if (exportButton) {
      if (!exportButton.disabled) post({ type: 'export', format: exportButton.dataset['export'] as ExportFormat });
      return;
    }
    const focus = target.closest<HTMLButtonElement>('button[data-focus]');
    if (focus) {
      post({ type: 'focus', article: Number(focus.dataset['focus']) });
      return;
    }
    const more = target.closest<HTMLButtonElement>('.fl-more-rows button');
    if (more) {
      askForMore(more, renderId, post);
      return;
    }
    const anchor = target.closest<HTMLAnchorElement>('a[href^="#"]');
    if (anchor) {
      event.preventDefault();
      jumpTo(anchor.getAttribute('href')!.slice(1));
      return;
    }
    const located = target.closest<HTMLElement>('[data-side], [data-article]');
    // A click that ends a text selection is for copying, not for jumping to the editor.
    if (located && !window.getSelection()?.toString()) {
      reveal(located, post);
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target?.dataset['side'] || target?.dataset['article']) {
      event.preventDefault();
      reveal(target, post);
    }
  });

  window.addEventListener('message', (event: MessageEvent<ReportToWebview>) => {
    const message = event.data;
    if (message?.type === 'update') {
      renderId = applyUpdate(api, main, message, renderId);
    } else if (message?.type === 'rows' && message.renderId === renderId) {
      showRows(main, message);
    }
  });

  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      const state = api.getState();
      if (state) api.setState({ ...state, scrollY: Math.round(window.scrollY) });
    }, 200);
  });

  post({ type: 'ready' });
}

function readInitial(): InitialData | undefined {
  try {
    return JSON.parse(document.body.dataset['flInitial'] ?? '') as InitialData;
  } catch {
    return undefined;
  }
}

function restoreScroll(api: Api): void {
  const y = api.getState()?.scrollY;
  if (typeof y === 'number' && y > 0) {
    requestAnimationFrame(() => window.scrollTo(0, y));
  }
}

function reveal(element: HTMLElement, post: (message: ReportFromWebview) => void): void {
  const start = Number(element.dataset['start']);
  const end = Number(element.dataset['end']);
  if (!Number.isInteger(start) || !Number.isInteger(end)) return;
  const article = element.dataset['article'];
  if (article !== undefined) {
    post({ type: 'reveal', article: Number(article), start, end });
    return;
  }
  const side = element.dataset['side'];
  if (side !== 'a' && side !== 'b') return;
  // A pair inside a collection report names which articles are its sides.
  const pair = element.closest<HTMLElement>('[data-a][data-b]');
  if (pair) post({ type: 'reveal', article: Number(side === 'a' ? pair.dataset['a'] : pair.dataset['b']), start, end });
  else post({ type: 'reveal', side, start, end });
}

/** The pair of a collection a list belongs to (its `<details>` names its sides), if any. */
function pairOf(element: Element): [number, number] | undefined {
  const pair = element.closest<HTMLElement>('[data-a][data-b]');
  return pair ? [Number(pair.dataset['a']), Number(pair.dataset['b'])] : undefined;
}

function askForMore(button: HTMLButtonElement, renderId: number, post: (message: ReportFromWebview) => void): void {
  const control = button.closest<HTMLElement>('[data-more]');
  const from = Number(control?.dataset['next']);
  if (!control || !Number.isInteger(from) || button.disabled) return;
  // One request at a time: the host's answer replaces this control.
  button.disabled = true;
  const pair = pairOf(control);
  post({ type: 'more', renderId, list: control.dataset['more'] as PagedListKey, from, ...(pair ? { pair } : {}) });
}

/** Appends the rows the host sent to their list and puts its new "Show more" (or none) in place of the old. */
function showRows(main: HTMLElement, message: RowsMessage): void {
  const samePair = (x: readonly number[] | undefined) => (x ?? []).join('-') === (message.pair ?? []).join('-');
  const control = [...main.querySelectorAll<HTMLElement>('[data-more][data-next]')].find(
    (c) => c.dataset['more'] === message.list && Number(c.dataset['next']) === message.from && samePair(pairOf(c))
  );
  const rows = control?.parentElement?.querySelector<HTMLElement>(`[data-rows="${message.list}"]`);
  if (!control || !rows) return;
  const hadFocus = control.contains(document.activeElement);
  const before = rows.children.length;
  // The rows come from the host's renderer, which escapes every article string; the CSP
  // would block any script in them anyway.
  rows.insertAdjacentHTML('beforeend', message.html);
  control.insertAdjacentHTML('afterend', message.control);
  const next = control.nextElementSibling?.matches('[data-more]') ? control.nextElementSibling.querySelector<HTMLElement>('button') : null;
  control.remove();
  if (!hadFocus) return;
  // Keyboard users go on where they were: the next "Show more", or the first row just shown.
  const target = next ?? rows.children[before]?.querySelector<HTMLElement>('[tabindex="0"]');
  target?.focus({ preventScroll: true });
}

/** Scrolls to a section and moves keyboard focus there, so Tab continues from it. */
function jumpTo(id: string): void {
  const section = document.getElementById(id);
  if (!section) return;
  // A section the reader folded opens again when the contents link to it.
  const fold = section.querySelector<HTMLDetailsElement>(':scope > details.fl-fold');
  if (fold) fold.open = true;
  const heading = section.querySelector<HTMLElement>('h2, h1') ?? section;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  // The heading has a scroll margin, so it lands below the sticky toolbar.
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** Shows an update; returns the rendering now shown. */
function applyUpdate(api: Api, main: HTMLElement, message: UpdateMessage, shown: number): number {
  if (message.body !== undefined && message.renderId !== shown) {
    replaceBody(main, message.body);
  }
  showStatus(message.status);
  const scrollY = api.getState()?.scrollY;
  api.setState(scrollY === undefined ? message.state : { ...message.state, scrollY });
  return message.body !== undefined ? message.renderId : shown;
}

/** Replaces the sections, keeping the scroll position and, where it still exists, the focus. */
function replaceBody(main: HTMLElement, body: string): void {
  const focused = document.activeElement instanceof HTMLElement && main.contains(document.activeElement) ? document.activeElement : undefined;
  const key = focused?.dataset['side'] ? `[data-side="${focused.dataset['side']}"][data-start="${focused.dataset['start']}"]` : undefined;
  const y = window.scrollY;
  // The body comes from the host's renderer, which escapes every article string; the page's
  // CSP would block any script in it anyway.
  main.innerHTML = body;
  window.scrollTo(0, y);
  if (key) main.querySelector<HTMLElement>(key)?.focus({ preventScroll: true });
}

function showStatus(status: ReportStatus): void {
  const box = document.querySelector('.flp-status');
  if (box) {
    const text = statusText(status);
    const mode = document.createElement('span');
    mode.className = `flp-mode flp-mode-${status.mode}`;
    mode.textContent = text.label;
    const detail = document.createElement('span');
    detail.className = 'flp-detail';
    detail.textContent = text.detail;
    box.replaceChildren(mode, ' ', detail);
  }
  document.body.dataset['mode'] = status.mode;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.disabled = !status.canExport;
  }
}
