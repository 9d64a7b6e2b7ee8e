import * as vscode from 'vscode';
import { Cancelled } from '../../core/collection/compareCollection';
import type { Engine, EngineArticle, EngineResult } from '../../core/engine/engine';
import { collectionNoticeText } from '../../core/render/collectionLabels';
import { leftOutLines } from '../../core/render/leftOutLabels';
import type { Side } from '../../core/types';
import { pairNoticeText } from '../../core/warnings';
import type { HighlightOptions } from '../../core/views/highlights';
import { ContextKey } from '../commandIds';
import { CONFIG_SECTION, readConfig, type FramingLensConfig } from '../config';
import { Disposable } from '../util/dispose';
import { articleInput, documentName, label, refusal } from './articles';
import { LexiconService } from './lexiconService';
import { LexiconWatcher } from './lexiconWatcher';
import { framingLensSays, type Messages } from './messages';
import { highlightOptions } from './highlightStore';
import { findDocument, hasTab, revealSpan, showSideBySide, tabUris } from './navigation';
import type { ComparedDocuments, LiveComparison } from './types';

/** Above this many characters in all articles together, computing shows a progress notification. */
const PROGRESS_THRESHOLD = 200 * 1024;

/** A result of the engine, with the highlight options it was asked to compute the highlights under. */
type Computed = EngineResult & { readonly highlightOptions: HighlightOptions };

/** A live comparison plus what the controller needs to keep it current. */
interface State extends LiveComparison {
  /** Document versions the reports were computed from; decorations and hovers skip stale ones. */
  readonly versions: readonly number[];
}

/**
 * Owns the one live comparison: starts it from two or more documents, recomputes it
 * (debounced) when a document is edited or the engine settings change, switches its focus,
 * and ends it when a document is closed or the user stops it. Reads the documents' text and
 * never writes to them. The engine keeps each article's analysis, so an edit recomputes only
 * the edited article and its pairs.
 */
export class ComparisonController extends Disposable implements ComparedDocuments {
  private _state: State | undefined;
  private _config: FramingLensConfig = readConfig();
  private readonly _lexicons: LexiconService;
  private readonly _lexiconWatcher = this._register(new LexiconWatcher(() => this.reloadLexicons()));
  private _nextId = 1;
  /** Increases with every start and with Stop, so a slower, older start never wins. */
  private _startSequence = 0;
  /** Increases with every update and whenever the comparison changes, so a stale update never wins. */
  private _updateSequence = 0;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _running: vscode.CancellationTokenSource | undefined;
  /** Starts in progress: an update waits for them (it would cancel their computation), see `update`. */
  private _starting = 0;
  /** Keys of the findings ignored in this workspace (see `IgnoredStore`). */
  private _ignored: readonly string[] = [];
  /** Include Left-out Text: analyse what reading the files leaves out, until the next Compare Articles. */
  private _includeLeftOut = false;

  private readonly _onDidChange = this._register(new vscode.EventEmitter<LiveComparison | undefined>());
  public readonly onDidChange = this._onDidChange.event;

  private readonly _onDidChangeConfig = this._register(new vscode.EventEmitter<FramingLensConfig>());
  /** Fires after a `framingLens.*` setting changed, with the new configuration. */
  public readonly onDidChangeConfig = this._onDidChangeConfig.event;

