import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { countUnread, pageMessages } from '../../lib/messages';

export const listMessages: Handler<typeof memberContract.listMessages> = async (input, ctx) => {
  const m = ctx.member;
  const [{ items, total }, unread] = await Promise.all([
    pageMessages(m._id, input.page, input.pageSize),
    countUnread(m._id),
  ]);
  return {
    items: items.map((d) => ({
      id: d._id,
      kind: d.kind,
      title: d.title,
      body: d.body,
      page: d.page ?? '',
      read: d.read,
      createdAt: new Date(d.createdAt).getTime(),
    })),
    total,
    unread,
    page: input.page,
    pageSize: input.pageSize,
  };
};
