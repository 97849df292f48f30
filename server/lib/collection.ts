import type { CollectionName } from '../../domain/collections';
import { db } from './cloud';
import { listOf } from './results';

/**
 * The only way to reach a collection. Names are checked against domain/collections.ts, so a typo
 * is a compile error rather than a -502005 at rush hour. Only repositories call this.
 */
export const collection = (name: CollectionName) => db().collection(name);

export const command = () => db().command;

/**
 * A `$lookup` stage joining the caller's own documents of another collection: for each document,
 * those of `from` whose `foreignField` equals its `localField` and whose `openid` is the caller's.
 * The sub-pipeline matches `openid` first, so the join reads through the caller's index. (The SDK
 * has `command.aggregate.pipeline()` and `command.expr()`; its type declarations omit them.)
 */
export function ownJoin(opts: {
  from: CollectionName;
  localField: string;
  foreignField: string;
  openid: string;
  fields: Record<string, 0 | 1>;
  as: string;
}): Record<string, unknown> {
  const $ = db().command.aggregate as unknown as {
    eq(args: unknown[]): unknown;
    pipeline(): SubPipeline;
  };
  const expr = (db().command as unknown as { expr(e: unknown): object }).expr;
  return {
    from: opts.from,
    let: { local: `$${opts.localField}` },
    pipeline: $.pipeline()
      .match({ openid: opts.openid })
      .match(expr($.eq([`$${opts.foreignField}`, '$$local'])))
      .project(opts.fields)
      .done(),
    as: opts.as,
  };
}

interface SubPipeline {
  match(q: object): SubPipeline;
  project(p: object): SubPipeline;
  done(): unknown;
}

/** How many documents matching `where` hold each value of `field` (one aggregate, ≤ 1,000 values). */
export async function countPerValue(
  name: CollectionName,
  where: object,
  field: string,
): Promise<Record<string, number>> {
  const $ = db().command.aggregate;
  const res = await collection(name)
    .aggregate()
    .match(where)
    .group({ _id: `$${field}`, n: $.sum(1) })
    .limit(1000)
    .end();
  const out: Record<string, number> = {};
  for (const g of listOf<{ _id: string; n: number }>(res)) out[g._id] = g.n;
  return out;
}
