import type { ToneFromWebview } from '../../webview/tone/protocol';

/**
 * Checks a message from the webview before acting on it: the page is ours, but what reaches
 * the host is untyped JSON, and a reveal with bad offsets or an article that is not there
 * must not reach the editor. `articles` is how many documents the live comparison has (0
 * when none is live).
 */
export function isToneFromWebview(value: unknown, articles: number): value is ToneFromWebview {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'compare':
      return true;
    case 'reveal':
      return (
        isIndex(message.comparisonId) &&
        isIndex(message.article) &&
        (message.article as number) < articles &&
        isIndex(message.start) &&
        isIndex(message.end) &&
        (message.start as number) <= (message.end as number)
      );
    default:
      return false;
  }
}

/** A non-negative integer: an offset, an article index or a comparison id. */
function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
