/**
 * The organizer's rollup at scale: 2,000 members of a test brigade, their ledgers written straight
 * into the database, and every figure of the rollup (the brigade, each grassroots union, who is
 * behind and by how much) checked against sums worked out here from the ledger entries themselves.
 * Then reminders (in-app for all behind, subscription only within quota, once a day), the Excel
 * exports, and another brigade's organizer refused.
 */
import { insertAll } from '../../demo/db';
import { PERSONAS } from '../../demo/union';
import type { Envelope } from '../../domain/contract/envelope';
import type { Rollup } from '../../domain/contract/training-admin';
import { chinaYearRange } from '../../domain/rules/china-time';
import { STUDY_SUBJECTS, type HoursBySubject, type StudySubject } from '../../domain/rules/training-subjects';
import { templateIdOf } from '../../domain/templates';
import type { LedgerDoc } from '../../server/training/repos/docs';
import { startTestCloud, type TestCloud } from '../support/cloud';
import {
  TEST_BRIGADE,
  TEST_GRASS_1,
  TEST_GRASS_2,
  TEST_BRIGADE_ORGANIZER,
  insertMembers,
  insertTestUnits,
  type TestPerson,
} from '../quiz-admin/support';
import { hours, planRow } from './support';
import { readWorkbook } from '../support/workbook';
import { THIS_YEAR } from '../support/time';
import { expectError } from '../support/outcome';

const Y = THIS_YEAR + 1;
const MEMBERS = 2000;
const IN_TG1 = 1200;
const PATHS: Record<string, string[]> = {
  [TEST_GRASS_1]: ['u-branch', TEST_BRIGADE, TEST_GRASS_1],
  [TEST_GRASS_2]: ['u-branch', TEST_BRIGADE, TEST_GRASS_2],
};

const people: TestPerson[] = Array.from({ length: MEMBERS }, (_, i) => ({
  openid: `o-r-${String(i).padStart(5, '0')}`,
  name: `职工${i}`,
  unitId: i < IN_TG1 ? TEST_GRASS_1 : TEST_GRASS_2,
  role: i % 10 === 0 ? 'cadre' : 'worker',
}));
/** Member 7 moved from 测试一队 to 测试二队 after their hours were credited: counted where they are now. */
const MOVED = 7;

const REQUIRED: Record<'worker' | 'cadre' | 'organizer', HoursBySubject> = {
  worker: hours({ law: 4, policy: 2 }),
  cadre: hours({ law: 8, policy: 4, business: 4, counselling: 2 }),
  // The brigade's own organizer sits at brigade level: no row of either plan reaches them.
  organizer: hours({}),
};

/** A spread of entries: none for every seventh member, otherwise up to four of various subjects. */
function entriesOf(i: number): { subject: StudySubject; hours: number }[] {
  if (i % 7 === 3) return [];
  return Array.from({ length: 1 + (i % 4) }, (_, k) => ({
    subject: STUDY_SUBJECTS[(i + k) % 4],
    hours: 0.5 * (1 + ((i * 3 + k) % 6)),
  }));
}

let cloud: TestCloud;

function ledgerDoc(p: TestPerson, i: number): LedgerDoc {
  const at = new Date(chinaYearRange(Y).from + 40 * 86_400_000);
  const entries = entriesOf(i).map((e, k) => ({
    key: `lesson:l${k}`,
    source: 'lesson' as const,
    refId: `l${k}`,
    title: `课程${k}`,
    ...e,
    at,
    proof: '测试',
  }));
  const h = hours({});
  for (const e of entries) h[e.subject] += e.hours;
  const unitId = i === MOVED ? TEST_GRASS_1 : p.unitId;
  return {
    _id: `${Y}_${p.openid}`,
    year: Y,
    openid: p.openid,
    name: p.name,
    unitId,
    unitPath: PATHS[unitId],
    keys: entries.map((e) => e.key),
    entries,
    hours: h,
    total: entries.reduce((n, e) => n + e.hours, 0),
    createdAt: at,
    updatedAt: at,
  };
}

async function measure<T>(
  openid: string,
  action: string,
  input: unknown,
): Promise<{ data: T; requests: number; ms: number }> {
  const started = Date.now();
  const res = await cloud.host.invoke('trainingAdmin', { action, input }, { openid, source: 'wx_client' });
  if (!res.ok) throw new Error(res.errMsg);
  const env = res.result as Envelope<T>;
  if (!env.ok) throw new Error(`${action}: ${env.error.code} ${env.error.message}`);
  return { data: env.data, requests: res.dbRequests, ms: Date.now() - started };
}

