/** 培训 / 会议 events aimed at a member that have not ended (issue 20: what is open to earn hours). */
import { TRAINING_KINDS } from '../../../domain/contract/event-model';
import type { MemberDoc } from '../../member/repos/members';
import { collection, command } from '../../lib/collection';
import { rows } from '../../lib/results';
import type { EventDoc } from './docs';

export async function upcomingTrainingFor(
  member: Pick<MemberDoc, 'unitPath' | 'role'>,
  now: Date,
  limit: number,
): Promise<EventDoc[]> {
  const _ = command();
  return rows<EventDoc>(
    await collection('events')
      .where({
        status: 'published',
        audienceUnits: _.in(member.unitPath),
        audienceRoles: member.role,
        kind: _.in([...TRAINING_KINDS]),
        endsAt: _.gt(now),
      })
      .orderBy('startsAt', 'asc')
      .limit(limit)
      .field({ description: false, fields: false, seats: false })
      .get(),
  );
}
