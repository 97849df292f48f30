import type { FormField, UnitQuota } from '../domain/contract/event-model';
import { ROLES } from '../domain/roles';
import { benefitYear, claimIdOf } from '../domain/rules/eligibility';
import { emptySeats, type Seats } from '../domain/rules/event-seats';
import { cancelByOf, type EventDoc, type RegistrationDoc, type StoredAnswer } from '../server/event/repos/docs';
import { newRegistration } from '../server/event/registration-doc';
import { insertAll, type SeedDb } from './db';
import { demoMemberDoc } from './seed-members';
import { DEMO_UNITS, PERSONAS, demoMembers, unitPathOf } from './union';
import { DAY, dayAt } from './days';

/**
 * Demo welfare events, aimed at the whole union (u-branch) and run by the branch company's union:
 * a 夏送清凉 open now with few places (two already taken), a 金秋助学 that needs review (one
 * registration pending), a 冬送温暖 whose sign-up opens later, and one brigade activity run by the
 * first brigade's organizer so their event pages have something to show. Times are relative to `now`.
 */
export const DEMO_EVENTS = {
  summer: 'ev-summer-2026',
  autumn: 'ev-autumn-2026',
  winter: 'ev-winter-2026',
  games: 'ev-games-2026',
} as const;

const SUMMER_FIELDS: FormField[] = [
  { id: 'f1', label: '饮品偏好', type: 'choice', required: false, options: ['绿豆汤', '酸梅汤', '凉茶'] },
  { id: 'f2', label: '备注', type: 'text', required: false, hint: '如有过敏或特殊需要请注明' },
];

const AUTUMN_FIELDS: FormField[] = [
  { id: 'f1', label: '子女姓名', type: 'text', required: true },
  { id: 'f2', label: '录取学校', type: 'text', required: true },
  { id: 'f3', label: '录取层次', type: 'choice', required: true, options: ['大学本科', '大学专科', '研究生'] },
  { id: 'f4', label: '入学日期', type: 'date', required: true },
  { id: 'f5', label: '家庭月收入（元）', type: 'number', required: false },
  { id: 'f6', label: '录取通知书', type: 'image', required: true, hint: '请拍摄录取通知书原件' },
];

const WINTER_QUOTAS: UnitQuota[] = [
  { unitId: 'u-brigade-1', limit: 15 },
  { unitId: 'u-brigade-2', limit: 15 },
];

const WINTER_FIELDS: FormField[] = [{ id: 'f1', label: '家庭人口', type: 'number', required: true }];

/** Counters as the seeded registrations below hold them (quota units listed so conditions can match). */
const seats = (confirmed: number, pending = 0, quotas: UnitQuota[] = []): Seats => ({
  ...emptySeats(quotas),
  confirmed,
  pending,
});

