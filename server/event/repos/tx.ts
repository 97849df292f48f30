/**
 * Transactions for the event area, with our own retry loop: a rush sends hundreds of sign-ups at
 * one event's counter document, and the SDK's own retry (3 immediate attempts) would fail most of
 * them. Conflicts back off for a small random time that grows with each attempt, until a deadline
 * kept below the function's timeout.
 */
import type { CollectionName } from '../../../domain/collections';
import { AppError } from '../../../domain/errors';
import { db } from '../../lib/cloud';
import { row } from '../../lib/results';
import { isDuplicateKey, isTransactionConflict } from '../../lib/db-errors';

type EventCollection = Extract<CollectionName, 'events' | 'registrations' | 'event_claims'>;

/** The few operations a transaction allows (single documents by id, and add). */
interface RawTx {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<unknown>;
      set(o: { data: object }): Promise<unknown>;
      update(o: { data: object }): Promise<unknown>;
      remove(): Promise<unknown>;
    };
    add(o: { data: object }): Promise<unknown>;
  };
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

/** A transaction, typed and limited to the event area's collections. */
export class EventTx {
  constructor(private readonly raw: RawTx) {}

  async get<T>(collection: EventCollection, id: string): Promise<T | null> {
    return row<T>(await this.raw.collection(collection).doc(id).get());
  }

  /** Creates a document; fails (DuplicateError) if its id exists. */
  async add(collection: EventCollection, doc: { _id: string } & object): Promise<void> {
    try {
      await this.raw.collection(collection).add({ data: doc });
    } catch (err) {
      if (isDuplicateKey(err)) throw new DuplicateError(collection, doc._id);
      throw err;
    }
  }

  async set(collection: EventCollection, id: string, data: object): Promise<void> {
    await this.raw.collection(collection).doc(id).set({ data });
  }

  async update(collection: EventCollection, id: string, data: object): Promise<void> {
    await this.raw.collection(collection).doc(id).update({ data });
  }

  async remove(collection: EventCollection, id: string): Promise<void> {
    await this.raw.collection(collection).doc(id).remove();
  }
}

/** A document that a transaction meant to create already exists. */
export class DuplicateError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`${collection}/${id} already exists`);
    this.name = 'DuplicateError';
  }
}


export interface TxOptions {
  /**
   * Runs before each attempt, outside any transaction: a cheap read that may refuse the call
   * (throw) without a transaction, e.g. when the event is full.
   */
  beforeAttempt?: () => Promise<void>;
  /** Give up (CONFLICT) after this long; keep it well under the function's timeout. */
  deadlineMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Full jitter: 0..min(5 s, 8 ms·2^attempt). Optimistic transactions on one hot document make
 * progress only when few attempts overlap, so the window must grow with the crowd: a few failures
 * in, a thousand callers are spread over seconds and most attempts find the counter unchanged.
 * (Measured here: smaller caps let a 2,000-member rush with a 4 ms database round trip keep
 * colliding until callers hit the deadline.)
 */
const backoffMs = (attempt: number): number => Math.random() * Math.min(5000, 8 * 2 ** Math.min(attempt, 10));

/**
 * Runs `work` in a transaction and commits it, retrying on conflict. An error thrown by `work`
 * (an AppError refusing the call, a DuplicateError) rolls back and propagates.
 */
export async function inTransaction<T>(work: (tx: EventTx) => Promise<T>, options: TxOptions = {}): Promise<T> {
  // performance.now, not Date: tests move the Date clock, and a deadline must measure real time.
  // 2 s: the event function has WeChat's default 3 s timeout, and the call still has to answer.
  const deadline = performance.now() + (options.deadlineMs ?? 2_000);
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) {
      const pause = backoffMs(attempt);
      // Answer while there is time to: a member told to retry is better off than a timed-out call.
      if (performance.now() + pause > deadline) throw new AppError('CONFLICT', '参与的人太多了，请稍后重试');
      await sleep(pause);
    }
    await options.beforeAttempt?.();
    const raw = (await db().startTransaction()) as RawTx;
    let result: T;
    try {
      result = await work(new EventTx(raw));
    } catch (err) {
      await raw.rollback().catch(() => undefined);
      if (isTransactionConflict(err)) continue;
      throw err;
    }
    try {
      await raw.commit();
      return result;
    } catch (err) {
      if (isTransactionConflict(err)) continue;
      throw err;
    }
  }
}
