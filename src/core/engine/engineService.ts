import { Cancelled } from '../collection/compareCollection';
import type { Engine } from './engine';
import { InlineEngine } from './inlineEngine';
import { isCancelled, parseToEngine, type CancelCell, type CompareMessage, type FromEngine } from './protocol';
import { pack, type TransferChunk } from './transfer';

/**
 * The engine's side of the protocol in `protocol.ts`, for a worker thread: it holds an
 * `InlineEngine` (so the articles' analyses and pair work stay cached between requests, as on
 * the caller's thread), compares, packs each result and hands out its chunks as they are
 * pulled. No thread API here: the worker entry passes messages in and out.
 */
export class EngineService {
  private readonly engine: Engine = new InlineEngine();
  /** The packed result of the latest request, until its last chunk has been pulled. */
  private packed: { readonly id: number; readonly chunks: readonly TransferChunk[] } | undefined;

  constructor(
    private readonly post: (message: FromEngine) => void,
    private readonly cancel: CancelCell
  ) {}

  /** Handles one message from the asking side; malformed ones are ignored. */
  handle(message: unknown): void {
    const parsed = parseToEngine(message);
    if (!parsed) return;
    switch (parsed.type) {
      case 'settings':
        this.engine.setSettings(parsed.settings);
        return;
      case 'lexicon':
        this.engine.setLexicon(parsed.lexicon);
        return;
      case 'compare':
        this.packed = undefined;
        this.compare(parsed);
        return;
      case 'pull': {
        const packed = this.packed;
        const chunk = packed?.id === parsed.id ? packed.chunks[parsed.index] : undefined;
        // A pull for a superseded result gets nothing: its asker has given it up.
        if (!chunk) return;
        if (parsed.index === packed!.chunks.length - 1) this.packed = undefined;
        this.post({ type: 'chunk', id: parsed.id, index: parsed.index, chunk });
        return;
      }
    }
  }

  private compare({ id, request }: CompareMessage): void {
    const cancel = this.cancel;
    const signal = {
      get isCancellationRequested() {
        return isCancelled(cancel, id);
      },
    };
    // `InlineEngine.compare` does all its work before its promise settles, so a newer request
    // waits behind this one; the shared cell tells this one to stop between its steps.
    this.engine
      .compare(request, signal)
      .then((result) => {
        if (signal.isCancellationRequested) throw new Cancelled();
        const { plan, chunks } = pack(result);
        if (signal.isCancellationRequested) throw new Cancelled();
        this.packed = { id, chunks };
        this.post({ type: 'result', id, counts: result.counts, plan, chunks: chunks.length });
      })
      .catch((error: unknown) => {
        const counts = this.engine.counts;
        if (error instanceof Cancelled) this.post({ type: 'cancelled', id, counts });
        else {
          const { name, message } = error instanceof Error ? error : new Error(String(error));
          this.post({ type: 'failed', id, counts, error: { name, message } });
        }
      });
  }
}
