/**
 * Reading the database's errors, once for every area. Deterministic `_id`s make writes idempotent:
 * adding a document whose id exists fails with the duplicate-key error (-502001, "E11000 duplicate
 * key"), which means "already done". Anything else is a real failure and must not be mistaken for it.
 */
const errorText = (err: unknown): string => {
  if (!err || typeof err !== 'object') return String(err);
  const e = err as { code?: unknown; errCode?: unknown; errMsg?: unknown; message?: unknown };
  return `${String(e.code ?? '')} ${String(e.errCode ?? '')} ${String(e.errMsg ?? '')} ${String(e.message ?? '')}`;
};

export const isDuplicateKey = (err: unknown): boolean => /duplicate key|E11000/i.test(errorText(err));

/**
 * A transaction that lost to another one: the caller retries the whole transaction. A write inside a
 * transaction fails at once when another open transaction holds the document; through wx-server-sdk
 * that arrives as errCode -501001 with errMsg `document.update:fail -501001 resource system error.
 * [ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by
 * others. ...` (the SDK drops `code`); only a commit keeps `code: 'DATABASE_TRANSACTION_CONFLICT'`.
 */
export const isTransactionConflict = (err: unknown): boolean =>
  /DATABASE_TRANSACTION_CONFLICT|ResourceUnavailable\.TransactionConflict|Transaction is conflict|transaction conflict/i.test(
    errorText(err),
  );

/** Adds a document; false if one with the same `_id` already exists. */
export async function addOnce(add: () => unknown): Promise<boolean> {
  try {
    await add();
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}
