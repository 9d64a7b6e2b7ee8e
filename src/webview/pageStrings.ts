import * as l10n from '@vscode/l10n';

/**
 * Configures `@vscode/l10n` with the UI language's strings the host put on the page
 * (`data-fl-l10n` on `<html>`); without them every string stays English. Runs first in a
 * page's script, before anything is drawn.
 */
export function configurePageStrings(): void {
  const json = document.documentElement.dataset['flL10n'];
  if (!json) return;
  try {
    l10n.config({ contents: JSON.parse(json) as Record<string, string> });
  } catch {
    // A broken attribute leaves the page in English rather than blank.
  }
}
