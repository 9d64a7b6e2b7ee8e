/**
 * Messages between the Tone panel's webview and the extension host: one discriminated union
 * each way, and the one validator of what reaches the host. Both sides import it, the webview
 * through the bundler and the host through `tsc`, so nothing here may touch the DOM or `vscode`.
 */
import type { ToneModel } from '../../core/views/toneModel';

export type { ToneModel } from '../../core/views/toneModel';

/** Host → webview. `model` is null when no comparison is live. */
export type ToneToWebview = { readonly type: 'update'; readonly model: ToneModel | null };

/** Webview → host. */
export type ToneFromWebview =
  /** The script has loaded and listens: the host (re)sends the current model. */
  | { readonly type: 'ready' }
  /**
   * Show and select `[start, end)` of article `article` (its index among the compared
   * documents) in its editor. `comparisonId` is the model's: a bar drawn for a comparison
   * that has since been replaced points nowhere.
   */
  | { readonly type: 'reveal'; readonly comparisonId: number; readonly article: number; readonly start: number; readonly end: number }
  /** Run Compare Articles (from the empty state). */
  | { readonly type: 'compare' };

/**
 * The page also carries the model it was rendered with, as JSON in the `data-model`
 * attribute of `#root` (escaped by the host), so it draws at once; `update` still follows `ready`.
 */
export type ToneInitialModel = ToneModel | null;

/**
 * Checks a message from the webview before acting on it: the page is ours, but what reaches
 * the host is untyped JSON, and a reveal with bad offsets or an article that is not there
 * must not reach the editor. `articles` is how many documents the live comparison has (0
 * when none is live). Returns the message as typed, or undefined.
 */
export function parseToneFromWebview(value: unknown, articles: number): ToneFromWebview | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'compare':
      return { type: 'compare' };
    case 'reveal': {
      const { comparisonId, article, start, end } = message;
      const valid = isIndex(comparisonId) && isIndex(article) && article < articles && isIndex(start) && isIndex(end) && start <= end;
      return valid ? { type: 'reveal', comparisonId, article, start, end } : undefined;
    }
    default:
      return undefined;
  }
}

/** A non-negative integer: an offset, an article index or a comparison id. */
function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
