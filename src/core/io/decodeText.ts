/**
 * Turns file bytes into article text, refusing what is not text. Pure (takes bytes, returns a
 * result) so the CLI and the extension give the same answer and the same message.
 */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Above this size a file is almost certainly not one article; refuse rather than hang. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `is too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)` };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeWith('utf-16le', bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeWith('utf-16be', bytes.subarray(2));
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, reason: 'is not a text file (it contains binary data)' };
  }
  const decoded = decodeWith('utf-8', bytes);
  if (!decoded.ok) {
    return decoded;
  }
  // A leading BOM is not part of the article; offsets count from the first character after it.
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 8192))) {
    return { ok: false, reason: 'is not a text file (it contains control characters)' };
  }
  return { ok: true, text };
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: `is not valid ${encoding.toUpperCase()} text` };
  }
}
