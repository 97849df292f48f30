/**
 * Refuses `where`-style calls on a transaction's collection, which the wire protocol cannot show.
 *
 * Inside a transaction, `transaction.collection(c).where(q).get()` carries the transactionId and the
 * engine refuses it. But @cloudbase/database sends `update`, `remove` and `count` on a transaction's
 * collection *without* the transactionId, so on WeChat they silently run outside the transaction,
 * non-atomically. The emulator makes that mistake loud instead: these three methods throw
 * DATABASE_REQUEST_FAILED (errCode -502001 through wx-server-sdk) when the query belongs to a
 * transaction. This is the one place the emulator touches the SDK beyond its transport.
 */
import path from 'path';
import { errors } from './errors';

type Method = (this: { _transactionId?: unknown }, ...args: unknown[]) => Promise<unknown>;
const GUARDED = Symbol.for('union-home.emulator.txGuard');

export function installTransactionGuard(sdkDir: string): void {
  const nodeSdkDir = path.dirname(require.resolve('@cloudbase/node-sdk/package.json', { paths: [sdkDir] }));
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const database = require(require.resolve('@cloudbase/database', { paths: [nodeSdkDir] })) as {
    Query?: { prototype: Record<string | symbol, unknown> };
  };
  const proto = database.Query?.prototype;
  if (!proto) throw new Error('@cloudbase/database no longer exports Query: update emulator/db/tx-guard.ts');
  if (proto[GUARDED]) return;
  for (const name of ['update', 'remove', 'count']) {
    const original = proto[name] as Method;
    if (typeof original !== 'function')
      throw new Error(`@cloudbase/database Query.${name} is gone: update tx-guard.ts`);
    const guarded: Method = async function (this, ...args) {
      if (this._transactionId) throw errors.whereInTransaction();
      return original.apply(this, args);
    };
    proto[name] = guarded;
  }
  proto[GUARDED] = true;
}
