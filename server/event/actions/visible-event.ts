import { AppError } from '../../../domain/errors';
import { inAudience } from '../../../domain/rules/audience';
import type { EventDoc, RegistrationDoc } from '../repos/docs';
import type { MemberDoc } from '../../member/repos/members';

/**
 * A member sees an event that is published (or closed) and aimed at them, or one they registered
 * for; anything else is NOT_FOUND, so ids reveal nothing.
 */
export function assertVisible(
  event: EventDoc | null,
  member: MemberDoc,
  reg: Pick<RegistrationDoc, '_id'> | null,
): EventDoc {
  if (!event || event.status === 'draft') throw new AppError('NOT_FOUND', '活动不存在或已下线');
  if (!reg && !inAudience(event, member)) throw new AppError('NOT_FOUND', '活动不存在或已下线');
  return event;
}
