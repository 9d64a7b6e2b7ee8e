import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as path from 'path';
import { STDIN } from './readInput';
import { UsageError } from './usageError';

/**
 * Refuses an `--out` that names one of the inputs: the same path, another spelling of it, a
 * link to it or another name of the same file (same device and inode). The command never
 * writes over an article or a lexicon it reads.
 */
export function refuseOutOverInput(out: string, inputs: readonly string[]): void {
  const target = identity(out);
  for (const input of inputs) {
    if (input === STDIN) continue;
    const source = identity(input);
    const same =
      path.resolve(out) === path.resolve(input) ||
      (target?.real !== undefined && target.real === source?.real) ||
      (target?.inode !== undefined && source?.inode !== undefined && target.inode === source.inode);
    if (same) throw new UsageError(l10n.t('--out {0} names the input {1}; the report is never written over an input (choose another file)', out, input));
  }
}

function identity(file: string): { real?: string; inode?: string } | undefined {
  try {
    const stat = fs.statSync(file);
    return { real: fs.realpathSync(file), inode: `${stat.dev}:${stat.ino}` };
  } catch {
    return undefined;
  }
}

/** Writes the report to `--out`, saying in one line why not when it cannot. */
export function writeFile(out: string, text: string): void {
  try {
    fs.writeFileSync(out, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? l10n.t('the disk is full') : code === 'EACCES' || code === 'EPERM' ? l10n.t('permission denied') : code ?? l10n.t('unknown error');
    throw new UsageError(l10n.t('cannot write {0} ({1})', out, why));
  }
}

/**
 * Writes the report to standard output in pieces. A reader that stops early (`| head`) closes
 * the pipe: the rest is not wanted, and that is no error. A full disk behind a redirection is.
 * Returns false when the reader went away.
 */
export function writeStdout(text: string): boolean {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(1, bytes, offset, Math.min(1 << 16, bytes.length - offset));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return false;
      throw new UsageError(l10n.t('cannot write the report ({0})', code === 'ENOSPC' ? l10n.t('the disk is full') : code ?? l10n.t('unknown error')));
    }
  }
  return true;
}

/**
 * The report as one string. JSON of articles near the size limit can pass what one string
 * may hold; that gets a sentence saying what to do, not an engine stack.
 */
export function rendered(render: () => string): string {
  try {
    return render();
  } catch (error) {
    if (error instanceof RangeError && /string length/i.test(error.message)) {
      throw new UsageError(l10n.t('the report is too large to write as one piece; compare shorter articles, or fewer at once'));
    }
    throw error;
  }
}
