// The engine's worker thread (bundled to dist/engineWorker.js): the extension host's
// `WorkerEngine` starts it with the shared cancellation cell and the UI language's strings
// as `workerData`, and it answers the messages of `src/core/engine/protocol.ts` through
// `EngineService`.
import * as l10n from '@vscode/l10n';
import { parentPort, workerData } from 'worker_threads';
import { EngineService } from './core/engine/engineService';
import { parseCancelCell } from './core/engine/protocol';

const port = parentPort;
const cancel = parseCancelCell(workerData);
if (!port || !cancel) throw new Error('The engine worker must be started by WorkerEngine, with its cancellation cell.');
const strings = (workerData as { l10n?: unknown } | null)?.l10n;
if (strings && typeof strings === 'object') l10n.config({ contents: strings as Record<string, string> });
const service = new EngineService((message) => port.postMessage(message), cancel);
port.on('message', (message: unknown) => service.handle(message));
