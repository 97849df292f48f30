/** Papers: quotas drawn per member, different orders for different members, fixed lists, setup checks. */
import { cloudForFile } from '../support/cloud';
import type { Quota } from '../../domain/contract/quiz';
import { PERSONAS } from '../../demo/union';
import { storedQuestions, publishPaper, paperInput, tryPublishPaper, storedAttempt } from './support';
import { ADMIN, CADRE, WORKER } from '../support/personas';

const cloud = cloudForFile();
let members: string[];

beforeAll(async () => {
  members = cloud
    .dump<{ _id: string; status: string }>('members')
    .filter((m) => m.status === 'verified')
    .map((m) => m._id);
});

const QUOTAS: Quota[] = [
  { category: '法律法规', type: 'single', count: 5 },
  { category: '法律法规', type: 'single', count: 2, difficulty: 3 },
  { category: '日常业务', type: 'multiple', count: 3 },
  { category: '心理疏导', type: 'judge', count: 2 },
  { category: '政策理论', type: 'single', count: 1 },
];

describe('random draws', () => {
  let paperId: string;
  let drawn: { openid: string; qids: string[]; optionOrders: string[] }[];

  beforeAll(async () => {
    paperId = await publishPaper(cloud, { draw: { mode: 'random', quotas: QUOTAS } });
    drawn = await Promise.all(
      members.slice(0, 12).map(async (openid) => {
        const live = await cloud.ok(openid, 'quiz', 'start', { paperId });
        const stored = await storedAttempt(cloud, live.attemptId);
        return {
          openid,
          qids: stored.questions.map((q) => q.qid),
          optionOrders: stored.questions.map((q) => q.options.join('|')),
        };
      }),
    );
  });

  it('every member gets exactly the quotas, no question twice, each from its category, type and difficulty', async () => {
    const bank = new Map((await storedQuestions(cloud, {})).map((q) => [q._id, q]));
    for (const d of drawn) {
      expect(new Set(d.qids).size).toBe(13);
      const qs = d.qids.map((id) => bank.get(id)!);
      const count = (f: (q: (typeof qs)[number]) => boolean) => qs.filter(f).length;
      expect(count((q) => q.category === '法律法规' && q.type === 'single')).toBe(7);
      expect(
        count((q) => q.category === '法律法规' && q.type === 'single' && q.difficulty === 3),
      ).toBeGreaterThanOrEqual(2);
      expect(count((q) => q.category === '日常业务' && q.type === 'multiple')).toBe(3);
      expect(count((q) => q.category === '心理疏导' && q.type === 'judge')).toBe(2);
      expect(count((q) => q.category === '政策理论' && q.type === 'single')).toBe(1);
    }
  });

  it('different members get different questions and different orders', () => {
    expect(new Set(drawn.map((d) => d.qids.join())).size).toBe(drawn.length);
    // Even where two members drew the same question, its options are shown in different orders somewhere.
    const orders = new Map<string, Set<string>>();
    for (const d of drawn)
      d.qids.forEach((id, i) => orders.set(id, (orders.get(id) ?? new Set()).add(d.optionOrders[i])));
    expect([...orders.values()].some((o) => o.size > 1)).toBe(true);
  });

  it('the paper states its rules from the quotas', async () => {
    const intro = await cloud.ok(WORKER, 'quiz', 'getPaper', { paperId });
    expect(intro.rules).toMatchObject({
      questionCount: 13,
      countsByType: { single: 8, multiple: 3, judge: 2 },
      maxScore: 8 * 10 + 3 * 20 + 2 * 5,
    });
  });
});

describe('fixed lists', () => {
  it('everyone gets the listed questions; unshuffled, in list order with options in bank order', async () => {
    const singles = (await storedQuestions(cloud, { type: 'single' })).slice(0, 4);
    const ids = singles.map((q) => q._id).reverse();
    const paperId = await publishPaper(cloud, {
      draw: { mode: 'fixed', questionIds: ids },
      shuffleQuestions: false,
      shuffleOptions: false,
      passScore: 20,
    });
    for (const openid of [CADRE, WORKER]) {
      const live = await cloud.ok(openid, 'quiz', 'start', { paperId });
      const stored = await storedAttempt(cloud, live.attemptId);
      expect(stored.questions.map((q) => q.qid)).toEqual(ids);
      expect(live.questions.map((q) => q.stem)).toEqual(ids.map((id) => singles.find((q) => q._id === id)!.stem));
      expect(live.questions[0].options.map((o) => o.text)).toEqual(singles.find((q) => q._id === ids[0])!.options);
    }
  });

  it('shuffled: same questions, orders differ between members', async () => {
    const ids = (await storedQuestions(cloud, { type: 'single' })).slice(0, 10).map((q) => q._id);
    const paperId = await publishPaper(cloud, { draw: { mode: 'fixed', questionIds: ids }, passScore: 20 });
    const orders = await Promise.all(
      members.slice(0, 6).map(async (openid) => {
        const live = await cloud.ok(openid, 'quiz', 'start', { paperId });
        return (await storedAttempt(cloud, live.attemptId)).questions.map((q) => q.qid);
      }),
    );
    for (const o of orders) expect([...o].sort()).toEqual([...ids].sort());
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
  });
});

