import type * as vscode from 'vscode';
import type { Lexicon } from '../../core/types';
import { loadLexicons } from './lexiconLoader';
import type { Messages } from './messages';

/**
 * The lexicon in use: the built-in one merged with the files of `framingLens.lexicons`,
 * loaded once per change of the setting or save of one of the files, and the notes of its
 * variants for hovers.
 */
export class LexiconService {
  private loading: Promise<Lexicon> | undefined;
  private notes = new Map<string, string>();
  private paths: readonly string[] = [];

  constructor(private readonly messages: Messages) {}

  /** Uses these files from now on (the next `lexicon()` loads them). */
  setPaths(paths: readonly string[]): boolean {
    if (paths.join('\n') === this.paths.join('\n')) return false;
    this.paths = [...paths];
    this.loading = undefined;
    return true;
  }

  /** Drops the loaded lexicon, so the next `lexicon()` reads the files again. */
  reload(): void {
    this.loading = undefined;
  }

  lexicon(): Promise<Lexicon> {
    this.loading ??= loadLexicons(this.paths).then((loaded) => {
      for (const problem of loaded.problems) this.messages.warning(problem);
      this.notes = new Map(loaded.lexicon.sets.flatMap((set) => set.variants.map((v) => [`${set.id}\u0000${v.id}`, v.note] as const)));
      return loaded.lexicon;
    });
    return this.loading;
  }

  /** The note of a lexicon variant (who uses it, what it implies). */
  variantNote(setId: string, variantId: string): string | undefined {
    return this.notes.get(`${setId}\u0000${variantId}`);
  }

  /** Whether a saved document is one of the lexicon files. */
  isLexiconFile(uri: vscode.Uri): boolean {
    return this.paths.some((path) => {
      const tail = path.replace(/\\/g, '/').replace(/^\.?\//, '');
      return tail.length > 0 && uri.path.endsWith(tail.startsWith('/') ? tail : `/${tail}`);
    });
  }
}
