import type { ToneFromWebview } from '../../webview/tone/protocol';

/**
 * Checks a message from the webview before acting on it: the page is ours, but what reaches
 * the host is untyped JSON, and a reveal with bad offsets must not reach the editor.
 */
export function isToneFromWebview(value: unknown): value is ToneFromWebview {
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
        (message.side === 'a' || message.side === 'b') &&
        isOffset(message.start) &&
        isOffset(message.end) &&
        (message.start as number) <= (message.end as number)
      );
    default:
      return false;
  }
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