describe('setting up a paper (savePaper, publishPaper)', () => {
  it('refuses quotas the bank cannot fill, naming them, and writes nothing', async () => {
    const before = cloud.dump('quiz_papers').length;
    const res = await tryPublishPaper(
      cloud,
      ADMIN,
      paperInput({ draw: { mode: 'random', quotas: [{ category: '政策理论', type: 'judge', count: 200 }] } }),
    );
    expect(res.ok ? 'ok' : res.error.code).toBe('BAD_REQUEST');
    expect(res.ok ? [] : res.error.issues?.map((i) => i.message)).toEqual([
      expect.stringMatching(/^政策理论判断题只有\d+题，需要200题$/),
    ]);
    expect(cloud.dump('quiz_papers')).toHaveLength(before);
  });

  it('refuses unknown questions in a fixed list, a pass mark above the total, and a window already closed', async () => {
    const now = Date.now();
    for (const overrides of [
      { draw: { mode: 'fixed' as const, questionIds: ['q-nope'] } },
      { passScore: 1000 },
      { opensAt: now - 7200_000, closesAt: now - 3600_000 },
      { closesAt: now - 120_000 },
    ]) {
      const res = await tryPublishPaper(cloud, ADMIN, paperInput(overrides));
      expect(res.ok ? 'ok' : res.error.code).toBe('BAD_REQUEST');
    }
  });

  it('organizers aim only within their own subtree; workers and cadres cannot set up papers', async () => {
    const own = await tryPublishPaper(cloud, PERSONAS.organizer.openid, paperInput({ audienceUnits: ['u-grass-1'] }));
    expect(own.ok).toBe(true);
    const other = await tryPublishPaper(
      cloud,
      PERSONAS.organizer.openid,
      paperInput({ audienceUnits: ['u-brigade-2'] }),
    );
    expect(other.ok ? 'ok' : other.error.code).toBe('FORBIDDEN');
    const whole = await tryPublishPaper(cloud, PERSONAS.organizer.openid, paperInput({ audienceUnits: ['u-branch'] }));
    expect(whole.ok ? 'ok' : whole.error.code).toBe('FORBIDDEN');
    for (const openid of [WORKER, CADRE]) {
      const res = await tryPublishPaper(cloud, openid, paperInput());
      expect(res.ok ? 'ok' : res.error.code).toBe('FORBIDDEN');
    }
  });

  it('a paper is only for members: timer-only and anonymous callers are refused', async () => {
    const timer = await cloud.call('', 'quiz', 'start', { paperId: 'p-demo-open' });
    expect(timer.ok ? 'ok' : timer.error.code).toBe('UNAUTHENTICATED');
    const fromPhone = await cloud.call(WORKER, 'quiz', 'markOverdue', {});
    expect(fromPhone.ok ? 'ok' : fromPhone.error.code).toBe('FORBIDDEN');
  });
});

describe('the demo papers', () => {
  it('one open now for the whole union, one upcoming, both drawn from the starter bank of 120+', async () => {
    expect((await storedQuestions(cloud, {})).length).toBeGreaterThanOrEqual(120);
    const list = await cloud.ok(WORKER, 'quiz', 'listPapers', {});
    expect(list.items.find((p) => p.id === 'p-demo-open')).toMatchObject({
      window: 'open',
      questionCount: 20,
      maxScore: 100,
      passScore: 60,
      state: 'todo',
      attemptsLeft: 2,
    });
    expect(list.items.find((p) => p.id === 'p-demo-upcoming')).toMatchObject({ window: 'upcoming', questionCount: 20 });
    const live = await cloud.ok(PERSONAS.worker2.openid, 'quiz', 'start', { paperId: 'p-demo-open' });
    expect(live.questions).toHaveLength(20);
  });
});
