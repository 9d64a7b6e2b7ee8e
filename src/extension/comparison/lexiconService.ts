import type * as vscode from 'vscode';
import type { Lexicon } from '../../core/types';
import { loadLexicons } from './lexiconLoader';
import type { Messages } from './messages';

/**
 * The lexicon in use: the built-in one merged with the files of `framingLens.lexicons`,
 * loaded once per change of the setting or save of one of the files (a rejected file is read
 * again at the next comparison), and the notes of its variants for hovers.
 */
export class LexiconService {
  private loading: Promise<Lexicon> | undefined;
  private notes = new Map<string, string>();
  private paths: readonly string[] = [];
  /** The problems last told, so a file that stays broken is not reported at every edit. */
  private told = new Set<string>();

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
    const loading = (this.loading ??= loadLexicons(this.paths).then((loaded) => {
      // A file that was rejected is read again next time, so a fix (made anywhere) is picked
      // up; its problem is told once, not at every recomputation.
      if (loaded.problems.length > 0 && this.loading === loading) this.loading = undefined;
      for (const problem of loaded.problems) if (!this.told.has(problem)) this.messages.warning(problem);
      this.told = new Set(loaded.problems);
      this.notes = new Map(loaded.lexicon.sets.flatMap((set) => set.variants.map((v) => [`${set.id}\u0000${v.id}`, v.note] as const)));
      return loaded.lexicon;
    }));
    return loading;
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
