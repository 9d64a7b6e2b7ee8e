import * as l10n from '@vscode/l10n';
import { Worker } from 'worker_threads';
import { Cancelled } from '../../core/collection/compareCollection';
import type { CancellationSignal, Engine, EngineCounts, EngineRequest, EngineResult, EngineSettings } from '../../core/engine/engine';
import { InlineEngine } from '../../core/engine/inlineEngine';
import { cancelUpTo, newCancelCell, parseFromEngine, supersedeBefore, type ChunkMessage, type ToEngine } from '../../core/engine/protocol';
import { Assembler } from '../../core/engine/transfer';
import type { Lexicon } from '../../core/types';

export interface WorkerEngineOptions {
  /** The worker's script: `dist/engineWorker.js` of the extension. */
  readonly script: string;
  /** Told, in one line, why the engine runs on the caller's thread after all. */
  readonly log?: (line: string) => void;
  /** The UI language's strings, for what the engine phrases (English without them). */
  readonly l10n?: Readonly<Record<string, string>>;
}


interface Pending {
  readonly id: number;
  readonly request: EngineRequest;
  readonly signal: CancellationSignal | undefined;
  readonly resolve: (result: EngineResult) => void;
  readonly reject: (error: unknown) => void;
  listener?: { dispose(): unknown };
  assembler?: Assembler;
  chunks?: number;
  /** The next chunk to put in, and the next to ask for. */
  next?: number;
  asked?: number;
  /** Chunks that arrived while one was being put in this turn; they go in one per turn. */
  waiting?: ChunkMessage[];
  turn?: ReturnType<typeof setImmediate>;
}

const NO_COUNTS: EngineCounts = { analyses: 0, alignments: 0, reports: 0 };

/**
 * Chunks asked for ahead of the one being put in: enough that the worker is not waited for
 * between chunks, few enough that the chunks queued up when this thread is busy (and then
 * read in one go) still take only a few milliseconds.
 */
const PULL_AHEAD = 3;

/**
 * The engine on a worker thread (`src/engineWorker.ts`), so that comparing two long articles
 * never blocks the extension host, where every extension runs. The worker keeps the articles'
 * analyses and pair work between requests, as the inline engine does; the result comes back
 * packed and is put together chunk by chunk, one chunk per turn of the event loop.
 *
 * A newer `compare` supersedes one still running: the older promise rejects with `Cancelled`
 * at once, and the worker, which reads no messages while it compares, sees the shared
 * cancellation cell between its steps and stops. So does a request whose signal is raised.
 *
 * Where no worker can run (it fails to start or to load, or crashes), the engine falls back,
 * once, to an `InlineEngine` on the caller's thread, tells `log` why in one line, and answers
 * the request in flight and every later one there.
 *
 * The worker is started by the first comparison, not before, and does not keep the process
 * alive while it has nothing to do.
 */
export class WorkerEngine implements Engine {
  private worker: Worker | undefined;
  private inline: InlineEngine | undefined;
  private readonly cancel = newCancelCell();
  private lastId = 0;
  private pending: Pending | undefined;
  private settings: EngineSettings = {};
  private lexicon: Lexicon | undefined;
  /** What the worker was last sent, so unchanged settings and lexicons are not sent again. */
  private sent: { settings?: EngineSettings; lexicon?: Lexicon } = {};
  /** The worker's counts as its last answer gave them. */
  private workerCounts: EngineCounts = NO_COUNTS;
  private disposed = false;

  constructor(private readonly options: WorkerEngineOptions) {}

  /** `inline` once the worker could not be used. */
  get kind(): 'worker' | 'inline' {
    return this.inline ? 'inline' : 'worker';
  }

  /** The worker's counts, plus the inline engine's after a fallback (which starts again from nothing cached). */
  get counts(): EngineCounts {
    const inline = this.inline?.counts ?? NO_COUNTS;
    return {
      analyses: this.workerCounts.analyses + inline.analyses,
      alignments: this.workerCounts.alignments + inline.alignments,
      reports: this.workerCounts.reports + inline.reports,
    };
  }

  setLexicon(lexicon: Lexicon): void {
    this.lexicon = lexicon;
    this.inline?.setLexicon(lexicon);
  }

  setSettings(settings: EngineSettings): void {
    this.settings = { ...settings };
    this.inline?.setSettings(settings);
  }

