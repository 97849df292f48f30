/**
 * Errors in the shape the real database service produces.
 *
 * The real transport throws a `TcbError` carrying `code` (a string such as
 * `DATABASE_COLLECTION_NOT_EXIST`), `message` and `requestId`. wx-server-sdk maps `code` through its
 * TCB_ERR_CODE table to the numeric `errCode` callers see (-502005, -502001, ...), and
 * `runTransaction` retries when a commit fails with `code === 'DATABASE_TRANSACTION_CONFLICT'`.
 * So throwing an Error with the same three fields reproduces every error path of the SDK.
 */
import { randomBytes } from 'crypto';

/** The codes this emulator produces; the comment gives the errCode wx-server-sdk turns it into. */
export type DbErrorCode =
  | 'SYS_ERR' //                          -501001
  | 'INVALID_PARAM' //                    -501007
  | 'DATABASE_REQUEST_FAILED' //          -502001 (duplicate key, immutable _id, where in a transaction)
  | 'DATABASE_INVALID_OPERRATOR' //       -502002 (sic: the SDK's spelling)
  | 'DATABASE_COLLECTION_NOT_EXIST' //    -502005
  | 'DATABASE_COLLECTION_ALREADY_EXIST' // -501001 (not in the SDK's table: falls back to SYS_ERR)
  | 'DATABASE_TRANSACTION_CONFLICT'; //   retried by runTransaction; -501001 if it reaches a doc call

export class DbError extends Error {
  readonly code: DbErrorCode;
  readonly requestId: string;

  constructor(code: DbErrorCode, message: string) {
    super(message);
    this.name = 'DbError';
    this.code = code;
    this.requestId = newRequestId();
  }
}

export function newRequestId(): string {
  return randomBytes(8).toString('hex');
}

export const errors = {
  collectionNotExist: (name: string) =>
    new DbError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${name}`),
  collectionExists: (name: string) =>
    new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist: ${name}`),
  invalidParam: (message: string) => new DbError('INVALID_PARAM', message),
  /** MongoDB's wording, as the real service passes it through; `dupKey` like `_id: "abc"`. */
  duplicateKey: (collection: string, index: string, dupKey: string) =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      `[FailedOperation] E11000 duplicate key error collection: ${collection} index: ${index} dup key: { ${dupKey} }`,
    ),
  immutableId: () =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      "[FailedOperation] Performing an update on the path '_id' would modify the immutable field '_id'",
    ),
  whereInTransaction: () =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      '[InvalidParameter] only doc(id).get/set/update/remove and collection.add are allowed inside a transaction (no where, collection get/update/remove/count)',
    ),
  transactionNotFound: (id: string) =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      `[FailedOperation] transaction ${id} does not exist or has ended (committed, aborted, failed or expired)`,
    ),
  transactionConflict: (collection: string, id: string) =>
    new DbError(
      'DATABASE_TRANSACTION_CONFLICT',
      `database transaction conflict: ${collection}/${id} changed since this transaction read it`,
    ),
  badOperation: (message: string) => new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${message}`),
  badOperator: (message: string) => new DbError('DATABASE_INVALID_OPERRATOR', `[InvalidParameter] ${message}`),
  internal: (message: string) => new DbError('SYS_ERR', message),
};

/** Anything thrown while evaluating a request becomes a DbError (mingo, SQLite, our own bugs). */
export function toDbError(e: unknown): DbError {
  if (e instanceof DbError) return e;
  const message = e instanceof Error ? e.message : String(e);
  // mingo's MingoError does not set `name`; its class name is the only marker.
  const kind = e instanceof Error ? e.constructor.name : '';
  if (kind === 'MingoError') {
    return /operator/i.test(message) ? errors.badOperator(message) : errors.badOperation(message);
  }
  return errors.internal(`local database error: ${message}`);
}
