import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import { decodeProblemText, decodeText, MAX_ARTICLE_BYTES } from '../core/io/decodeText';
import { UsageError } from './usageError';

/** Encodings `--encoding` accepts, besides the default (UTF-8, or UTF-16 with a byte-order mark). */
export const ENCODINGS = ['utf-8', 'windows-1252', 'latin1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** `-` names standard input. */
export const STDIN = '-';

/**
 * Reads one input file (or standard input for `-`) as text. The size limit is checked before
 * reading a regular file, and anything else (a pipe, a device such as /dev/zero) is read only
 * up to the limit, so no input can make the command read without end.
 */
export function readText(file: string, encoding?: Encoding): string {
  const bytes = file === STDIN ? readLimited(0, l10n.t('standard input')) : readFile(file);
  const name = file === STDIN ? l10n.t('standard input') : file;
  if (encoding && encoding !== 'utf-8') {
    // Latin-1 is read as Windows-1252, its superset in practice (the WHATWG decoders agree).
    return new TextDecoder('windows-1252').decode(bytes);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const problem = decodeProblemText(name, decoded.problem);
    throw new UsageError(
      decoded.problem.code === 'invalid' && decoded.problem.encoding === 'UTF-8'
        ? l10n.t('{0} (a Latin-1 or Windows-1252 file reads with --encoding windows-1252)', problem)
        : problem
    );
  }
  return decoded.text;
}

function readFile(file: string): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw new UsageError(readProblem(file, error));
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new UsageError(l10n.t('{0} is a directory, not an article file', file));
    if (stat.isFile()) {
      if (stat.size > MAX_ARTICLE_BYTES) {
        throw new UsageError(l10n.t('{0} is too large ({1} MB; the limit is {2} MB)', file, megabytes(stat.size), megabytes(MAX_ARTICLE_BYTES)));
      }
      return fs.readFileSync(fd);
    }
    return readLimited(fd, file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(readProblem(file, error));
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a stream-like file descriptor up to one byte past the limit, then refuses. */
function readLimited(fd: number, name: string): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let read: number;
    try {
      read = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw new UsageError(readProblem(name, error));
    }
    if (read === 0) break;
    total += read;
    if (total > MAX_ARTICLE_BYTES) throw new UsageError(l10n.t('{0} is too large (more than {1} MB)', name, megabytes(MAX_ARTICLE_BYTES)));
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return Buffer.concat(chunks);
}

function readProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? l10n.t('{0}: no such file', file) : l10n.t('{0}: cannot be read ({1})', file, code ?? l10n.t('unknown error'));
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1).replace(/\.0$/, '');
}
