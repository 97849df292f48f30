import { chinaStamp, chinaYear, chinaYearRange } from '../domain/rules/china-time';
import { ROLES } from '../domain/roles';
import type { PlanRow } from '../domain/rules/training-plan';
import { ledgerKeyOf, zeroHours, type HoursBySubject, type StudySubject } from '../domain/rules/training-subjects';
import { essayIdOf } from '../server/training/essay-id';
import { newLedger } from '../server/training/ledger-doc';
import type { EssayDoc, LedgerEntry, LessonDoc, PlanDoc } from '../server/training/repos/docs';
import { insertAll, type SeedDb } from './db';
import { DEMO_PAPER_OPEN } from './seed-quiz';
import { DEMO_LESSONS } from './training-lessons';
import { DEMO_MEETING, seedMeeting } from './seed-meeting';
import { DEMO_UNITS, PERSONAS, demoMembers, unitPathOf, type DemoPerson } from './union';
import { DAY } from './days';

/**
 * The demo union's training year, so every training page has content on first start: the branch
 * company's plan for this year (tightened by 采油一大队 for counselling), three lessons (one per
 * subject), a 以会代训 meeting ten days ago with check-ins that earned hours, a few accepted 心得
 * (two shared with the unit) and one awaiting review, and study hours on the open demo paper.
 * Ledgers are built with the server's own builder from the same entries the server would write.
 */

const unit = (id: string) => DEMO_UNITS.find((u) => u.id === id)!;
const h = (x: Partial<HoursBySubject>): HoursBySubject => ({ ...zeroHours(), ...x });

const BRANCH_ROWS: PlanRow[] = [
  { role: 'worker', level: 3, hours: h({ policy: 2, law: 4, counselling: 1 }) },
  { role: 'cadre', level: 3, hours: h({ policy: 6, business: 6, law: 8, counselling: 2 }) },
  { role: 'organizer', level: 2, hours: h({ policy: 8, business: 8, law: 8, counselling: 4 }) },
  { role: 'organizer', level: 3, hours: h({ policy: 8, business: 8, law: 8, counselling: 4 }) },
];
const BRIGADE_ROWS: PlanRow[] = [
  { role: 'cadre', level: 3, hours: h({ policy: 6, business: 6, law: 8, counselling: 3 }) },
];

function plan(
  year: number,
  unitId: string,
  rows: PlanRow[],
  deadline: Date,
  by: DemoPerson,
  note: string,
  now: Date,
): PlanDoc {
  const u = unit(unitId);
  return {
    _id: `${year}_${unitId}`,
    year,
    unitId,
    unitPath: unitPathOf(unitId),
    unitName: u.name,
    unitLevel: u.level,
    deadline,
    rows,
    note,
    updatedBy: by.openid,
    updatedByName: by.name,
    createdAt: now,
    updatedAt: now,
  };
}

const ESSAYS: {
  person: () => DemoPerson;
  subject: StudySubject;
  title: string;
  text: string;
  share: boolean;
  hours: number;
  comment: string;
}[] = [
  {
    person: () => PERSONAS.worker,
    subject: 'law',
    title: '学习工会法第六条的体会',
    text: '参加以会代训后，我对“维护职工合法权益、竭诚服务职工群众是工会的基本职责”有了更深的理解。班组里有的同事续签劳动合同时不看条款就签字，今后我会提醒大家核对岗位、报酬和劳动保护，有疑问及时找基层工会。',
    share: true,
    hours: 1,
    comment: '结合班组实际，体会具体',
  },
  {
    person: () => demoMembers()[0],
    subject: 'policy',
    title: '做好党联系职工群众的桥梁',
    text: '工会是党联系职工群众的桥梁和纽带。作为基层工会干部，我要多到井场、多到班组，把上级的政策讲清楚，也把职工对倒班休息、食堂伙食的意见整理好，按时向队里和大队工会反映，件件有回音。',
    share: true,
    hours: 1,
    comment: '很好，可在队务会上交流',
  },
  {
    person: () => demoMembers()[4],
    subject: 'counselling',
    title: '倒班职工情绪疏导的一点做法',
    text: '我们班组有两名职工家里老人生病，连续倒班后情绪不好。我利用交接班时间和他们聊，帮他们调了两个夜班，又联系工会申请了慰问。这件事让我体会到，心理疏导首先是把人放在心上，先听再帮。',
    share: false,
    hours: 1,
    comment: '做法可借鉴',
  },
];

const PENDING_ESSAY = {
  person: () => demoMembers()[8],
  subject: 'business' as StudySubject,
  title: '职工之家建设的几点想法',
  text: '我们队的职工之家已经建成三年，图书角和健身器材用的人不多。我建议按倒班时间调整开放时段，每月组织一次读书分享，并在职工群里征集大家想看的书，让职工之家真正成为职工愿意来的家。',
};

