import crypto from 'crypto';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { emptySeats } from '../../../domain/rules/event-seats';
import type { EventDoc } from '../repos/docs';
import { insertEvent } from '../repos/events';
import { loadUnits } from '../../member/repos/units';
import { checkDraftUnits, draftFields } from '../draft';
import { toAdminEvent } from '../views';

/** Event ids never contain `_`: registration ids are `${eventId}_${openid}` and split on the first one. */
const newEventId = (): string => `ev${Date.now().toString(36)}${crypto.randomBytes(4).toString('hex')}`;

export const create: Handler<typeof eventContract.create> = async (draft, ctx) => {
  const member = ctx.member;
  const units = await loadUnits();
  checkDraftUnits(draft, member, units);
  const doc: EventDoc = {
    _id: newEventId(),
    ...draftFields(draft),
    status: 'draft',
    ownerUnitId: member.unitId,
    ownerUnitPath: member.unitPath,
    ownerUnitName: units.find((u) => u._id === member.unitId)?.name ?? '',
    seats: emptySeats(draft.unitQuotas),
    rev: 0,
    createdBy: member._id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await insertEvent(doc);
  return toAdminEvent(doc, ctx.now);
};
