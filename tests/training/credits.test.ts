/**
 * Each source of hours credits exactly once, and only on what the server saw happen: a lesson after
 * its minimum time since the server-recorded start (early finish: nothing; replayed finish: nothing
 * more), a 培训/会议 only on check-in with the signed code (a second scan: nothing more), a passed
 * paper once however many passes, an accepted 心得 once however often it is resubmitted or
 * accepted. Organizers of another brigade get NOT_FOUND for what is not theirs.
 */
import { PERSONAS } from '../../demo/union';
import { setClock, startTestCloud, type TestCloud } from '../support/cloud';
import { publishEvent } from '../event/support';
import { storedLedger, publishPaperWithHours, publishLesson, readLesson, takePaper } from './support';
import { DAY, HOUR, THIS_YEAR } from '../support/time';
import { expectError } from '../support/outcome';

const { admin, organizer, organizer2, cadre, worker, worker2 } = PERSONAS;

let cloud: TestCloud;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
});
afterAll(async () => {
  jest.useRealTimers();
  await cloud.close();
});

const entriesFor = (openid: string, key: string) =>
  (storedLedger(cloud, openid)?.entries ?? []).filter((e) => e.key === key);
const totalOf = (openid: string) => storedLedger(cloud, openid)?.total ?? 0;

describe('a lesson', () => {
  let lessonId: string;
  beforeAll(async () => {
    lessonId = await publishLesson(cloud, organizer.openid, {
      audienceUnits: ['u-brigade-1'],
      credit: { subject: 'counselling', hours: 1.5 },
    });
  });

  it('finished before its minimum time credits nothing and says how long is left', async () => {
    const before = totalOf(cadre.openid);
    const started = await cloud.ok(cadre.openid, 'training', 'startLesson', { lessonId });
    expect(started.finishableAt - started.startedAt).toBe(60_000);
    setClock(started.startedAt + 30_000);
    const early = await cloud.ok(cadre.openid, 'training', 'finishLesson', { lessonId, session: started.session });
    jest.useRealTimers();
    expect(early).toMatchObject({ outcome: 'too_early', subject: 'counselling', hours: 1.5 });
    expect(early.secondsLeft).toBe(30);
    expect(totalOf(cadre.openid)).toBe(before);
  });

  it('finished after it credits once; a replayed finish and a reopening add nothing', async () => {
    const before = totalOf(cadre.openid);
    const done = await readLesson(cloud, cadre.openid, lessonId);
    expect(done.outcome).toBe('credited');
    expect(totalOf(cadre.openid)).toBe(before + 1.5);
    const [entry] = entriesFor(cadre.openid, `lesson:${lessonId}`);
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
    expect(entriesFor(cadre.openid, `lesson:${lessonId}`)).toHaveLength(1);
    expect(totalOf(cadre.openid)).toBe(before + 1.5);

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
    expect(entriesFor(worker.openid, `lesson:${other}`)).toHaveLength(0);
  });

  it('credits once under concurrent finishes, and both of two lessons finished at the same moment', async () => {
    const member = 'o-demo-10105';
    const [a, b] = [
      await publishLesson(cloud, admin.openid, { title: '并发一' }),
      await publishLesson(cloud, admin.openid, { title: '并发二' }),
    ];
    const before = totalOf(member);
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
    expect(entriesFor(member, `lesson:${a}`)).toHaveLength(1);
    expect(entriesFor(member, `lesson:${b}`)).toHaveLength(1);
    expect(totalOf(member)).toBe(before + 2);
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
    expect(entriesFor(worker2.openid, key)).toHaveLength(0);
    const { token } = await cloud.ok(worker2.openid, 'event', 'getCheckinCode', { eventId });
    const first = await cloud.ok(organizer.openid, 'eventAdmin', 'checkIn', { eventId, token: token! });
    expect(first.already).toBe(false);
    expect(entriesFor(worker2.openid, key)).toEqual([
      expect.objectContaining({
        source: 'meeting',
        subject: 'business',
        hours: 2,
        title: '以会代训：工会财务管理专题',
      }),
    ]);
    expect((await cloud.ok(organizer.openid, 'eventAdmin', 'checkIn', { eventId, token: token! })).already).toBe(true);
    expect(entriesFor(worker2.openid, key)).toHaveLength(1);
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
    expect(entriesFor(worker.openid, key)).toHaveLength(0);
    const pass = await takePaper(cloud, worker.openid, paperId, true);
    expect(pass.result.passed).toBe(true);
    expect(entriesFor(worker.openid, key)).toEqual([
      expect.objectContaining({ source: 'quiz', subject: 'law', hours: 2, title: '法律法规学时考试' }),
    ]);
    await cloud.ok(worker.openid, 'quiz', 'submit', { attemptId: pass.attemptId });
    await takePaper(cloud, worker.openid, paperId, true);
    expect(entriesFor(worker.openid, key)).toHaveLength(1);
    // Once earned, the paper is no longer offered as a way to earn hours.
    const open = await cloud.ok(worker.openid, 'training', 'listOpenNow', {});
    expect(open.papers.map((p) => p.paperId)).not.toContain(paperId);
    expect((await cloud.ok(cadre.openid, 'training', 'listOpenNow', {})).papers.map((p) => p.paperId)).toContain(
      paperId,
    );
  });
});