/** The expected figures, from the ledger entries as stored (not from their totals). */
function expected(unitId: string | null) {
  const ledgers = new Map(
    cloud
      .dump<LedgerDoc>('training_ledgers')
      .filter((l) => l.year === Y)
      .map((l) => [l.openid, l]),
  );
  const everyone: { p: TestPerson; unitId: string }[] = [
    {
      p: { openid: TEST_BRIGADE_ORGANIZER, name: '测大队长', unitId: TEST_BRIGADE, role: 'organizer' },
      unitId: TEST_BRIGADE,
    },
    ...people.map((p, i) => ({ p, unitId: i === MOVED ? TEST_GRASS_2 : p.unitId })),
  ];
  const rows = everyone
    .filter((x) => unitId === null || x.unitId === unitId)
    .map(({ p }) => {
      const req = REQUIRED[p.role as keyof typeof REQUIRED];
      const got = hours({});
      for (const e of ledgers.get(p.openid)?.entries ?? []) got[e.subject] += e.hours;
      const left = hours({});
      for (const s of STUDY_SUBJECTS) left[s] = Math.max(0, req[s] - got[s]);
      const leftTotal = STUDY_SUBJECTS.reduce((n, s) => n + left[s], 0);
      const counted = STUDY_SUBJECTS.reduce((n, s) => n + Math.min(req[s], got[s]), 0);
      return { openid: p.openid, required: STUDY_SUBJECTS.reduce((n, s) => n + req[s], 0), counted, left, leftTotal };
    });
  const left = hours({});
  for (const r of rows) for (const s of STUDY_SUBJECTS) left[s] += r.left[s];
  return {
    members: rows.length,
    done: rows.filter((r) => r.leftTotal === 0).length,
    required: rows.reduce((n, r) => n + r.required, 0),
    counted: rows.reduce((n, r) => n + r.counted, 0),
    left,
    behind: rows.filter((r) => r.leftTotal > 0).sort((a, b) => b.leftTotal - a.leftTotal),
  };
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
  await insertTestUnits(cloud);
  await insertMembers(cloud, [
    { openid: TEST_BRIGADE_ORGANIZER, name: '测大队长', unitId: TEST_BRIGADE, role: 'organizer' },
    ...people.map((p, i) => (i === MOVED ? { ...p, unitId: TEST_GRASS_2 } : p)),
  ]);
  await insertAll(cloud.db, 'training_ledgers', people.map(ledgerDoc));
  await cloud.ok(PERSONAS.admin.openid, 'trainingAdmin', 'savePlan', {
    year: Y,
    unitId: 'u-branch',
    deadline: chinaYearRange(Y).to - 86_400_000,
    rows: [planRow('worker', 3, { law: 4 }), planRow('cadre', 3, { law: 8, policy: 4 })],
  });
  await cloud.ok(TEST_BRIGADE_ORGANIZER, 'trainingAdmin', 'savePlan', {
    year: Y,
    unitId: TEST_BRIGADE,
    deadline: chinaYearRange(Y).to - 10 * 86_400_000,
    rows: [planRow('worker', 3, REQUIRED.worker), planRow('cadre', 3, REQUIRED.cadre)],
  });
}, 180_000);

afterAll(async () => {
  await cloud.close();
});

