// The engine's worker thread (bundled to dist/engineWorker.js): the extension host's
// `WorkerEngine` starts it with the shared cancellation cell as `workerData`, and it answers
// the messages of `src/core/engine/protocol.ts` through `EngineService`.
import { parentPort, workerData } from 'worker_threads';
import { EngineService } from './core/engine/engineService';
import { parseCancelCell } from './core/engine/protocol';

const port = parentPort;
const cancel = parseCancelCell(workerData);
if (!port || !cancel) throw new Error('The engine worker must be started by WorkerEngine, with its cancellation cell.');
const service = new EngineService((message) => port.postMessage(message), cancel);
port.on('message', (message: unknown) => service.handle(message));
