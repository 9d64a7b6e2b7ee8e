/**
 * Messages between the Tone panel's webview and the extension host: one discriminated union
 * each way. Types only — both sides import it, the webview through the bundler and the host
 * through `tsc`, so nothing here may touch the DOM or `vscode`.
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
