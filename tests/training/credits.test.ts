/**
 * Each source of hours credits exactly once, and only on what the server saw happen: a lesson after
 * its minimum time since the server-recorded start (early finish: nothing; replayed finish: nothing
 * more), a 培训/会议 only on check-in with the signed code (a second scan: nothing more), a passed
 * paper once however many passes; progress adds the ledger up. Organizers of another brigade get
 * NOT_FOUND for what is not theirs. An accepted 心得 is in essays.test.ts.
 */
import { PERSONAS } from '../../demo/union';
import { setClock, cloudForFile } from '../support/cloud';
import { publishEvent } from '../event/support';
import {
  storedLedger,
  publishPaperWithHours,
  publishLesson,
  readLesson,
  takePaper,
  storedEntries,
  storedTotal,
} from './support';
import { DAY, HOUR, THIS_YEAR } from '../support/time';
import { expectError } from '../support/outcome';

const { admin, organizer, organizer2, cadre, worker, worker2 } = PERSONAS;

const cloud = cloudForFile();

describe('a lesson', () => {
  let lessonId: string;
  beforeAll(async () => {
    lessonId = await publishLesson(cloud, organizer.openid, {
      audienceUnits: ['u-brigade-1'],
      credit: { subject: 'counselling', hours: 1.5 },
    });
  });

  it('finished before its minimum time credits nothing and says how long is left', async () => {
    const before = storedTotal(cloud, cadre.openid);
    const started = await cloud.ok(cadre.openid, 'training', 'startLesson', { lessonId });
    expect(started.finishableAt - started.startedAt).toBe(60_000);
    setClock(started.startedAt + 30_000);
    const early = await cloud.ok(cadre.openid, 'training', 'finishLesson', { lessonId, session: started.session });
    jest.useRealTimers();
    expect(early).toMatchObject({ outcome: 'too_early', subject: 'counselling', hours: 1.5 });
    expect(early.secondsLeft).toBe(30);
    expect(storedTotal(cloud, cadre.openid)).toBe(before);
  });

  it('finished after it credits once; a replayed finish and a reopening add nothing', async () => {
    const before = storedTotal(cloud, cadre.openid);
    const done = await readLesson(cloud, cadre.openid, lessonId);
    expect(done.outcome).toBe('credited');
    expect(storedTotal(cloud, cadre.openid)).toBe(before + 1.5);
    const [entry] = storedEntries(cloud, cadre.openid, `lesson:${lessonId}`);
    expect(entry).toMatchObject({ source: 'lesson', subject: 'counselling', hours: 1.5 });
    expect(entry.proof).toMatch(/^学习1分\d+秒/);

    // The same finish request again, and again after reopening the lesson.
    const study = cloud
      .dump<{ _id: string; session: string }>('training_studies')
      .find((s) => s._id === `${lessonId}_${cadre.openid}`)!;
    expect(
      (await cloud.ok(cadre.openid, 'training', 'finishLesson', { lessonId, session: study.session })).outcome,
    ).toBe('already');
    const again = await cloud.ok(cadre.openid, 'training', 'startLesson', { lessonId });
    expect(again.credited).toBe(true);
    expect((await readLesson(cloud, cadre.openid, lessonId)).outcome).toBe('already');
    expect(storedEntries(cloud, cadre.openid, `lesson:${lessonId}`)).toHaveLength(1);
    expect(storedTotal(cloud, cadre.openid)).toBe(before + 1.5);

    const view = await cloud.ok(cadre.openid, 'training', 'getLesson', { lessonId });
    expect(view.creditedAt).not.toBeNull();
    const progress = await cloud.ok(cadre.openid, 'training', 'getProgress', {});
    expect(progress.lessons.map((l) => l.id)).not.toContain(lessonId);
  });

  it('counts only the finish of the latest opening, and never without a start', async () => {
    const other = await publishLesson(cloud, organizer.openid, { audienceUnits: ['u-brigade-1'] });
    expectError(
      await cloud.call(worker.openid, 'training', 'finishLesson', { lessonId: other, session: 'made-up-session' }),
      'CONFLICT',
    );
    const first = await cloud.ok(worker.openid, 'training', 'startLesson', { lessonId: other });
    setClock(first.startedAt + 120_000);
    const second = await cloud.ok(worker.openid, 'training', 'startLesson', { lessonId: other });
    expectError(
      await cloud.call(worker.openid, 'training', 'finishLesson', { lessonId: other, session: first.session }),
      'CONFLICT',
    );
    // The clock restarted with the second opening.
    expect(
      (await cloud.ok(worker.openid, 'training', 'finishLesson', { lessonId: other, session: second.session })).outcome,
    ).toBe('too_early');
    jest.useRealTimers();
    expect(storedEntries(cloud, worker.openid, `lesson:${other}`)).toHaveLength(0);
  });

  it('credits once under concurrent finishes, and both of two lessons finished at the same moment', async () => {
    const member = 'o-demo-10105';
    const [a, b] = [
      await publishLesson(cloud, admin.openid, { title: '并发一' }),
      await publishLesson(cloud, admin.openid, { title: '并发二' }),
    ];
    const before = storedTotal(cloud, member);
    const [sa, sb] = await Promise.all(
      [a, b].map((lessonId) => cloud.ok(member, 'training', 'startLesson', { lessonId })),
    );
    setClock(Math.max(sa.startedAt, sb.startedAt) + 61_000);
    const outcomes = await Promise.all([
      ...Array.from({ length: 4 }, () =>
        cloud.ok(member, 'training', 'finishLesson', { lessonId: a, session: sa.session }),
      ),
      cloud.ok(member, 'training', 'finishLesson', { lessonId: b, session: sb.session }),
    ]);
    jest.useRealTimers();
    expect(outcomes.filter((o) => o.outcome === 'credited')).toHaveLength(2);
    expect(storedEntries(cloud, member, `lesson:${a}`)).toHaveLength(1);
    expect(storedEntries(cloud, member, `lesson:${b}`)).toHaveLength(1);
    expect(storedTotal(cloud, member)).toBe(before + 2);
  });

  it('is NOT_FOUND outside its audience', async () => {
    const theirs = await publishLesson(cloud, organizer2.openid, { audienceUnits: ['u-brigade-2'] });
    expectError(await cloud.call(cadre.openid, 'training', 'getLesson', { lessonId: theirs }), 'NOT_FOUND');
    expectError(await cloud.call(cadre.openid, 'training', 'startLesson', { lessonId: theirs }), 'NOT_FOUND');
    expectError(
      await cloud.call(organizer.openid, 'trainingAdmin', 'getLessonEditor', { lessonId: theirs }),
      'NOT_FOUND',
    );
    expectError(
      await cloud.call(organizer.openid, 'trainingAdmin', 'setLessonStatus', { lessonId: theirs, status: 'withdrawn' }),
      'NOT_FOUND',
    );
    expect(cloud.dump('training_studies').some((s) => (s as { lessonId: string }).lessonId === theirs)).toBe(false);
  });
});

