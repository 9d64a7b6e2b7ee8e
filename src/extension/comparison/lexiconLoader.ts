import * as vscode from 'vscode';
import { decodeProblemText, decodeText } from '../../core/io/decodeText';
import { defaultLexicon } from '../../core/lexicon/defaultLexicon';
import { mergeLexicons, parseLexicon } from '../../core/lexicon/lexicon';
import type { Lexicon } from '../../core/types';
import { absolutePathUri } from '../util/uris';

/** The lexicon to compare with, and one message per extra file that could not be used. */
export interface LoadedLexicon {
  readonly lexicon: Lexicon;
  readonly problems: readonly string[];
}

/**
 * The built-in lexicon plus the extra files named in `framingLens.lexicons` (paths relative to
 * a workspace folder, or absolute). A file that is missing, not JSON or not a valid lexicon is
 * left out with a message naming it and its first problem; the others still apply, so a typo
 * in one file never stops a comparison.
 */
export async function loadLexicons(paths: readonly string[]): Promise<LoadedLexicon> {
  const base = defaultLexicon();
  const extra: Lexicon[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const result = await loadOne(path);
    if (typeof result === 'string') {
      problems.push(
        vscode.l10n.t({
          message: 'Framing Lens: the lexicon file "{0}" was not loaded — {1}. The built-in lexicon is used without it.',
          args: [path, result],
          comment: ['{1} says why, e.g. "it was not found in the workspace"'],
        })
      );
    } else {
      extra.push(result);
    }
  }
  // The same default object keeps the engine's compiled-lexicon cache warm.
  return { lexicon: extra.length > 0 ? mergeLexicons(base, ...extra) : base, problems };
}

async function loadOne(path: string): Promise<Lexicon | string> {
  const uri = await resolve(path);
  if (!uri) return vscode.l10n.t('it was not found in the workspace');
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return vscode.l10n.t('it could not be read ({0})', (error as Error).message);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return decodeProblemText(vscode.l10n.t({ message: 'it', comment: ['The lexicon file, as the subject of a sentence saying why it cannot be read'] }), decoded.problem);
  }
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    return vscode.l10n.t('it is not valid JSON ({0})', (error as Error).message);
  }
  const parsed = parseLexicon(json, path);
  if (!parsed.lexicon) {
    const first = parsed.problems[0];
    const problem = first ? first.message : vscode.l10n.t('it is not a lexicon');
    const more = parsed.problems.length - 1;
    if (more <= 0) return problem;
    return more === 1 ? vscode.l10n.t('{0} (and 1 more problem)', problem) : vscode.l10n.t('{0} (and {1} more problems)', problem, more);
  }
  return parsed.lexicon;
}

/** An absolute path as is; a relative one in the first workspace folder that has it. */
export async function resolve(path: string): Promise<vscode.Uri | undefined> {
  if (/^(\/|[a-zA-Z]:[\\/]|\\\\)/.test(path)) return absolutePathUri(path);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = vscode.Uri.joinPath(folder.uri, ...path.split(/[\\/]+/).filter(Boolean));
    try {
      await vscode.workspace.fs.stat(uri);
      return uri;
    } catch {
      // Not in this folder; try the next.
    }
  }
  return undefined;
}
