/**
 * 培训 / 会议 (以会代训) earn study hours by attendance: the check-in with the member's signed code is
 * the proof, and nothing else credits them. The ledger itself is the training subject's.
 */
import { chinaStamp } from '../../domain/rules/china-time';
import { creditHours } from '../training/credit';
import type { EventDoc, RegistrationDoc } from './repos/docs';

export async function creditAttendance(
  event: EventDoc,
  reg: RegistrationDoc,
  checkedInAt: Date,
  now: Date,
): Promise<void> {
  if (!event.studyHours) return;
  await creditHours(
    { openid: reg.openid, name: reg.name, unitId: reg.unitId, unitPath: reg.unitPath },
    {
      source: 'meeting',
      refId: event._id,
      title: event.title,
      credit: event.studyHours,
      at: checkedInAt,
      proof: `签到 ${chinaStamp(checkedInAt.getTime())}`,
    },
    now,
  );
}
