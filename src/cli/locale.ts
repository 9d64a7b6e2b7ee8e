import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The bundle names to try for the user's language, most specific first, from the POSIX
 * locale variables in their order of precedence: `LANG=pt_BR.UTF-8` gives `pt-br`, then
 * `pt`. The C and POSIX locales, and English, need no bundle: the strings are English.
 */
export function localeCandidates(env: Readonly<Record<string, string | undefined>>): string[] {
  const value = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  if (!value) return [];
  const tag = value.split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  if (tag === '' || tag === 'c' || tag === 'posix' || tag === 'en' || tag.startsWith('en-') || !/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(tag)) return [];
  const language = tag.split('-')[0]!;
  return language === tag ? [tag] : [tag, language];
}

/**
 * Configures the CLI's strings from `l10n/bundle.l10n.<locale>.json` beside `dist/` when the
 * user's language has one; otherwise, or when the file cannot be read, they stay English.
 * Returns the locale used, if any.
 */
export function configureCliStrings(env: Readonly<Record<string, string | undefined>>, distDir: string): string | undefined {
  for (const locale of localeCandidates(env)) {
    const file = path.join(distDir, '..', 'l10n', `bundle.l10n.${locale}.json`);
    let contents: Record<string, string>;
    try {
      contents = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      continue;
    }
    l10n.config({ contents });
    return locale;
  }
  return undefined;
}
