import * as l10n from '@vscode/l10n';
import { decimal } from '../l10n/uiLanguage';

/**
 * Turns file bytes into article text, refusing what is not text. Pure (takes bytes, returns a
 * result) so the CLI and the extension give the same answer and the same message.
 */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: DecodeProblem };

/** Why bytes are not article text, as data; `decodeProblemText` phrases it. */
export type DecodeProblem =
  | { readonly code: 'too-large'; readonly megabytes: number; readonly limitMegabytes: number }
  | { readonly code: 'binary' }
  | { readonly code: 'control-characters' }
  | { readonly code: 'invalid'; readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' };

/** Above this size a file is almost certainly not one article; refuse rather than hang. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, problem: { code: 'too-large', megabytes: Number((bytes.length / 1048576).toFixed(1)), limitMegabytes: MAX_ARTICLE_BYTES / 1048576 } };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeWith('utf-16le', bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeWith('utf-16be', bytes.subarray(2));
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, problem: { code: 'binary' } };
  }
  const decoded = decodeWith('utf-8', bytes);
  if (!decoded.ok) {
    return decoded;
  }
  // A leading BOM is not part of the article; offsets count from the first character after it.
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 8192))) {
    return { ok: false, problem: { code: 'control-characters' } };
  }
  return { ok: true, text };
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { code: 'invalid', encoding: encoding.toUpperCase() as 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' } };
  }
}

/**
 * Why a file is refused, as one sentence about `subject` (a file name, "article A (x.txt)",
 * "it"), so that a translation can put the subject where its language wants it.
 */
export function decodeProblemText(subject: string, problem: DecodeProblem): string {
  switch (problem.code) {
    case 'too-large':
      return l10n.t('{0} is too large ({1} MB; the limit is {2} MB)', subject, decimal(problem.megabytes, 1), problem.limitMegabytes);
    case 'binary':
      return l10n.t('{0} is not a text file (it contains binary data)', subject);
    case 'control-characters':
      return l10n.t('{0} is not a text file (it contains control characters)', subject);
    case 'invalid':
      return l10n.t('{0} is not valid {1} text', subject, problem.encoding);
  }
}
