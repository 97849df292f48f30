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
 * A transaction that lost to another one: the caller retries the whole transaction. WeChat says so
 * at write time, on the document call, with errCode -501001 and `[ResourceUnavailable.TransactionConflict]
 * Transaction is conflict` (the wrapper drops `code`); only a failed commit keeps DATABASE_TRANSACTION_CONFLICT.
 */
export const isTransactionConflict = (err: unknown): boolean =>
  /DATABASE_TRANSACTION_CONFLICT|TransactionConflict|transaction (is )?conflict/i.test(errorText(err));

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