describe('a 培训 / 会议', () => {
  it('credits its hours only when the member is checked in, and once for a second scan', async () => {
    const now = Date.now();
    const eventId = await publishEvent(cloud, organizer.openid, {
      kind: 'meeting',
      title: '以会代训：工会财务管理专题',
      audienceUnits: ['u-brigade-1'],
      startsAt: now + HOUR,
      endsAt: now + 3 * HOUR,
      signupClosesAt: now + HOUR / 2,
      cancelDeadline: now + HOUR / 2,
      studyHours: { subject: 'business', hours: 2 },
    });
    const key = `meeting:${eventId}`;
    await cloud.ok(worker2.openid, 'event', 'signUp', { eventId, answers: [] });
    expect(storedEntries(cloud, worker2.openid, key)).toHaveLength(0);
    const { token } = await cloud.ok(worker2.openid, 'event', 'getCheckinCode', { eventId });
    const first = await cloud.ok(organizer.openid, 'eventAdmin', 'checkIn', { eventId, token: token! });
    expect(first.already).toBe(false);
    expect(storedEntries(cloud, worker2.openid, key)).toEqual([
      expect.objectContaining({
        source: 'meeting',
        subject: 'business',
        hours: 2,
        title: '以会代训：工会财务管理专题',
      }),
    ]);
    expect((await cloud.ok(organizer.openid, 'eventAdmin', 'checkIn', { eventId, token: token! })).already).toBe(true);
    expect(storedEntries(cloud, worker2.openid, key)).toHaveLength(1);
  });

  it('must say its hours, and other kinds may not carry any', async () => {
    const now = Date.now();
    const base = {
      audienceUnits: ['u-brigade-1'],
      startsAt: now + DAY,
      endsAt: now + DAY + HOUR,
      signupClosesAt: now + HOUR,
      cancelDeadline: now + HOUR,
    };
    expectError(
      await cloud.call(organizer.openid, 'event', 'create', {
        ...(await import('../event/support')).eventInput({ ...base, kind: 'training' }),
      }),
      'BAD_REQUEST',
    );
    expectError(
      await cloud.call(organizer.openid, 'event', 'create', {
        ...(await import('../event/support')).eventInput({
          ...base,
          kind: 'general',
          studyHours: { subject: 'law', hours: 1 },
        }),
      }),
      'BAD_REQUEST',
    );
  });
});

describe('a paper with hours', () => {
  it('credits once per paper: a fail gives nothing, the first pass the hours, a second pass and a replayed submit nothing more', async () => {
    const paperId = await publishPaperWithHours(cloud, admin.openid);
    const key = `quiz:${paperId}`;
    await takePaper(cloud, worker.openid, paperId, false);
    expect(storedEntries(cloud, worker.openid, key)).toHaveLength(0);
    const pass = await takePaper(cloud, worker.openid, paperId, true);
    expect(pass.result.passed).toBe(true);
    expect(storedEntries(cloud, worker.openid, key)).toEqual([
      expect.objectContaining({ source: 'quiz', subject: 'law', hours: 2, title: '法律法规学时考试' }),
    ]);
    await cloud.ok(worker.openid, 'quiz', 'submit', { attemptId: pass.attemptId });
    await takePaper(cloud, worker.openid, paperId, true);
    expect(storedEntries(cloud, worker.openid, key)).toHaveLength(1);
    // Once earned, the paper is no longer offered as a way to earn hours.
    const open = await cloud.ok(worker.openid, 'training', 'listOpenNow', {});
    expect(open.papers.map((p) => p.paperId)).not.toContain(paperId);
    expect((await cloud.ok(cadre.openid, 'training', 'listOpenNow', {})).papers.map((p) => p.paperId)).toContain(
      paperId,
    );
  });
});

test('progress adds up the ledger by subject against the plan', async () => {
  const p = await cloud.ok(cadre.openid, 'training', 'getProgress', {});
  const ledger = storedLedger(cloud, cadre.openid)!;
  expect(p.year).toBe(THIS_YEAR);
  for (const s of p.standing.subjects)
    expect(s.earned).toBe(ledger.entries.filter((e) => e.subject === s.subject).reduce((n, e) => n + e.hours, 0));
  expect(p.standing.earned).toBe(ledger.total);
  expect(p.entries[0].at).toBeGreaterThanOrEqual(p.entries[p.entries.length - 1].at);
});
