import * as vscode from 'vscode';
import { compareArticles } from '../../core/compare';
import type { Lexicon, Report, Side } from '../../core/types';
import { ContextKey } from '../commandIds';
import { CONFIG_SECTION, readConfig, type FramingLensConfig } from '../config';
import { Disposable } from '../util/dispose';
import { articleInput, documentName, label, refusal } from './articles';
import { loadLexicons } from './lexiconLoader';
import type { Messages } from './messages';
import type { ComparisonSource, LiveComparison } from './types';

/** Above this many characters in either article, computing shows a progress notification. */
const PROGRESS_THRESHOLD = 200 * 1024;

/** A live comparison plus what the controller needs to keep it current. */
interface State extends LiveComparison {
  /** Document versions the report was computed from; decorations and hovers skip stale ones. */
  readonly versions: { readonly a: number; readonly b: number };
}

/**
 * Owns the one live comparison: starts it from two documents, recomputes it (debounced) when
 * either document is edited or the engine settings change, and ends it when a document is
 * closed or the user stops it. Reads the documents' text and never writes to them.
 */
export class ComparisonController extends Disposable implements ComparisonSource {
  private _state: State | undefined;
  private _config: FramingLensConfig = readConfig();
  private _lexicon: Promise<Lexicon> | undefined;
  private _variantNotes = new Map<string, string>();
  private _nextId = 1;
  /** Increases with every start and with Stop, so a slower, older start never wins. */
  private _startSequence = 0;
  /** Increases with every update and whenever the comparison changes, so a stale update never wins. */
  private _updateSequence = 0;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  private readonly _onDidChange = this._register(new vscode.EventEmitter<LiveComparison | undefined>());
  public readonly onDidChange = this._onDidChange.event;

  private readonly _onDidChangeConfig = this._register(new vscode.EventEmitter<FramingLensConfig>());
  /** Fires after a `framingLens.*` setting changed, with the new configuration. */
  public readonly onDidChangeConfig = this._onDidChangeConfig.event;

