import { ROLES } from '../domain/roles';
import { emptySeats } from '../domain/rules/event-seats';
import { newRegistration } from '../server/event/registration-doc';
import { cancelByOf, type EventDoc, type RegistrationDoc } from '../server/event/repos/docs';
import { insertAll, type SeedDb } from './db';
import { dayAt } from './days';
import { demoMemberDoc } from './seed-members';
import { DEMO_UNITS, PERSONAS, demoMembers, unitPathOf, type DemoPerson } from './union';

/** The demo's 以会代训 meeting: its event id, for the training seed and for tests. */
export const DEMO_MEETING = 'ev-meeting-demo';

const unit = (id: string) => DEMO_UNITS.find((u) => u.id === id)!;

const MEETING_TITLE = '以会代训：工会经费使用与职工之家建设';

/** The 以会代训 meeting ten days ago: eight checked in, one signed up but absent. */
export interface SeededMeeting {
  title: string;
  /** Who was checked in at the door, and when: each earned the meeting's hours. */
  checkIns: { person: DemoPerson; at: Date }[];
}

export async function seedMeeting(db: SeedDb, now: Date): Promise<SeededMeeting> {
  const brigade = unit('u-brigade-1');
  const start = dayAt(now, -10, 14);
  const inBrigade = demoMembers().filter(
    (p) => unitPathOf(p.unitId).includes(brigade.id) && !['o-demo-10105', 'o-demo-10133'].includes(p.openid),
  );
  const attendees = [PERSONAS.cadre, PERSONAS.worker, ...inBrigade.slice(0, 6)];
  // At the door from a quarter of an hour before the start, a minute apart.
  const checkIns = attendees.map((person, i) => ({ person, at: new Date(start.getTime() - 15 * 60_000 + i * 60_000) }));
  const absent = [PERSONAS.worker2];
  const event: EventDoc = {
    _id: DEMO_MEETING,
    kind: 'meeting',
    title: MEETING_TITLE,
    description:
      '采油一大队工会以会代训：学习工会经费收支管理规定，交流各队职工之家建设经验。参加并签到计入日常业务2学时。',
    place: '采油一大队三楼会议室',
    startsAt: start,
    endsAt: new Date(start.getTime() + 2.5 * 3600_000),
    signupOpensAt: dayAt(now, -20, 8),
    signupClosesAt: dayAt(now, -11, 18),
    cancelDeadline: dayAt(now, -11, 18),
    capacity: 40,
    waitlistSize: 0,
    needsReview: false,
    audienceUnits: [brigade.id],
    audienceRoles: [...ROLES],
    fields: [],
    oncePerKindPerYear: false,
    unitQuotas: [],
    status: 'published',
    ownerUnitId: brigade.id,
    ownerUnitPath: unitPathOf(brigade.id),
    ownerUnitName: brigade.name,
    seats: { ...emptySeats([]), confirmed: attendees.length + absent.length },
    createdBy: PERSONAS.organizer.openid,
    createdAt: dayAt(now, -21, 9),
    updatedAt: dayAt(now, -21, 9),
    publishedAt: dayAt(now, -21, 9),
    studyHours: { subject: 'business', hours: 2 },
  };
  await insertAll(db, 'events', [event]);
  const signedUp = dayAt(now, -15, 10);
  // Signed up as the product writes it; then checked in at the door (or not).
  const reg = (p: DemoPerson, checkedInAt: Date | null): RegistrationDoc => ({
    ...newRegistration({
      event,
      member: demoMemberDoc(p, 'verified', dayAt(now, -30, 9), now),
      answers: [],
      state: 'confirmed',
      quotaUnitId: '',
      cancelBy: cancelByOf(event),
      now: signedUp,
    }),
    updatedAt: checkedInAt ?? signedUp,
    checkedInAt,
    checkedInBy: checkedInAt ? PERSONAS.organizer.openid : null,
  });
  await insertAll(db, 'registrations', [
    ...checkIns.map((c) => reg(c.person, c.at)),
    ...absent.map((p) => reg(p, null)),
  ]);
  return { title: MEETING_TITLE, checkIns };
}