export async function seedEvents(db: SeedDb, now: Date): Promise<void> {
  const admin = PERSONAS.admin;
  const branch = DEMO_UNITS.find((u) => u.id === 'u-branch')!;
  const brigade = DEMO_UNITS.find((u) => u.id === 'u-brigade-1')!;
  const base = {
    audienceRoles: [...ROLES],
    status: 'published' as const,
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
  };
  const byBranch = {
    ownerUnitId: branch.id,
    ownerUnitPath: unitPathOf(branch.id),
    ownerUnitName: branch.name,
    createdBy: admin.openid,
    audienceUnits: [branch.id],
  };

  const summerStart = dayAt(now, 6, 9);
  const autumnStart = dayAt(now, 20, 14);
  const events: EventDoc[] = [
    {
      _id: DEMO_EVENTS.summer,
      kind: 'summer_cooling',
      title: '夏送清凉慰问一线职工',
      description:
        '高温季节，分公司工会为一线职工送上防暑降温用品（毛巾、藿香正气水、绿豆）。请报名后按时到场领取，凭报名码登记。',
      place: '采油一大队职工之家',
      startsAt: summerStart,
      endsAt: new Date(summerStart.getTime() + 3 * 3600_000),
      signupOpensAt: dayAt(now, -2, 8),
      signupClosesAt: dayAt(now, 5, 18),
      cancelDeadline: dayAt(now, 5, 18),
      capacity: 5,
      waitlistSize: 3,
      needsReview: false,
      fields: SUMMER_FIELDS,
      oncePerKindPerYear: true,
      unitQuotas: [],
      seats: seats(2),
      ...byBranch,
      ...base,
    },
    {
      _id: DEMO_EVENTS.autumn,
      kind: 'autumn_aid',
      title: '金秋助学：职工子女升学资助',
      description:
        '资助今年考入大学的职工子女。请如实填写并上传录取通知书，工会审核通过后发放助学金。每位职工每年限申请一次。',
      place: '分公司工会办公室（线上提交材料）',
      startsAt: autumnStart,
      endsAt: new Date(autumnStart.getTime() + 2 * 3600_000),
      signupOpensAt: dayAt(now, -1, 8),
      signupClosesAt: dayAt(now, 15, 18),
      cancelDeadline: dayAt(now, 15, 18),
      capacity: 20,
      waitlistSize: 0,
      needsReview: true,
      fields: AUTUMN_FIELDS,
      oncePerKindPerYear: true,
      unitQuotas: [],
      seats: seats(0, 1),
      ...byBranch,
      ...base,
    },
    {
      _id: DEMO_EVENTS.winter,
      kind: 'winter_warmth',
      title: '冬送温暖困难职工慰问',
      description: '为困难职工家庭送去过冬慰问品和慰问金。报名开放后请填写家庭人口，各基层工会名额按分配执行。',
      place: '各基层工会活动室',
      startsAt: dayAt(now, 45, 10),
      endsAt: dayAt(now, 45, 16),
      signupOpensAt: dayAt(now, 30, 8),
      signupClosesAt: dayAt(now, 40, 18),
      cancelDeadline: dayAt(now, 42, 18),
      capacity: 30,
      waitlistSize: 10,
      needsReview: false,
      fields: WINTER_FIELDS,
      oncePerKindPerYear: true,
      unitQuotas: WINTER_QUOTAS,
      seats: seats(0, 0, WINTER_QUOTAS),
      ...byBranch,
      ...base,
    },
    {
      _id: DEMO_EVENTS.games,
      kind: 'general',
      title: '采油一大队职工趣味运动会',
      description: '拔河、托球跑、跳绳等趣味项目，欢迎大队职工报名参加。',
      place: '采油一大队篮球场',
      startsAt: dayAt(now, 12, 15),
      endsAt: dayAt(now, 12, 18),
      signupOpensAt: dayAt(now, -1, 8),
      signupClosesAt: dayAt(now, 10, 18),
      cancelDeadline: dayAt(now, 11, 12),
      capacity: 40,
      waitlistSize: 10,
      needsReview: false,
      fields: [],
      oncePerKindPerYear: false,
      unitQuotas: [],
      seats: seats(0),
      ownerUnitId: brigade.id,
      ownerUnitPath: unitPathOf(brigade.id),
      ownerUnitName: brigade.name,
      createdBy: PERSONAS.organizer.openid,
      ...base,
      audienceUnits: [brigade.id],
    },
  ];
  await insertAll(db, 'events', events);

  // Two demo members already hold 夏送清凉 places; one 金秋助学 application awaits review.
  const people = demoMembers();
  const year = (start: Date) => benefitYear(start.getTime());
  // Sign-ups as the product writes them, by people as registration left them.
  const submitted = new Date(now.getTime() - 7 * DAY);
  const registration = (
    eventId: string,
    p: (typeof people)[number],
    state: 'confirmed' | 'pending',
    answers: StoredAnswer[],
  ): RegistrationDoc => {
    const event = events.find((e) => e._id === eventId)!;
    const member = demoMemberDoc(p, 'verified', submitted, now);
    return newRegistration({ event, member, answers, state, quotaUnitId: '', cancelBy: cancelByOf(event), now });
  };
  const regs = [
    registration(DEMO_EVENTS.summer, people[0], 'confirmed', [
      { fieldId: 'f1', label: '饮品偏好', type: 'choice', value: '绿豆汤' },
    ]),
    registration(DEMO_EVENTS.summer, people[1], 'confirmed', []),
    registration(DEMO_EVENTS.autumn, people[2], 'pending', [
      { fieldId: 'f1', label: '子女姓名', type: 'text', value: '张晓宇' },
      { fieldId: 'f2', label: '录取学校', type: 'text', value: '中国石油大学（华东）' },
      { fieldId: 'f3', label: '录取层次', type: 'choice', value: '大学本科' },
      { fieldId: 'f4', label: '入学日期', type: 'date', value: `${year(autumnStart)}-09-01` },
    ]),
  ];
  await insertAll(db, 'registrations', regs);
  await insertAll(
    db,
    'event_claims',
    regs.map((r) => ({
      _id: claimIdOf(r.kind as 'summer_cooling', r.year, r.openid),
      openid: r.openid,
      kind: r.kind,
      year: r.year,
      eventId: r.eventId,
      registrationId: r._id,
      createdAt: now,
    })),
  );
}
