/**
 * Deterministic `_id`s make our writes idempotent: adding a document whose id exists fails with the
 * database's duplicate-key error (-502001, "E11000 duplicate key"), which means "already done".
 * Anything else is a real failure and must not be mistaken for it.
 */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { errMsg?: unknown; message?: unknown } | null;
  const text = `${String(e?.errMsg ?? '')} ${String(e?.message ?? '')}`;
  return /duplicate key|E11000/i.test(text);
}

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
