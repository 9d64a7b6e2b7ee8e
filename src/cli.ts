import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as path from 'path';
import { configureCliStrings } from './cli/locale';
import { ENCODINGS, readText, STDIN, type Encoding } from './cli/readInput';
import { oneLine, UsageError } from './cli/usageError';
import { rendered, refuseOutOverInput, writeFile, writeStdout } from './cli/writeOutput';
import { compareCollection } from './core/collection/compareCollection';
import { compareArticles } from './core/compare';
import { defaultLexicon } from './core/lexicon/defaultLexicon';
import { mergeLexicons, parseLexicon } from './core/lexicon/lexicon';
import { REPORT_FORMATS, renderCollection, renderReport, type ReportFormat } from './core/render';
import { detectFormat } from './core/text/maskMarkup';
import type { Lexicon } from './core/types';

const USAGE =
  'usage: framing-lens <fileA> <fileB> [<fileC> …] [--format json|markdown|html] [--out FILE] [--lexicon FILE] [--include-spelling] [--include-left-out] [--encoding utf-8|windows-1252|latin1]';

interface CliArgs {
  files: string[];
  format: ReportFormat;
  out?: string;
  lexicons: string[];
  includeSpelling: boolean;
  includeLeftOut: boolean;
  encoding?: Encoding;
}

function parseArgs(argv: readonly string[]): CliArgs | 'help' | 'version' {
  const args: CliArgs = { files: [], format: 'markdown', lexicons: [], includeSpelling: false, includeLeftOut: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(l10n.t('{0} needs a value', flag));
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--version':
        return 'version';
      case '--format': {
        const format = value();
        if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
          throw new UsageError(l10n.t('unknown format "{0}" (expected {1})', format, REPORT_FORMATS.join(', ')));
        }
        args.format = format as ReportFormat;
        break;
      }
      case '--out':
        args.out = value();
        break;
      case '--lexicon':
        args.lexicons.push(value());
        break;
      case '--include-spelling':
        args.includeSpelling = true;
        break;
      case '--include-left-out':
        args.includeLeftOut = true;
        break;
      case '--encoding': {
        const encoding = value().toLowerCase();
        if (!(ENCODINGS as readonly string[]).includes(encoding)) {
          throw new UsageError(l10n.t('unknown encoding "{0}" (expected {1})', encoding, ENCODINGS.join(', ')));
        }
        args.encoding = encoding as Encoding;
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(l10n.t('unknown option {0}', flag));
        args.files.push(arg);
    }
  }
  if (args.files.length < 2) {
    throw new UsageError(l10n.t('expected two or more article files, got {0}', args.files.length));
  }
  if (args.files.filter((f) => f === STDIN).length > 1) {
    throw new UsageError(l10n.t('standard input (-) can be only one of the articles'));
  }
  return args;
}

/**
 * Refuses a file given twice, under any spelling of its path (`a.txt`, `./a.txt`, a link to
 * it): in a collection it would be an outlet that agrees with itself, carrying every fact the
 * other copy carries. Two files stay as they always were: a file against itself is a valid
 * (if dull) pair report, and scripts may rely on it. Paths that cannot be resolved are left
 * for `readArticle` to report.
 */
function refuseRepeats(files: readonly string[]): void {
  if (files.length < 3) return;
  const seen = new Map<string, string>();
  for (const file of files) {
    if (file === STDIN) continue;
    let key: string;
    try {
      key = fs.realpathSync(file);
    } catch {
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new UsageError(earlier === file ? l10n.t('{0} is given twice', file) : l10n.t('{0} is given twice (also as {1})', file, earlier));
    }
    seen.set(key, file);
  }
}

function readLexicons(files: readonly string[]): Lexicon {
  const extra: Lexicon[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readText(file));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(l10n.t('{0} is not valid JSON ({1})', file, (error as Error).message));
    }
    const parsed = parseLexicon(json, file);
    if (!parsed.lexicon) {
      const first = parsed.problems[0];
      const problem = first ? first.message : l10n.t('not a lexicon');
      const more = parsed.problems.length - 1;
      if (more === 0) throw new UsageError(`${file}: ${problem}`);
      throw new UsageError(more === 1 ? l10n.t('{0}: {1} (and 1 more problems)', file, problem) : l10n.t('{0}: {1} (and {2} more problems)', file, problem, more));
    }
    extra.push(parsed.lexicon);
  }
  return mergeLexicons(defaultLexicon(), ...extra);
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (args === 'help') {
    const about = l10n.t({
      message:
        'Compares two or more news articles: aligned sentences, wording differences, framing terms,\nomissions, quotes and tone. Two files give the pair report; three or more give the collection\nreport (which words each outlet uses, which facts each carries or leaves out, then the first\nfile against each of the others). Prints Markdown unless --format says otherwise.',
      args: [],
      comment: ['The --help text after the usage line: keep its lines under 100 characters, and --format as it is'],
    });
    process.stdout.write(`${USAGE}\n\n${about}\n`);
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  refuseRepeats(args.files);
  if (args.out) refuseOutOverInput(args.out, [...args.files, ...args.lexicons]);
  const output = rendered(() => (args.files.length === 2 ? pairOutput(args) : collectionOutput(args)));
  if (args.out) writeFile(args.out, output);
  else writeStdout(output);
  return 0;
}

function pairOutput(args: CliArgs): string {
  const [fileA, fileB] = args.files as [string, string];
  const inputs = [
    { text: readText(fileA, args.encoding), path: nameOf(fileA), title: titleOf(fileA) },
    { text: readText(fileB, args.encoding), path: nameOf(fileB), title: titleOf(fileB) },
  ] as const;
  const report = compareArticles(inputs[0], inputs[1], { lexicon: readLexicons(args.lexicons), includeSpelling: args.includeSpelling, includeLeftOut: args.includeLeftOut });
  return renderReport(report, args.format, markupSources(inputs));
}

/** Three or more files: no title is passed, so each outlet is named by its headline, not its file name. */
function collectionOutput(args: CliArgs): string {
  const inputs = args.files.map((file) => ({ text: readText(file, args.encoding), path: nameOf(file) }));
  const report = compareCollection(inputs, { lexicon: readLexicons(args.lexicons), includeSpelling: args.includeSpelling, includeLeftOut: args.includeLeftOut });
  return renderCollection(report, args.format, markupSources(inputs));
}

/** The files' texts when some file is HTML or Markdown, whose spans then get the file's slices (see `withFileText`). */
function markupSources(inputs: readonly { readonly text: string; readonly path: string }[]): string[] | undefined {
  return inputs.some((input) => detectFormat(input.path, input.text) !== 'text') ? inputs.map((input) => input.text) : undefined;
}

/**
 * How a report names an input: its path, or "(standard input)", in English in every locale
 * since scripts read it from the JSON's `path` as they read a file's.
 */
function nameOf(file: string): string {
  return file === STDIN ? '(standard input)' : file;
}

function titleOf(file: string): string {
  return file === STDIN ? l10n.t('standard input') : path.basename(file);
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

try {
  configureCliStrings(process.env, __dirname);
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`framing-lens: ${l10n.t('{0} (framing-lens --help shows the usage)', oneLine(error.message))}\n`);
  } else {
    process.stderr.write(`framing-lens: ${l10n.t('internal error: {0}', oneLine((error as Error).message ?? String(error)))}\n`);
  }
  process.exitCode = 2;
}
