import * as l10n from '@vscode/l10n';
import type { ReportStatus } from '../protocol/report';

/**
 * Words of the live/snapshot indicator. Shared by the host (which renders the first page)
 * and the webview script (which updates it), so both always say the same thing.
 */
export function statusText(status: ReportStatus): { readonly label: string; readonly detail: string } {
  if (status.mode === 'live') {
    return { label: l10n.t({ message: 'Live', args: [], comment: ['The report follows a running comparison'] }), detail: l10n.t('updates as you edit the articles') };
  }
  return {
    label: l10n.t({ message: 'Snapshot', args: [], comment: ['The report no longer follows the comparison: it shows its last state'] }),
    detail: status.canExport ? l10n.t('the comparison has ended; this is its last report') : l10n.t('no report; compare two articles to see one'),
  };
}
