import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { PageLocale } from '../util/webviewPage';

/** A loaded string bundle: English message → the UI language's message. */
export type L10nBundle = Readonly<Record<string, string>>;

/**
 * The strings of the UI language, when VS Code runs in one the extension is translated into:
 * the bundle `vscode.l10n.t` reads, given also to the modules that phrase text without
 * `vscode` (the engine's views, the report, the webview pages, the engine's worker), which
 * call `@vscode/l10n`'s `t` and fall back to English when it is not configured.
 */
export function uiBundle(): L10nBundle | undefined {
  return vscode.l10n.bundle;
}

/** Configures `@vscode/l10n` on the extension host's thread; called once, at activation. */
export function configureL10n(): void {
  const bundle = uiBundle();
  if (bundle) l10n.config({ contents: { ...bundle } });
}

/** The UI language and its strings, for a webview page. */
export function pageLocale(): PageLocale {
  return { language: vscode.env.language, strings: uiBundle() };
}
