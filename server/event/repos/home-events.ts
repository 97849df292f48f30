/**
 * The home page's events with the member's own registration joined in: one aggregate instead of
 * the events and then the member's registrations for them.
 */
import type { RegistrationState } from '../../../domain/contract/event-model';
import { collection, command, ownJoin } from '../../lib/collection';
import { listOf } from '../../lib/results';
import type { MemberDoc } from '../../member/repos/members';
import type { EventDoc } from './docs';

export type EventWithMine = EventDoc & { mine: { state: RegistrationState }[] };

/** Events whose sign-up is still ahead or open, closing soonest first, each with my registration (or none). */
export async function listSignupOpenWithMine(
  member: Pick<MemberDoc, '_id' | 'unitPath' | 'role'>,
  now: Date,
  limit: number,
): Promise<EventWithMine[]> {
  const _ = command();
  const res = await collection('events')
    .aggregate()
    .match({
      status: 'published',
      audienceUnits: _.in(member.unitPath),
      audienceRoles: member.role,
      signupClosesAt: _.gt(now),
    })
    .sort({ signupClosesAt: 1 })
    .limit(limit)
    .project({ description: 0, fields: 0 })
    .lookup(
      ownJoin({
        from: 'registrations',
        localField: '_id',
        foreignField: 'eventId',
        openid: member._id,
        fields: { _id: 0, state: 1 },
        as: 'mine',
      }),
    )
    .end();
  return listOf<EventWithMine>(res);
}