  compare(request: EngineRequest, signal?: CancellationSignal): Promise<EngineResult> {
    if (this.disposed) return Promise.reject(new Error('The engine has been disposed.'));
    if (signal?.isCancellationRequested) return Promise.reject(new Cancelled());
    const worker = this.inline ? undefined : this.start();
    if (!worker) return this.inline!.compare(request, signal);
    const id = ++this.lastId;
    supersedeBefore(this.cancel, id);
    if (this.pending) this.settle(this.pending, { error: new Cancelled() });
    return new Promise<EngineResult>((resolve, reject) => {
      const pending: Pending = { id, request, signal, resolve, reject };
      pending.listener = signal?.onCancellationRequested?.(() => {
        cancelUpTo(this.cancel, id);
        this.settle(pending, { error: new Cancelled() });
      });
      this.pending = pending;
      worker.ref();
      if (this.sent.settings !== this.settings) this.post({ type: 'settings', settings: this.settings });
      if (this.lexicon && this.sent.lexicon !== this.lexicon) this.post({ type: 'lexicon', lexicon: this.lexicon });
      this.sent = { settings: this.settings, ...(this.lexicon ? { lexicon: this.lexicon } : {}) };
      this.post({ type: 'compare', id, request });
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.pending) this.settle(this.pending, { error: new Cancelled() });
    this.stopWorker();
  }

  /** The worker, started on first use; undefined when it cannot start (the engine has then fallen back). */
  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      // No inherited flags: the extension host's own (an inspector port, say) are not all valid for a worker.
      worker = new Worker(this.options.script, { workerData: { cancel: this.cancel.buffer, l10n: this.options.l10n }, execArgv: [] });
    } catch (error) {
      this.fallBack(l10n.t('it could not start: {0}', (error as Error).message));
      return undefined;
    }
    worker.on('message', (message: unknown) => this.receive(message));
    worker.on('error', (error: Error) => this.fallBack(l10n.t('it failed: {0}', error.message)));
    worker.on('messageerror', (error: Error) => this.fallBack(l10n.t('a message could not be read: {0}', error.message)));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fallBack(l10n.t('it stopped with exit code {0}', code));
    });
    worker.unref();
    this.worker = worker;
    this.sent = {};
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    worker.removeAllListeners();
    // A late error of a worker being stopped is of no interest, but must not go unhandled.
    worker.on('error', () => undefined);
    void worker.terminate();
  }

  private post(message: ToEngine): void {
    this.worker?.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message = parseFromEngine(raw);
    if (!message) return;
    if (message.type !== 'chunk') this.workerCounts = message.counts;
    const pending = this.pending;
    // The answer to a request given up (superseded or cancelled): nothing more to do.
    if (!pending || pending.id !== message.id) return;
    try {
      switch (message.type) {
        case 'result':
          pending.assembler = new Assembler(message.plan);
          pending.chunks = message.chunks;
          pending.next = 0;
          pending.asked = 0;
          this.pullOrFinish(pending);
          return;
        case 'chunk':
          // Chunks asked for ahead may arrive together and be read in one go: put in one per turn.
          (pending.waiting ??= []).push(message);
          if (pending.turn === undefined) this.putIn(pending);
          return;
        case 'cancelled':
          this.settle(pending, { error: new Cancelled() });
          return;
        case 'failed':
          this.settle(pending, { error: errorOf(message.error) });
          return;
      }
    } catch (error) {
      this.settle(pending, { error });
    }
  }

  /** Puts in the first chunk waiting, and leaves the next for a later turn of the event loop. */
  private putIn(pending: Pending): void {
    const message = pending.waiting?.shift();
    if (!message || this.pending !== pending) return;
    try {
      if (!pending.assembler || message.index !== pending.next) throw new Error('A chunk of the result arrived out of order.');
      pending.assembler.add(message.chunk);
      pending.next++;
      this.pullOrFinish(pending);
    } catch (error) {
      this.settle(pending, { error });
      return;
    }
    pending.turn = setImmediate(() => {
      pending.turn = undefined;
      if (pending.waiting?.length) this.putIn(pending);
    });
  }

  /** Asks for the next chunks (they arrive in later turns of the event loop), or resolves with the whole result. */
  private pullOrFinish(pending: Pending): void {
    if (pending.signal?.isCancellationRequested) {
      cancelUpTo(this.cancel, pending.id);
      this.settle(pending, { error: new Cancelled() });
      return;
    }
    if (pending.next! < pending.chunks!) {
      while (pending.asked! < pending.chunks! && pending.asked! < pending.next! + PULL_AHEAD) {
        this.post({ type: 'pull', id: pending.id, index: pending.asked! });
        pending.asked!++;
      }
      return;
    }
    const result = pending.assembler!.finish() as EngineResult;
    if (typeof result !== 'object' || result === null || typeof result.pair !== 'object') throw new Error('The engine worker sent no report.');
    this.settle(pending, { result });
  }

  private settle(pending: Pending, outcome: { readonly result: EngineResult } | { readonly error: unknown }): void {
    if (this.pending !== pending) return;
    this.pending = undefined;
    pending.listener?.dispose();
    if (pending.turn) clearImmediate(pending.turn);
    this.worker?.unref();
    if ('result' in outcome) pending.resolve(outcome.result);
    else pending.reject(outcome.error);
  }

  /** From now on the engine runs inline; the request in flight is answered there. `reason` is a clause, in the UI language. */
  private fallBack(reason: string): void {
    if (this.inline || this.disposed) return;
    this.options.log?.(
      l10n.t({
        message: 'The engine worker cannot be used ({0}); comparing on the extension host\'s thread instead.',
        args: [reason],
        comment: ['{0} says why, e.g. "it stopped with exit code 1"'],
      })
    );
    this.stopWorker();
    const inline = new InlineEngine();
    inline.setSettings(this.settings);
    if (this.lexicon) inline.setLexicon(this.lexicon);
    this.inline = inline;
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    pending.listener?.dispose();
    inline.compare(pending.request, pending.signal).then(pending.resolve, pending.reject);
  }
}

/** The worker's error as the same kind of error, so a `RangeError` is still one. */
function errorOf(error: { readonly name: string; readonly message: string }): Error {
  if (error.name === 'Cancelled') return new Cancelled();
  const made = error.name === 'RangeError' ? new RangeError(error.message) : error.name === 'TypeError' ? new TypeError(error.message) : new Error(error.message);
  if (made.name !== error.name) made.name = error.name;
  return made;
}
