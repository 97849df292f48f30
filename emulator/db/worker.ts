/**
 * The database engine on a thread of its own (see threaded.ts): it answers the requests the main
 * thread forwards, one engine for the whole file, and reports its counters with every answer.
 */
import { parentPort, workerData } from 'worker_threads';
import { openEngine } from './engine';
import type { DbError } from './errors';
import type { CollectionDecl } from './types';

export interface WorkerInit {
  file: string;
  transactionTtlMs?: number;
  lockWaitMs?: number;
}

export type ToWorker =
  | { type: 'request'; id: number; action: string; params: unknown }
  | { type: 'ensure'; decl: Readonly<Record<string, CollectionDecl>> }
  | { type: 'close' };

export interface WorkerCounters {
  rowsRead: number;
  conflicts: number;
  lockWaits: number;
  openTransactions: number;
}

export type FromWorker =
  | ({ type: 'answer'; id: number; result: unknown } & WorkerCounters)
  | ({ type: 'failure'; id: number; code: string; message: string } & WorkerCounters)
  | { type: 'closed' };

const init = workerData as WorkerInit;
const port = parentPort!;
// The round trip is paid on the main thread, where the calling function waits.
const engine = openEngine({ ...init, roundTripMs: 0 });

const counters = (): WorkerCounters => ({
  rowsRead: engine.stats.rowsRead,
  conflicts: engine.stats.conflicts,
  lockWaits: engine.stats.lockWaits,
  openTransactions: engine.openTransactions(),
});

port.on('message', (m: ToWorker) => {
  if (m.type === 'ensure') {
    engine.ensureCollections(m.decl);
  } else if (m.type === 'close') {
    engine.close();
    port.postMessage({ type: 'closed' } satisfies FromWorker);
  } else {
    engine.handle(m.action, m.params).then(
      (result) => port.postMessage({ type: 'answer', id: m.id, result, ...counters() } satisfies FromWorker),
      (e: DbError) =>
        port.postMessage({
          type: 'failure',
          id: m.id,
          code: e.code,
          message: e.message,
          ...counters(),
        } satisfies FromWorker),
    );
  }
});