export async function seedTraining(db: SeedDb, now: Date): Promise<void> {
  const year = chinaYear(now.getTime());
  const admin = PERSONAS.admin;
  const deadline = new Date(chinaYearRange(year).to - 60_000);
  await insertAll(db, 'training_plans', [
    plan(year, 'u-branch', BRANCH_ROWS, deadline, admin, '全年分层次培训，四个科目均需达标', now),
    plan(year, 'u-brigade-1', BRIGADE_ROWS, deadline, PERSONAS.organizer, '采油一大队加强心理疏导培训', now),
  ]);

  const branch = unit('u-branch');
  const lessons: LessonDoc[] = DEMO_LESSONS.map((l, i) => ({
    _id: l.id,
    title: l.title,
    summary: l.summary,
    subject: l.subject,
    hours: l.hours,
    minSeconds: l.minSeconds,
    format: 'text',
    blocks: l.blocks,
    link: null,
    audienceUnits: [branch.id],
    audienceRoles: [...ROLES],
    status: 'published',
    ownerUnitId: branch.id,
    ownerUnitPath: unitPathOf(branch.id),
    ownerUnitName: branch.name,
    createdBy: admin.openid,
    createdAt: now,
    updatedAt: now,
    publishedAt: new Date(now.getTime() - (3 - i) * DAY),
  }));
  await insertAll(db, 'training_lessons', lessons);

  // The open demo paper earns 2 学时 of law once passed.
  await db
    .collection('quiz_papers')
    .doc(DEMO_PAPER_OPEN)
    .update({ data: { studyHours: { subject: 'law', hours: 2 } } });

  // One ledger per member and year, as the server keeps them.
  const entries = new Map<string, { who: DemoPerson; year: number; list: LedgerEntry[] }>();
  const credit = (who: DemoPerson, e: LedgerEntry) => {
    const y = chinaYear(e.at.getTime());
    const slot = entries.get(`${y}_${who.openid}`) ?? { who, year: y, list: [] };
    slot.list.push(e);
    entries.set(`${y}_${who.openid}`, slot);
  };

  const meeting = await seedMeeting(db, now);
  meeting.checkIns.forEach(({ person, at }) => {
    credit(person, {
      key: ledgerKeyOf('meeting', DEMO_MEETING),
      source: 'meeting',
      refId: DEMO_MEETING,
      title: meeting.title,
      subject: 'business',
      hours: 2,
      at,
      proof: `签到 ${chinaStamp(at.getTime())}`,
    });
  });

  const essays: EssayDoc[] = [];
  ESSAYS.forEach((e, i) => {
    const who = e.person();
    const submittedAt = new Date(now.getTime() - (8 - i) * DAY);
    const reviewedAt = new Date(submittedAt.getTime() + DAY);
    const id = essayIdOf(who.openid, year, e.text);
    essays.push(
      essayDoc(id, who, year, e, submittedAt, {
        state: 'accepted',
        comment: e.comment,
        hours: e.hours,
        reviewedAt,
        reviewedBy: PERSONAS.organizer.openid,
      }),
    );
    credit(who, {
      key: ledgerKeyOf('essay', id),
      source: 'essay',
      refId: id,
      title: e.title,
      subject: e.subject,
      hours: e.hours,
      at: reviewedAt,
      proof: '心得经组织者审核通过',
    });
  });
  const pending = PENDING_ESSAY.person();
  essays.push(
    essayDoc(
      essayIdOf(pending.openid, year, PENDING_ESSAY.text),
      pending,
      year,
      { ...PENDING_ESSAY, share: true },
      new Date(now.getTime() - DAY),
      { state: 'pending', comment: '', hours: 0, reviewedAt: null, reviewedBy: null },
    ),
  );
  await insertAll(db, 'training_essays', essays);

  const ledgers = [...entries.values()].map(({ who, year: y, list }) =>
    newLedger(
      y,
      { openid: who.openid, name: who.name, unitId: who.unitId, unitPath: unitPathOf(who.unitId) },
      list,
      now,
    ),
  );
  await insertAll(db, 'training_ledgers', ledgers);
}

function essayDoc(
  id: string,
  who: DemoPerson,
  year: number,
  e: { subject: StudySubject; title: string; text: string; share: boolean },
  submittedAt: Date,
  review: Pick<EssayDoc, 'state' | 'comment' | 'hours' | 'reviewedAt' | 'reviewedBy'>,
): EssayDoc {
  return {
    _id: id,
    openid: who.openid,
    year,
    name: who.name,
    employeeNo: who.employeeNo,
    unitId: who.unitId,
    unitPath: unitPathOf(who.unitId),
    unitName: unit(who.unitId).name,
    title: e.title,
    text: e.text,
    subject: e.subject,
    images: [],
    share: e.share,
    submittedAt,
    ...review,
  };
}
