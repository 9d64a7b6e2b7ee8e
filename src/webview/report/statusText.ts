import type { ReportStatus } from '../protocol/report';

/**
 * Words of the live/snapshot indicator. Shared by the host (which renders the first page)
 * and the webview script (which updates it), so both always say the same thing.
 */
export function statusText(status: ReportStatus): { readonly label: string; readonly detail: string } {
  if (status.mode === 'live') {
    return { label: 'Live', detail: 'updates as you edit the articles' };
  }
  return {
    label: 'Snapshot',
    detail: status.canExport ? 'the comparison has ended; this is its last report' : 'no report; compare two articles to see one',
  };
}
