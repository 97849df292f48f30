/**
 * Errors in the shape and wording the real database service produces.
 *
 * The real transport throws a `TcbError` carrying `code` (a string such as
 * `DATABASE_COLLECTION_NOT_EXIST`), `message` and `requestId`. wx-server-sdk maps `code` through its
 * TCB_ERR_CODE table to the numeric `errCode` callers see (-502005, -502001; a code missing from the
 * table becomes -501001) and prefixes the message: `document.update:fail -501001 resource system
 * error. <message>`. `runTransaction` retries only when an error still carries
 * `code === 'DATABASE_TRANSACTION_CONFLICT'`, which only a commit's does (document calls are wrapped
 * by wx-server-sdk, which keeps errCode and errMsg and drops `code`). So throwing an Error with the same
 * three fields reproduces every error path of the SDK.
 *
 * Wording, where we have it verbatim from the real service:
 * - transactions: CloudBase node-sdk's own integration tests (test/database/transaction: 冲突检测,
 *   读偏, 事务提交后不能进行其它操作), which run against the real service;
 * - missing collection: errors pasted from WeChat cloud function logs, e.g.
 *   `collection.get:fail -502005 database collection not exists. [ResourceNotFound] Db or Table not exist: orders.`;
 * - refused writes: MongoDB's own messages inside the Go driver's write-exception text, as WeChat logs show
 *   them, e.g. `document.update:fail -502001 database request fail. [FailedOperation] multiple write
 *   errors: [{write errors: [{Cannot create field 'x' in element {y: null}}]}, {<nil>}]`.
 * Messages marked "ours" are the emulator's own: the real service has no such refusal or we have no sample.
 */
import { randomHex } from './random-hex';

/** The codes this emulator produces; the comment gives the errCode wx-server-sdk turns it into. */
export type DbErrorCode =
  | 'SYS_ERR' //                          -501001
  | 'INVALID_PARAM' //                    -501007
  | 'DATABASE_REQUEST_FAILED' //          -502001 (duplicate key, refused update, where in a transaction)
  | 'DATABASE_INVALID_OPERRATOR' //       -502002 (sic: the SDK's spelling)
  | 'DATABASE_COLLECTION_NOT_EXIST' //    -502005
  | 'DATABASE_COLLECTION_ALREADY_EXIST' // -501001 (not in the SDK's table: falls back to SYS_ERR)
  | 'DATABASE_TRANSACTION_CONFLICT' //    -501001 through a document call; raw on commit (runTransaction retries)
  | 'DATABASE_TRANSACTION_FAIL' //        -501001 (the transaction is over: committed, aborted or expired)
  | 'ESOCKETTIMEDOUT'; //                 -501001 (node-sdk's own request timeout, not the service's)

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
  return randomHex(8);
}

/** The tenant namespace the real service prefixes collection names with in MongoDB's messages. */
const NAMESPACE = 'tnt-local';

/** The service's suffix on its own errors. */
const CONTACT = 'Please check your request, but if the problem persists, contact us.';

/** MongoDB's message for one refused write, as the Go driver's write exception prints it. */
const writeErrors = (mongoMessage: string) =>
  `[FailedOperation] multiple write errors: [{write errors: [{${mongoMessage}}]}, {<nil>}]`;

export const TRANSACTION_CONFLICT_MESSAGE = `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. ${CONTACT}`;
export const TRANSACTION_NOT_EXIST_MESSAGE = `[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. ${CONTACT}`;

export const errors = {
  collectionNotExist: (name: string) =>
    new DbError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${name}.`),
  /** Ours (no sample of the real wording). */
  collectionExists: (name: string) =>
    new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist: ${name}`),
  invalidParam: (message: string) => new DbError('INVALID_PARAM', message),
  /**
   * MongoDB's E11000, `dupKey` like `_id: "abc"`. An insert fails as a bulk write (the SDK always sends
   * an array); an update or set as a single write.
   */
  duplicateKey: (collection: string, index: string, dupKey: string, insert: boolean) => {
    const e11000 = `E11000 duplicate key error collection: ${NAMESPACE}.${collection} index: ${index} dup key: { ${dupKey} }`;
    return new DbError(
      'DATABASE_REQUEST_FAILED',
      insert ? `[FailedOperation.Insert] bulk write error: [{${e11000}}]` : writeErrors(e11000),
    );
  },
  immutableId: () =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      writeErrors("Performing an update on the path '_id' would modify the immutable field '_id'"),
    ),
  /** An update MongoDB refuses (a field inside a value of the wrong type, $inc of a string...). */
  refusedUpdate: (mongoMessage: string) => new DbError('DATABASE_REQUEST_FAILED', writeErrors(mongoMessage)),
  /** Ours: the real service would run update/remove/count outside the transaction (see tx-guard.ts). */
  whereInTransaction: () =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      '[InvalidParameter] only doc(id).get/set/update/remove and collection.add are allowed inside a transaction (no where, collection get/update/remove/count)',
    ),
  /** A multi-document update or remove without a query (CloudBase: `param.query can't be empty`). */
  emptyQuery: () => new DbError('DATABASE_REQUEST_FAILED', "[InvalidParameter] param.query can't be empty"),
  transactionNotFound: () => new DbError('DATABASE_TRANSACTION_FAIL', TRANSACTION_NOT_EXIST_MESSAGE),
  transactionConflict: () => new DbError('DATABASE_TRANSACTION_CONFLICT', TRANSACTION_CONFLICT_MESSAGE),
  /** What node-sdk throws when the service has not answered within its request timeout (15 s). */
  requestTimeout: () => new DbError('ESOCKETTIMEDOUT', 'request timeout'),
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