describe('2,000 members', () => {
  let r: Rollup;

  beforeAll(async () => {
    const m = await measure<Rollup>(TEST_BRIGADE_ORGANIZER, 'getRollup', { year: Y, pageSize: 50 });
    r = m.data;
    console.log(`rollup of ${MEMBERS} members: ${m.requests} database requests, ${m.ms} ms`);
  });

  const figures = (x: Rollup['total']) => ({
    members: x.members,
    done: x.done,
    required: x.required,
    counted: x.counted,
    left: x.left,
  });
  const pick = (e: ReturnType<typeof expected>) => ({
    members: e.members,
    done: e.done,
    required: e.required,
    counted: e.counted,
    left: e.left,
  });

  it('matches the ledger for the brigade and each grassroots union', () => {
    expect(figures(r.total)).toEqual(pick(expected(null)));
    expect(r.total.completion).toBeCloseTo(expected(null).counted / expected(null).required, 10);
    expect(r.children.map((c) => c.unitId)).toEqual([TEST_GRASS_1, TEST_GRASS_2]);
    expect(figures(r.children[0])).toEqual(pick(expected(TEST_GRASS_1)));
    expect(figures(r.children[1])).toEqual(pick(expected(TEST_GRASS_2)));
    expect(r.children[1].members).toBe(MEMBERS - IN_TG1 + 1);
    expect(r.deadline).toBe(chinaYearRange(Y).to - 10 * 86_400_000);
  });

  it('lists who is behind, most behind first, by how much per subject, a page at a time', async () => {
    const e = expected(null);
    expect(r.behind.total).toBe(e.behind.length);
    expect(r.behind.items).toHaveLength(50);
    expect(r.behind.items[0].leftTotal).toBe(e.behind[0].leftTotal);
    const byId = new Map(e.behind.map((b) => [b.openid, b]));
    for (const b of r.behind.items) expect(b.left).toEqual(byId.get(b.openid)!.left);
    const last = (
      await measure<Rollup>(TEST_BRIGADE_ORGANIZER, 'getRollup', {
        year: Y,
        unitId: TEST_GRASS_2,
        page: 100,
        pageSize: 50,
      })
    ).data;
    expect(last.behind.total).toBe(expected(TEST_GRASS_2).behind.length);
    expect(last.behind.items).toHaveLength(0);
  });

  it('reminds everyone behind in-app, by subscription only within quota, and once a day', async () => {
    const behindTg2 = expected(TEST_GRASS_2).behind.map((b) => b.openid);
    const withQuota = behindTg2.slice(0, 3);
    for (const openid of withQuota) {
      cloud.host.openapi.grantSubscription(openid, templateIdOf('training_reminder'), 1);
      await cloud.db
        .collection('subscriptions')
        .doc(`${openid}_training_reminder`)
        .set({ data: { openid, kind: 'training_reminder', count: 1, updatedAt: new Date() } });
    }
    const m = await measure<{ behind: number; messages: number; pushed: number }>(
      TEST_BRIGADE_ORGANIZER,
      'remindBehind',
      {
        year: Y,
        unitId: TEST_GRASS_2,
      },
    );
    console.log(`remindBehind of ${m.data.behind} members: ${m.requests} database requests, ${m.ms} ms`);
    expect(m.data).toEqual({ behind: behindTg2.length, messages: behindTg2.length, pushed: 3 });
    const messages = cloud
      .dump<{ openid: string; kind: string; body: string }>('messages')
      .filter((x) => x.kind === 'training_reminder');
    expect(new Set(messages.map((x) => x.openid))).toEqual(new Set(behindTg2));
    expect(messages[0].body).toMatch(/^您本年度的培训学时还差[\d.]+学时（.+），请在\d{4}年\d+月\d+日前完成。$/);
    expect(
      (
        await measure<{ messages: number; pushed: number }>(TEST_BRIGADE_ORGANIZER, 'remindBehind', {
          year: Y,
          unitId: TEST_GRASS_2,
        })
      ).data,
    ).toMatchObject({ messages: 0, pushed: 0 });
  }, 60_000);

  it('exports completion by unit and member, and every ledger entry', async () => {
    const completion = (
      await measure<{ fileID: string; rows: number }>(TEST_BRIGADE_ORGANIZER, 'exportCompletion', { year: Y })
    ).data;
    const book = await readWorkbook(cloud, completion.fileID);
    expect(book['单位完成情况'].map((x) => x[0])).toEqual(['单位', '测试大队', '测试一队工会', '测试二队工会']);
    expect(book['人员明细']).toHaveLength(MEMBERS + 1 + 1);
    const ledger = (
      await measure<{ fileID: string; rows: number }>(TEST_BRIGADE_ORGANIZER, 'exportLedger', {
        year: Y,
        unitId: TEST_GRASS_1,
      })
    ).data;
    const entries = people.slice(0, IN_TG1).reduce((n, _, i) => n + (i === MOVED ? 0 : entriesOf(i).length), 0);
    expect(ledger.rows).toBe(entries);
    expect((await readWorkbook(cloud, ledger.fileID))['学时台账']).toHaveLength(entries + 1);
  }, 60_000);

  it('is refused to another brigade’s organizer', async () => {
    const org2 = PERSONAS.organizer2.openid;
    for (const action of ['getRollup', 'remindBehind', 'exportLedger', 'exportCompletion'] as const) {
      expectError(await cloud.call(org2, 'trainingAdmin', action, { year: Y, unitId: TEST_BRIGADE }), 'FORBIDDEN');
    }
  });
});