  constructor(private readonly messages: Messages) {
    super();
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && this.sideOf(e.document.uri)) this.scheduleUpdate();
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      if (this.sideOf(document.uri)) this.checkStillOpen();
    }));
    this._register(vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (e.closed.some((tab) => tabUri(tab) && this.sideOf(tabUri(tab)!))) this.checkStillOpen();
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(CONFIG_SECTION)) this.configurationChanged();
    }));
    this._register(vscode.workspace.onDidSaveTextDocument((document) => {
      if (this.isLexiconFile(document.uri)) this.reloadLexicons();
    }));
    this._register({ dispose: () => clearTimeout(this._timer) });
  }

  public get current(): LiveComparison | undefined {
    return this._state;
  }

  public get config(): FramingLensConfig {
    return this._config;
  }

  /** Which side a document is in the live comparison, if any. */
  public sideOf(uri: vscode.Uri): Side | undefined {
    const state = this._state;
    if (!state) return undefined;
    const key = uri.toString();
    return key === state.a.toString() ? 'a' : key === state.b.toString() ? 'b' : undefined;
  }

  /** The document of one side, as long as its text is the one the report was computed from. */
  public upToDateDocument(side: Side): vscode.TextDocument | undefined {
    const state = this._state;
    if (!state) return undefined;
    const document = findDocument(side === 'a' ? state.a : state.b);
    return document && document.version === state.versions[side] ? document : undefined;
  }

  /** The note of a lexicon variant (who uses it, what it implies), for hovers. */
  public variantNote(setId: string, variantId: string): string | undefined {
    return this._variantNotes.get(`${setId}\u0000${variantId}`);
  }

  /**
   * Compares two documents (A on the left, B on the right), replacing any live comparison.
   * Input that cannot be compared gets a message and leaves everything as it was.
   * Resolves to whether the comparison started.
   */
  public async start(a: vscode.TextDocument, b: vscode.TextDocument): Promise<boolean> {
    const sequence = ++this._startSequence;
    const refused = refusal(a, b);
    if (refused) {
      this.messages.error(refused);
      return false;
    }
    const lexicon = await this.lexicon();
    const versions = { a: a.version, b: b.version };
    const report = await this.compute(a, b, lexicon, vscode.ProgressLocation.Notification);
    if (!report || sequence !== this._startSequence) return false;

    await showSideBySide(a, b);
    if (sequence !== this._startSequence) return false;
    clearTimeout(this._timer);
    ++this._updateSequence;
    this._state = { id: this._nextId++, a: a.uri, b: b.uri, report, revision: 0, versions };
    void vscode.commands.executeCommand('setContext', ContextKey.Comparing, true);
    this._onDidChange.fire(this._state);
    if (report.warnings.length > 0) this.messages.info(`Framing Lens: ${report.warnings.join(' ')}`);
    // Edited while the first report was computed: catch up.
    if (a.version !== versions.a || b.version !== versions.b) this.scheduleUpdate();
    return true;
  }

  /** Stop Comparing: ends the live comparison and abandons one that is still being started. */
  public stop(): void {
    ++this._startSequence;
    this.end();
  }

  /** Ends the live comparison (not one being started); `reason` is told to the user. */
  private end(reason?: string): void {
    ++this._updateSequence;
    clearTimeout(this._timer);
    if (!this._state) return;
    this._state = undefined;
    void vscode.commands.executeCommand('setContext', ContextKey.Comparing, false);
    this._onDidChange.fire(undefined);
    if (reason) this.messages.info(reason);
  }

  public async reveal(side: Side, start: number, end: number): Promise<void> {
    const state = this._state;
    if (!state) return;
    const uri = side === 'a' ? state.a : state.b;
    const document = findDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? (side === 'a' ? vscode.ViewColumn.One : vscode.ViewColumn.Two),
      preview: false,
    });
    const length = document.getText().length;
    const range = new vscode.Range(document.positionAt(Math.min(start, length)), document.positionAt(Math.min(end, length)));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private scheduleUpdate(): void {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => void this.update(), this._config.updateDelay);
  }

  /** Recomputes the live comparison from the documents' current text. */
  private async update(): Promise<void> {
    const state = this._state;
    if (!state) return;
    const sequence = ++this._updateSequence;
    const a = findDocument(state.a);
    const b = findDocument(state.b);
    if (!a || !b) {
      this.checkStillOpen();
      return;
    }
    const lexicon = await this.lexicon();
    if (sequence !== this._updateSequence) return;
    const versions = { a: a.version, b: b.version };
    const report = await this.compute(a, b, lexicon, vscode.ProgressLocation.Window);
    if (!report || sequence !== this._updateSequence || this._state?.id !== state.id) return;
    this._state = { ...this._state, report, revision: this._state.revision + 1, versions };
    this._onDidChange.fire(this._state);
  }

  private async compute(a: vscode.TextDocument, b: vscode.TextDocument, lexicon: Lexicon, location: vscode.ProgressLocation): Promise<Report | undefined> {
    const run = (): Report =>
      compareArticles(articleInput(a), articleInput(b), {
        lexicon,
        includeSpelling: this._config.countSpellingAsFraming,
        sentiment: this._config.sentimentEnabled,
      });
    try {
      if (Math.max(a.getText().length, b.getText().length) <= PROGRESS_THRESHOLD) return run();
      return await vscode.window.withProgress({ location, title: 'Framing Lens: comparing the articles…' }, async () => {
        // Let the progress indicator render before the (synchronous) engine takes the thread.
        await new Promise((resolve) => setTimeout(resolve, 50));
        return run();
      });
    } catch (error) {
      this.messages.error(`Framing Lens: the comparison failed — ${(error as Error).message}`);
      return undefined;
    }
  }

  /** The lexicon in use, loading the user's extra files once per change of the setting. */
  private lexicon(): Promise<Lexicon> {
    this._lexicon ??= loadLexicons(this._config.lexicons).then((loaded) => {
      for (const problem of loaded.problems) this.messages.warning(problem);
      this._variantNotes = new Map(loaded.lexicon.sets.flatMap((set) => set.variants.map((v) => [`${set.id}\u0000${v.id}`, v.note] as const)));
      return loaded.lexicon;
    });
    return this._lexicon;
  }

  private reloadLexicons(): void {
    this._lexicon = undefined;
    if (this._state) void this.update();
  }

  private isLexiconFile(uri: vscode.Uri): boolean {
    return this._config.lexicons.some((path) => {
      const tail = path.replace(/\\/g, '/').replace(/^\.?\//, '');
      return tail.length > 0 && uri.path.endsWith(tail.startsWith('/') ? tail : `/${tail}`);
    });
  }

  private configurationChanged(): void {
    const before = this._config;
    const after = readConfig();
    this._config = after;
    const lexiconsChanged = before.lexicons.join('\n') !== after.lexicons.join('\n');
    if (lexiconsChanged) this._lexicon = undefined;
    this._onDidChangeConfig.fire(after);
    const engineChanged =
      lexiconsChanged || before.countSpellingAsFraming !== after.countSpellingAsFraming || before.sentimentEnabled !== after.sentimentEnabled;
    if (engineChanged && this._state) void this.update();
  }

  /**
   * Ends the comparison when one of its documents is no longer open anywhere. Checked a moment
   * after a close, because VS Code closes and reopens a document when its language changes and
   * reports a tab moved between groups as closed in one and opened in the other.
   */
  private checkStillOpen(): void {
    const state = this._state;
    if (!state) return;
    setTimeout(() => {
      if (this._state?.id !== state.id) return;
      for (const side of ['a', 'b'] as const) {
        const uri = state[side];
        if (!findDocument(uri) || !hasTab(uri)) {
          this.end(`Framing Lens: stopped comparing — article ${label(side)} (${documentName(uri)}) was closed.`);
          return;
        }
      }
    }, 150);
  }
}

function findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function hasTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

/** A in the first editor column, B in the second, both as permanent (not preview) editors. */
async function showSideBySide(a: vscode.TextDocument, b: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(a, { viewColumn: vscode.ViewColumn.One, preview: false, preserveFocus: false });
  await vscode.window.showTextDocument(b, { viewColumn: vscode.ViewColumn.Two, preview: false, preserveFocus: true });
}
