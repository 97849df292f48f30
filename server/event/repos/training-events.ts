/** 培训 / 会议 events aimed at a member that have not ended (issue 20: what is open to earn hours). */
import { TRAINING_KINDS } from '../../../domain/contract/event-model';
import type { MemberDoc } from '../../member/repos/members';
import { command } from '../../lib/collection';
import type { EventDoc } from './docs';
import { LIST_FIELDS, listAimedAt } from './events';

export function upcomingTrainingFor(
  member: Pick<MemberDoc, 'unitPath' | 'role'>,
  now: Date,
  limit: number,
): Promise<EventDoc[]> {
  const _ = command();
  // Seats too: the list shows no counts, and a big event's seat map is most of its document.
  return listAimedAt(member, { kind: _.in([...TRAINING_KINDS]), endsAt: _.gt(now) }, 'startsAt', limit, {
    ...LIST_FIELDS,
    seats: false,
  });
}
