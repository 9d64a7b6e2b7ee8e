import { escapeHtml } from '../../core/render/escape';

/** The UI language of a page and its strings, which the page's script configures `@vscode/l10n` with. */
export interface PageLocale {
  /** `vscode.env.language`, the page's `lang`. */
  readonly language: string;
  /** `vscode.l10n.bundle`: none when VS Code runs in English or a language without a translation. */
  readonly strings?: Readonly<Record<string, string>>;
}

/** The parts of a webview page; every string except `body` and `inlineStyle` is escaped here. */
export interface WebviewPageParts {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Fresh for every render: the only script (and inline style) allowed is the one carrying it. */
  readonly nonce: string;
  readonly title: string;
  readonly locale: PageLocale;
  /** `asWebviewUri` strings of stylesheets under `media/`. */
  readonly stylesheets: readonly string[];
  /** CSS placed in a nonce'd `<style>` element (our own CSS, never article text). */
  readonly inlineStyle?: string;
  /** `asWebviewUri` string of the page's one script. */
  readonly script: string;
  /** Initial data for the script, carried as escaped JSON in a `data-` attribute on `<body>`. */
  readonly data?: { readonly attribute: string; readonly value: unknown };
  /** Whether images and fonts from `media/` may load. */
  readonly media?: boolean;
  /** Markup of the page body; the caller has escaped any article text in it. */
  readonly body: string;
}

/**
 * Every webview page of the extension: `default-src 'none'`, styles only from `media/` (plus
 * one nonce'd element when asked), exactly one script carrying this render's nonce, and the
 * initial data and the UI language's strings in escaped attributes rather than interpolated
 * into a script.
 */
export function webviewPage(parts: WebviewPageParts): string {
  const policy = [
    "default-src 'none'",
    `style-src ${parts.cspSource}${parts.inlineStyle !== undefined ? ` 'nonce-${parts.nonce}'` : ''}`,
    ...(parts.media ? [`img-src ${parts.cspSource} data:`, `font-src ${parts.cspSource}`] : []),
    `script-src 'nonce-${parts.nonce}'`,
  ];
  const nonce = escapeHtml(parts.nonce);
  const strings = parts.locale.strings ? ` data-fl-l10n="${escapeHtml(JSON.stringify(parts.locale.strings))}"` : '';
  const data = parts.data ? ` data-${parts.data.attribute}="${escapeHtml(JSON.stringify(parts.data.value))}"` : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.locale.language)}"${strings}>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy.map((p) => `${p};`).join(' ')}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${parts.inlineStyle !== undefined ? `<style nonce="${nonce}">${parts.inlineStyle}</style>\n` : ''}${parts.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<title>${escapeHtml(parts.title)}</title>
</head>
<body${data}>
${parts.body}
<script nonce="${nonce}" src="${escapeHtml(parts.script)}"></script>
</body>
</html>`;
}

/** A fresh nonce (128 random bits, hex) from the Web Crypto API, present in Node and web hosts. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
