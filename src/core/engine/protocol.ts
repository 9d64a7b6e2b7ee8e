/**
 * Messages between an engine on another thread (see `EngineService`) and the thread that asks
 * it to compare, both ways, and the validators of what each side receives. Requests, settings,
 * lexicons and results travel as plain data, unexamined: a field the engine adds to its
 * settings or reports passes through without a change here.
 *
 * A result travels packed (see `transfer.ts`): the `result` message carries its plan, and the
 * asking side pulls the chunks one by one, so that it never deserialises more than a few
 * milliseconds' worth in one turn of its event loop.
 *
 * Cancellation cannot be a message: a worker busy comparing reads no messages until it is
 * done. The two sides share one 32-bit cell instead (`CancelCell`), holding the lowest request
 * id still wanted; the worker reads it between the engine's steps.
 */
import type { Lexicon } from '../types';
import type { EngineCounts, EngineRequest, EngineSettings } from './engine';
import type { TransferChunk, TransferPlan } from './transfer';

// ---------------------------------------------------------------------------------------
// Asking side → engine
// ---------------------------------------------------------------------------------------

export interface SettingsMessage {
  readonly type: 'settings';
  readonly settings: EngineSettings;
}

export interface LexiconMessage {
  readonly type: 'lexicon';
  readonly lexicon: Lexicon;
}

/** Compare; the answer is a `result`, `cancelled` or `failed` message with the same id. */
export interface CompareMessage {
  readonly type: 'compare';
  /** Increases with every request; a request supersedes every one with a lower id. */
  readonly id: number;
  readonly request: EngineRequest;
}

/** Send chunk `index` of the packed result of request `id`. */
export interface PullMessage {
  readonly type: 'pull';
  readonly id: number;
  readonly index: number;
}

export type ToEngine = SettingsMessage | LexiconMessage | CompareMessage | PullMessage;

// ---------------------------------------------------------------------------------------
// Engine → asking side
// ---------------------------------------------------------------------------------------

/** The comparison is done; its `EngineResult` follows in `plan` and the chunks pulled. */
export interface ResultMessage {
  readonly type: 'result';
  readonly id: number;
  readonly counts: EngineCounts;
  readonly plan: TransferPlan;
  /** How many chunks follow the plan. */
  readonly chunks: number;
}

export interface ChunkMessage {
  readonly type: 'chunk';
  readonly id: number;
  readonly index: number;
  readonly chunk: TransferChunk;
}

/** The request was superseded or cancelled before it finished. */
export interface CancelledMessage {
  readonly type: 'cancelled';
  readonly id: number;
  readonly counts: EngineCounts;
}

/** The engine threw (a request that is not one, or a bug); `name` keeps `RangeError` a `RangeError`. */
export interface FailedMessage {
  readonly type: 'failed';
  readonly id: number;
  readonly counts: EngineCounts;
  readonly error: { readonly name: string; readonly message: string };
}

export type FromEngine = ResultMessage | ChunkMessage | CancelledMessage | FailedMessage;

// ---------------------------------------------------------------------------------------
// Cancellation
// ---------------------------------------------------------------------------------------

/**
 * The shared cell: an `Int32Array` of length 1 over a `SharedArrayBuffer`, holding the lowest
 * request id still wanted. Only the asking side writes it.
 */
export type CancelCell = Int32Array;

export function newCancelCell(): CancelCell {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** Request `id` and every older one are no longer wanted. */
export function cancelUpTo(cell: CancelCell, id: number): void {
  if (Atomics.load(cell, 0) <= id) Atomics.store(cell, 0, id + 1);
}

/** Every request older than `id` is no longer wanted (a newer one has arrived). */
export function supersedeBefore(cell: CancelCell, id: number): void {
  if (Atomics.load(cell, 0) < id) Atomics.store(cell, 0, id);
}

export function isCancelled(cell: CancelCell, id: number): boolean {
  return Atomics.load(cell, 0) > id;
}

/** The shared cell, as handed to a worker when it starts (`workerData`); undefined when it is not one. */
export function parseCancelCell(data: unknown): CancelCell | undefined {
  const buffer = isRecord(data) ? data['cancel'] : undefined;
  return buffer instanceof SharedArrayBuffer && buffer.byteLength >= Int32Array.BYTES_PER_ELEMENT ? new Int32Array(buffer, 0, 1) : undefined;
}

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

/**
 * What the engine accepts: the envelope is checked (type, ids, the request's article list);
 * settings and lexicon are the engine's to read, as they are for the engine on the caller's
 * thread.
 */
export function parseToEngine(message: unknown): ToEngine | undefined {
  if (!isRecord(message)) return undefined;
  switch (message['type']) {
    case 'settings':
      return isRecord(message['settings']) ? (message as unknown as SettingsMessage) : undefined;
    case 'lexicon': {
      const lexicon = message['lexicon'];
      return isRecord(lexicon) && Array.isArray(lexicon['sets']) ? (message as unknown as LexiconMessage) : undefined;
    }
    case 'compare': {
      const request = message['request'];
      if (!isId(message['id']) || !isRecord(request) || !Array.isArray(request['articles'])) return undefined;
      const articles = request['articles'] as unknown[];
      const ok = articles.every((a) => isRecord(a) && typeof a['key'] === 'string' && typeof a['text'] === 'string');
      return ok ? (message as unknown as CompareMessage) : undefined;
    }
    case 'pull':
      return isId(message['id']) && isIndex(message['index']) ? (message as unknown as PullMessage) : undefined;
    default:
      return undefined;
  }
}

/** What the asking side accepts: envelopes with ids, counts and chunks of the expected shapes. */
export function parseFromEngine(message: unknown): FromEngine | undefined {
  if (!isRecord(message) || !isId(message['id'])) return undefined;
  switch (message['type']) {
    case 'result': {
      const plan = message['plan'];
      const ok =
        isCounts(message['counts']) && isIndex(message['chunks']) && isRecord(plan) && Array.isArray(plan['slices']) && Array.isArray(plan['keys']) && isIndex(plan['linkChunks']);
      return ok ? (message as unknown as ResultMessage) : undefined;
    }
    case 'chunk': {
      const chunk = message['chunk'];
      const ok = isIndex(message['index']) && isRecord(chunk) && (Array.isArray(chunk['items']) || chunk['links'] instanceof Int32Array);
      return ok ? (message as unknown as ChunkMessage) : undefined;
    }
    case 'cancelled':
      return isCounts(message['counts']) ? (message as unknown as CancelledMessage) : undefined;
    case 'failed': {
      const error = message['error'];
      const ok = isCounts(message['counts']) && isRecord(error) && typeof error['name'] === 'string' && typeof error['message'] === 'string';
      return ok ? (message as unknown as FailedMessage) : undefined;
    }
    default:
      return undefined;
  }
}

function isCounts(value: unknown): value is EngineCounts {
  return isRecord(value) && isIndex(value['analyses']) && isIndex(value['alignments']) && isIndex(value['reports']);
}

function isId(value: unknown): value is number {
  return isIndex(value) && value > 0 && value <= 0x7fffffff;
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
