import type { voiceContract } from '../../../domain/contract/voice';
import type { Handler } from '../../lib/dispatch';
import { listMine as listMyRequests } from '../repos/requests';
import { settleAll } from '../settle';
import { toMyRow } from '../views';
import { writerKeyOf } from '../writer-link';

const PAGE = 20;

/** My requests, newest first: member + one indexed read (escalations due are written as they are found). */
export const listMine: Handler<typeof voiceContract.listMine> = async ({ page }, ctx) => {
  const found = await listMyRequests(await writerKeyOf(ctx.member._id), (page - 1) * PAGE, PAGE + 1);
  const items = await settleAll(found.slice(0, PAGE), ctx.now);
  return { items: items.map((d) => toMyRow(d, ctx.now)), page, hasMore: found.length > PAGE };
};
