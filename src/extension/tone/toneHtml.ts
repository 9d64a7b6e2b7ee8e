import { escapeHtml } from '../../core/render/escape';
import type { ToneModel } from '../../core/views/toneModel';

export interface ToneHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Webview URIs (as strings) of `media/tone.css` and `media/tone.js`. */
  readonly styleUri: string;
  readonly scriptUri: string;
  /** Fresh for every render: the only script allowed to run is the one carrying it. */
  readonly nonce: string;
  readonly model: ToneModel | null;
}

/**
 * The Tone panel's page. Locked down: nothing loads unless the policy names it, only the
 * bundled script with this render's nonce runs, and the model travels as escaped JSON in a
 * `data-` attribute, never inside a script.
 */
export function toneHtml(input: ToneHtmlInput): string {
  // Built from VS Code's own source expression and our nonce, so it needs no escaping.
  const csp = `default-src 'none'; style-src ${input.cspSource}; script-src 'nonce-${input.nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
<title>Tone</title>
</head>
<body>
<main id="root" data-model="${escapeHtml(JSON.stringify(input.model))}"></main>
<script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>`;
}

/** 32 random characters from the Web Crypto API (available in Node and in the web extension host). */
export function makeNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  let nonce = '';
  for (const byte of bytes) {
    nonce += alphabet[byte % alphabet.length];
  }
  return nonce;
}