describe('a 心得', () => {
  const text =
    '通过学习工会法，我认识到维护职工合法权益是工会的基本职责。今后在班组里要多听职工的意见，把困难职工的情况及时反映给工会，做到门好进、脸好看、事好办。';

  it('with words WeChat refuses is not stored, and the member is told why', async () => {
    const before = cloud.dump('training_essays').length;
    for (const words of [
      { title: '学习体会', text: `${text}宿舍里有人组织赌博。` },
      { title: '做菜的人是傻逼', text },
    ]) {
      const env = await cloud.call(worker.openid, 'training', 'submitEssay', { ...words, subject: 'law', share: true });
      expectError(env, 'BAD_REQUEST');
      expect(env.ok ? '' : env.error.message).toMatch(/^抱歉，您的内容未通过微信内容安全检测/);
    }
    expect(cloud.dump('training_essays')).toHaveLength(before);
    expect(JSON.stringify(cloud.dump('training_essays'))).not.toMatch(/赌博|傻逼/);
  });

  it('is the same 心得 when resubmitted, credited once when accepted, and refused once accepted', async () => {
    const submitted = await cloud.ok(worker2.openid, 'training', 'submitEssay', {
      title: '学习工会法的体会',
      text,
      subject: 'law',
      share: true,
    });
    const again = await cloud.ok(worker2.openid, 'training', 'submitEssay', {
      title: '学习工会法的体会（修改标题）',
      text: `  ${text}  `,
      subject: 'law',
      share: true,
    });
    expect(again.id).toBe(submitted.id);
    expect(cloud.dump<{ openid: string }>('training_essays').filter((e) => e.openid === worker2.openid)).toHaveLength(
      1,
    );

    // Brigade 2's organizer cannot see or review it.
    expect(
      (await cloud.ok(organizer2.openid, 'trainingAdmin', 'listEssayQueue', {})).items.map((e) => e.id),
    ).not.toContain(submitted.id);
    expectError(
      await cloud.call(organizer2.openid, 'trainingAdmin', 'reviewEssay', {
        essayId: submitted.id,
        decision: 'accept',
        hours: 1,
      }),
      'NOT_FOUND',
    );

    const queue = await cloud.ok(organizer.openid, 'trainingAdmin', 'listEssayQueue', {});
    expect(queue.items.find((e) => e.id === submitted.id)).toMatchObject({
      authorName: '陈明',
      title: '学习工会法的体会（修改标题）',
    });
    const before = totalOf(worker2.openid);
    const accepted = await cloud.ok(organizer.openid, 'trainingAdmin', 'reviewEssay', {
      essayId: submitted.id,
      decision: 'accept',
      hours: 1,
      comment: '体会深刻',
    });
    expect(accepted).toMatchObject({ state: 'accepted', credited: true, hours: 1 });
    expect(totalOf(worker2.openid)).toBe(before + 1);
    // A second accept (a double tap, another organizer) credits nothing more; a return is refused.
    expect(
      await cloud.ok(admin.openid, 'trainingAdmin', 'reviewEssay', {
        essayId: submitted.id,
        decision: 'accept',
        hours: 2,
      }),
    ).toMatchObject({ credited: false, hours: 1 });
    expectError(
      await cloud.call(admin.openid, 'trainingAdmin', 'reviewEssay', {
        essayId: submitted.id,
        decision: 'return',
        comment: '重写',
      }),
      'CONFLICT',
    );
    expectError(
      await cloud.call(worker2.openid, 'training', 'submitEssay', {
        title: '再交一次',
        text,
        subject: 'law',
        share: true,
      }),
      'CONFLICT',
    );
    expect(entriesFor(worker2.openid, `essay:${submitted.id}`)).toHaveLength(1);
    expect(totalOf(worker2.openid)).toBe(before + 1);

    const told = cloud
      .dump<{ openid: string; kind: string; title: string }>('messages')
      .filter((m) => m.openid === worker2.openid && m.title === '心得审核结果');
    expect(told).toHaveLength(1);
    // Shared with the unit (工作交流), as the author agreed.
    const shared = await cloud.ok(worker2.openid, 'training', 'listSharedEssays', {});
    expect(shared.items.map((e) => e.id)).toContain(submitted.id);
  });

  it('returned, goes back to the queue when handed in again', async () => {
    const own = `${text}我还要把学到的法律知识讲给班组的同事听。`;
    const e = await cloud.ok(cadre.openid, 'training', 'submitEssay', { title: '班组普法', text: own, subject: 'law' });
    await cloud.ok(organizer.openid, 'trainingAdmin', 'reviewEssay', {
      essayId: e.id,
      decision: 'return',
      comment: '请结合本队实例',
    });
    expect((await cloud.ok(cadre.openid, 'training', 'listMyEssays', {})).find((x) => x.id === e.id)).toMatchObject({
      state: 'returned',
      comment: '请结合本队实例',
      hours: 0,
    });
    expect(entriesFor(cadre.openid, `essay:${e.id}`)).toHaveLength(0);
    const back = await cloud.ok(cadre.openid, 'training', 'submitEssay', {
      title: '班组普法（补充实例）',
      text: own,
      subject: 'law',
    });
    expect(back).toMatchObject({ id: e.id, state: 'pending' });
    // Not shared: colleagues do not see it even once accepted.
    await cloud.ok(organizer.openid, 'trainingAdmin', 'reviewEssay', { essayId: e.id, decision: 'accept', hours: 0.5 });
    expect((await cloud.ok(worker.openid, 'training', 'listSharedEssays', {})).items.map((x) => x.id)).not.toContain(
      e.id,
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