  /** `engine` is the platform's (see `ExtensionPlatform.createEngine`); the controller only calls it. */
  constructor(private readonly messages: Messages, private readonly _engine: Engine) {
    super();
    this._lexicons = new LexiconService(messages);
    this._lexicons.setPaths(this._config.lexicons);
    this._lexiconWatcher.watch(this._config.lexicons);
    this.applySettings();
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && this.articleOf(e.document.uri) !== undefined) this.scheduleUpdate();
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      if (this.articleOf(document.uri) !== undefined) this.checkStillOpen();
    }));
    this._register(vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (tabUris(e.closed).some((uri) => this.articleOf(uri) !== undefined)) this.checkStillOpen();
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(CONFIG_SECTION)) this.configurationChanged();
    }));
    this._register(vscode.workspace.onDidSaveTextDocument((document) => {
      if (this._lexicons.isLexiconFile(document.uri)) this.reloadLexicons();
    }));
    this._register(this.onDidChange((state) => {
      const leftOut = !!state && (state.collection ? state.collection.excluded.some((runs) => runs.length > 0) : state.report.excluded.a.length + state.report.excluded.b.length > 0);
      void vscode.commands.executeCommand('setContext', ContextKey.HasLeftOut, leftOut);
    }));
    this._register({ dispose: () => clearTimeout(this._timer) });
    this._register({ dispose: () => this._running?.cancel() });
    this._register({ dispose: () => this._engine.dispose?.() });
  }

  public get current(): LiveComparison | undefined {
    return this._state;
  }

  public get config(): FramingLensConfig {
    return this._config;
  }

  /** How much the engine has computed: analyses, alignments, pair reports (for tests). */
  public get engineCounts(): Engine['counts'] {
    return this._engine.counts;
  }

  /** Where the engine runs: on a worker thread, or on the extension host's own thread (for tests). */
  public get engineKind(): Engine['kind'] {
    return this._engine.kind;
  }

  /** Whether the text reading the files leaves out is analysed too (Include Left-out Text). */
  public get includesLeftOut(): boolean {
    return this._includeLeftOut;
  }

  /**
   * Include Left-out Text (`on`) or leave it out again: the engine reads the files again and
   * the live comparison is recomputed. Resolves when the new report is shown.
   */
  public async setIncludeLeftOut(on: boolean): Promise<void> {
    if (on === this._includeLeftOut) return;
    this._includeLeftOut = on;
    void vscode.commands.executeCommand('setContext', ContextKey.LeftOutIncluded, on);
    this.applySettings();
    if (this._state) await this.update();
  }

  /** The findings ignored in this workspace, by key. */
  public get ignoredKeys(): readonly string[] {
    return this._ignored;
  }

  /** Ignores these findings from now on: the live comparison is recomputed without them. */
  public async setIgnored(keys: readonly string[]): Promise<void> {
    if (keys.join('\n') === this._ignored.join('\n')) return;
    this._ignored = [...keys];
    this.applySettings();
    this._onDidChangeConfig.fire(this._config);
    if (this._state) await this.update();
  }

  /** Which article a document is in the live comparison, if any. */
  public articleOf(uri: vscode.Uri): number | undefined {
    const state = this._state;
    if (!state) return undefined;
    const key = uri.toString();
    const index = state.articles.findIndex((u) => u.toString() === key);
    return index < 0 ? undefined : index;
  }

  /** The focus (`a`) or its partner (`b`), for views that show the pair in detail. */
  public sideOf(uri: vscode.Uri): Side | undefined {
    const article = this.articleOf(uri);
    if (article === undefined || !this._state) return undefined;
    return article === this._state.focus ? 'a' : article === this._state.partner ? 'b' : undefined;
  }

  /** The document of one article, as long as its text is the one the reports were computed from. */
  public upToDateDocument(article: number): vscode.TextDocument | undefined {
    const state = this._state;
    const uri = state?.articles[article];
    if (!state || !uri) return undefined;
    const document = findDocument(uri);
    return document && document.version === state.versions[article] ? document : undefined;
  }

  /** The note of a lexicon variant (who uses it, what it implies), for hovers. */
  public variantNote(setId: string, variantId: string): string | undefined {
    return this._lexicons.variantNote(setId, variantId);
  }

  /**
   * Compares two or more documents (in editor columns in that order; the first is the focus),
   * replacing any live comparison. Input that cannot be compared gets a message and leaves
   * everything as it was. Resolves to whether the comparison started.
   */
  public async start(documents: readonly vscode.TextDocument[]): Promise<boolean> {
    const sequence = ++this._startSequence;
    const refused = documents.length < 2 ? vscode.l10n.t('Framing Lens: choose at least two articles to compare.') : refusal(documents);
    if (refused) {
      this.messages.error(refused);
      return false;
    }
    const versions = documents.map((d) => d.version);
    // A new comparison reads the files afresh: left-out text stays out until asked for again.
    if (this._includeLeftOut) {
      this._includeLeftOut = false;
      void vscode.commands.executeCommand('setContext', ContextKey.LeftOutIncluded, false);
      this.applySettings();
    }
    this._starting++;
    let result: Computed | undefined;
    try {
      result = await this.compute(documents, 0, 1, vscode.ProgressLocation.Notification);
    } finally {
      this._starting--;
    }
    if (!result || sequence !== this._startSequence) return false;

    await showSideBySide(documents);
    if (sequence !== this._startSequence) return false;
    clearTimeout(this._timer);
    ++this._updateSequence;
    this._state = this.stateOf(this._nextId++, documents.map((d) => d.uri), result, 0, versions);
    void vscode.commands.executeCommand('setContext', ContextKey.Comparing, true);
    void vscode.commands.executeCommand('setContext', ContextKey.ComparingMany, documents.length > 2);
    this._onDidChange.fire(this._state);
    const notes = result.collection ? result.collection.notices.map((n) => collectionNoticeText(result.collection!, n)) : result.pair.notices.map(pairNoticeText);
    const leftOut = leftOutNote(result);
    if (leftOut) notes.push(leftOut);
    if (notes.length > 0) this.messages.info(framingLensSays(notes.join(' ')));
    // Edited while the first report was computed: catch up.
    if (documents.some((d, k) => d.version !== versions[k])) this.scheduleUpdate();
    return true;
  }

  /**
   * Makes another compared article the focus: the others are then decorated against it, and
   * the report compares it with each of them. The old focus becomes its partner.
   */
  public async focusOn(uri: vscode.Uri): Promise<boolean> {
    const state = this._state;
    const article = this.articleOf(uri);
    if (!state || article === undefined) return false;
    if (article === state.focus) return true;
    await this.update(article, state.focus);
    return this._state?.focus === article;
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
    this._running?.cancel();
    if (!this._state) return;
    this._state = undefined;
    void vscode.commands.executeCommand('setContext', ContextKey.Comparing, false);
    void vscode.commands.executeCommand('setContext', ContextKey.ComparingMany, false);
    this._onDidChange.fire(undefined);
    if (reason) this.messages.info(reason);
  }

  public async reveal(side: Side, start: number, end: number): Promise<void> {
    const state = this._state;
    if (!state) return;
    await this.revealArticle(side === 'a' ? state.focus : state.partner, start, end);
  }

  public async revealArticle(article: number, start: number, end: number): Promise<void> {
    const uri = this._state?.articles[article];
    if (!uri) return;
    await revealSpan(uri, start, end, Math.min(article + 1, 9) as vscode.ViewColumn);
  }

  private scheduleUpdate(): void {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => void this.update(), this._config.updateDelay);
  }

  /**
   * Recomputes the live comparison from the documents' current text, with a new focus when
   * given, and without the articles that are no longer open when `articles` leaves them out.
   */
  private async update(focus?: number, partner?: number, articles?: readonly vscode.Uri[]): Promise<void> {
    const state = this._state;
    if (!state) return;
    // A comparison being started computes from the files and settings as they are now; an
    // update (a lexicon file changed, a setting) would cancel it: it comes after, debounced.
    if (this._starting > 0 && focus === undefined && articles === undefined) {
      this.scheduleUpdate();
      return;
    }
    const sequence = ++this._updateSequence;
    const uris = articles ?? state.articles;
    const documents = uris.map(findDocument);
    if (documents.some((d) => !d)) {
      this.checkStillOpen();
      return;
    }
    const open = documents as vscode.TextDocument[];
    const versions = open.map((d) => d.version);
    const result = await this.compute(open, focus ?? state.focus, partner ?? state.partner, vscode.ProgressLocation.Window);
    if (!result || sequence !== this._updateSequence || this._state?.id !== state.id) return;
    this._state = this.stateOf(state.id, uris, result, this._state.revision + 1, versions);
    if (uris.length !== state.articles.length) void vscode.commands.executeCommand('setContext', ContextKey.ComparingMany, uris.length > 2);
    this._onDidChange.fire(this._state);
  }

  private stateOf(id: number, articles: readonly vscode.Uri[], result: Computed, revision: number, versions: readonly number[]): State {
    const { pair, collection, focus, partner, highlights, tone } = result;
    return {
      id,
      articles,
      focus,
      partner,
      a: articles[focus]!,
      b: articles[partner]!,
      report: pair,
      ...(collection ? { collection } : {}),
      ...(highlights ? { highlights: { options: result.highlightOptions, lists: highlights } } : {}),
      ...(tone ? { tone } : {}),
      revision,
      versions,
    };
  }

  private async compute(documents: readonly vscode.TextDocument[], focus: number, partner: number, location: vscode.ProgressLocation): Promise<Computed | undefined> {
    this._running?.cancel();
    const running = new vscode.CancellationTokenSource();
    this._running = running;
    const named = documents.length === 2;
    const articles: EngineArticle[] = documents.map((d) => {
      const input = articleInput(d, named);
      // In a collection, the user's name for an outlet, else its headline (the engine's default).
      const title = named ? undefined : this._config.outletNames.get(documentName(d.uri));
      return { ...input, ...(title ? { title } : {}), key: d.uri.toString(), version: d.version };
    });
    try {
      this._engine.setLexicon(await this._lexicons.lexicon());
      // The highlights and the Tone panel's model come with the result, computed where the engine runs (off this thread).
      const highlights = highlightOptions(this._config);
      const run = async (): Promise<Computed> => ({ ...(await this._engine.compare({ articles, focus, partner, highlights, tone: true }, running.token)), highlightOptions: highlights });
      const size = articles.reduce((total, a) => total + a.text.length, 0);
      if (size <= PROGRESS_THRESHOLD) return await run();
      const title = documents.length === 2 ? vscode.l10n.t('Framing Lens: comparing the articles…') : vscode.l10n.t('Framing Lens: comparing {0} articles…', documents.length);
      return await vscode.window.withProgress({ location, title }, async () => {
        // Let the progress indicator render before an inline engine takes the thread.
        await new Promise((resolve) => setTimeout(resolve, 50));
        return run();
      });
    } catch (error) {
      if (error instanceof Cancelled) return undefined;
      this.messages.error(vscode.l10n.t('Framing Lens: the comparison failed — {0}', (error as Error).message));
      return undefined;
    } finally {
      if (this._running === running) this._running = undefined;
      running.dispose();
    }
  }

  private applySettings(): void {
    this._engine.setSettings({
      includeSpelling: this._config.countSpellingAsFraming,
      sentiment: this._config.sentimentEnabled,
      includeLeftOut: this._includeLeftOut,
      ...(this._ignored.length > 0 ? { ignored: this._ignored } : {}),
    });
  }

  /** A lexicon file changed (on disk, or written by Add Selection to Lexicon): the live comparison uses it. */
  public lexiconsChanged(): void {
    this.reloadLexicons();
  }

  private reloadLexicons(): void {
    this._lexicons.reload();
    if (this._state) this.scheduleUpdate();
  }

  private configurationChanged(): void {
    const before = this._config;
    const after = readConfig();
    this._config = after;
    const lexiconsChanged = this._lexicons.setPaths(after.lexicons);
    if (lexiconsChanged) this._lexiconWatcher.watch(after.lexicons);
    this.applySettings();
    this._onDidChangeConfig.fire(after);
    const namesChanged = [...before.outletNames].join('\n') !== [...after.outletNames].join('\n');
    const engineChanged =
      lexiconsChanged || namesChanged || before.countSpellingAsFraming !== after.countSpellingAsFraming || before.sentimentEnabled !== after.sentimentEnabled;
    if (engineChanged && this._state) void this.update();
  }

  /**
   * Ends the comparison when one of its documents is no longer open anywhere, or, with three
   * or more articles, goes on with the others (a pair needs both). Checked a moment after a
   * close, because VS Code closes and reopens a document when its language changes and
   * reports a tab moved between groups as closed in one and opened in the other.
   */
  private checkStillOpen(): void {
    const state = this._state;
    if (!state) return;
    setTimeout(() => {
      if (this._state?.id !== state.id) return;
      const closed = state.articles.map((uri, k) => (!findDocument(uri) || !hasTab(uri) ? k : -1)).filter((k) => k >= 0);
      if (closed.length === 0) return;
      const kept = state.articles.filter((_, k) => !closed.includes(k));
      const names = closed.map((k) => `${label(k)} (${documentName(state.articles[k]!)})`).join(', ');
      if (kept.length < 2) {
        this.end(vscode.l10n.t('Framing Lens: stopped comparing — article {0} was closed.', names));
        return;
      }
      // The focus stays when it is still open (at its new index), else the first article is.
      const index = (k: number) => kept.indexOf(state.articles[k]!);
      const focus = Math.max(0, index(state.focus));
      const partner = index(state.partner) >= 0 && index(state.partner) !== focus ? index(state.partner) : focus === 0 ? 1 : 0;
      this.messages.info(vscode.l10n.t('Framing Lens: article {0} was closed — comparing the other {1}.', names, kept.length));
      void this.update(focus, partner, kept);
    }, 150);
  }
}

/** One sentence on what reading the files left out, for the message a comparison starts with. */
function leftOutNote(result: EngineResult): string | undefined {
  const { collection, pair } = result;
  const runs = collection ? collection.excluded : [pair.excluded.a, pair.excluded.b];
  const parts = leftOutLines(collection ? collection.articles.map((a) => a.label) : ['A', 'B'], runs);
  if (parts.length === 0) return undefined;
  return vscode.l10n.t('Left out as not the articles\' own text (dimmed; hover to see why) — {0}. Run "Include Left-out Text" to analyse it.', parts.join('; '));
}
