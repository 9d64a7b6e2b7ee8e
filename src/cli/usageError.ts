/** A failure the user can fix; printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** Longest message printed: a lexicon problem may echo a value the size of the file. */
const MAX_MESSAGE = 300;

/**
 * A message safe to print on one line: control characters (a newline, an escape sequence
 * from a hostile file name or lexicon value) shown as `\uXXXX`, and cut to a few lines' length.
 */
export function oneLine(message: string): string {
  const visible = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > MAX_MESSAGE ? `${visible.slice(0, MAX_MESSAGE - 1)}…` : visible;
}
