import * as l10n from '@vscode/l10n';
import { escapeHtml } from '../../core/render/escape';
import type { ToneModel } from '../../core/views/toneModel';
import { webviewPage, type PageLocale } from '../util/webviewPage';

export { makeNonce } from '../util/webviewPage';

export interface ToneHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Webview URIs (as strings) of `media/tone.css` and `media/tone.js`. */
  readonly styleUri: string;
  readonly scriptUri: string;
  /** Fresh for every render: the only script allowed to run is the one carrying it. */
  readonly nonce: string;
  readonly model: ToneModel | null;
  readonly locale: PageLocale;
}

/**
 * The Tone panel's page. Locked down: nothing loads unless the policy names it, only the
 * bundled script with this render's nonce runs, and the model travels as escaped JSON in a
 * `data-` attribute, never inside a script.
 */
export function toneHtml(input: ToneHtmlInput): string {
  return webviewPage({
    cspSource: input.cspSource,
    nonce: input.nonce,
    locale: input.locale,
    title: l10n.t({ message: 'Tone', comment: ['The title of the panel that shows the tone of the compared articles'] }),
    stylesheets: [input.styleUri],
    script: input.scriptUri,
    body: `<main id="root" data-model="${escapeHtml(JSON.stringify(input.model))}"></main>`,
  });
}
