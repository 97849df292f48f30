/**
 * Layered plans through the emulator: a branch plan reaches every member below it; a brigade may
 * tighten it (more hours, an earlier deadline) but never loosen it, and a refused plan writes
 * nothing; what a member owes is the most any plan on their path asks, even when the upper plan is
 * raised afterwards; another brigade's organizer can neither read nor set the plan.
 */
import { PERSONAS } from '../../demo/union';
import { chinaYearRange } from '../../domain/rules/china-time';
import { cloudForFile } from '../support/cloud';
import { planRow } from './support';
import { DAY, THIS_YEAR } from '../support/time';
import { expectError } from '../support/outcome';

const { admin, organizer, organizer2, cadre, worker2 } = PERSONAS;
/** Next year: no demo plan there, so every figure below is this test's own. */
const Y = THIS_YEAR + 1;
const { to } = chinaYearRange(Y);
const BRANCH_DEADLINE = to - 10 * DAY;
/** A cadre of 修井一队 (brigade 2) in the demo union. */
const CADRE_BRIGADE_2 = 'o-demo-10118';

const cloud = cloudForFile();

const required = async (openid: string) => {
  const p = await cloud.ok(openid, 'training', 'getProgress', { year: Y });
  return {
    ...Object.fromEntries(p.standing.subjects.map((s) => [s.subject, s.required])),
    deadline: p.plan.deadline,
    audience: p.plan.audience,
  };
};
const plans = () => cloud.dump<{ _id: string }>('training_plans').filter((p) => p._id.startsWith(`${Y}_`));

test('a branch plan reaches every member of its subtree, by role and unit level', async () => {
  await cloud.ok(admin.openid, 'trainingAdmin', 'savePlan', {
    year: Y,
    unitId: 'u-branch',
    deadline: BRANCH_DEADLINE,
    rows: [planRow('cadre', 3, { law: 8, policy: 4 }), planRow('worker', 3, { law: 2 })],
  });
  expect(await required(cadre.openid)).toEqual({
    policy: 4,
    business: 0,
    law: 8,
    counselling: 0,
    deadline: BRANCH_DEADLINE,
    audience: '基层工会工会干部',
  });
  expect(await required(worker2.openid)).toMatchObject({ law: 2, policy: 0 });
  expect(await required(CADRE_BRIGADE_2)).toMatchObject({ law: 8, policy: 4 });
  // The brigade-level organizer is not in a 基层 row: nothing is asked of them.
  expect(await required(organizer.openid)).toMatchObject({ law: 0, audience: '大队组织者' });
});

test('a brigade may not loosen the inherited plan, and a refused plan writes nothing', async () => {
  const before = plans();
  const looser = await cloud.call(organizer.openid, 'trainingAdmin', 'savePlan', {
    year: Y,
    unitId: 'u-brigade-1',
    deadline: BRANCH_DEADLINE,
    rows: [planRow('cadre', 3, { law: 6, policy: 4 })],
  });
  expectError(looser, 'BAD_REQUEST');
  if (!looser.ok) {
    expect(looser.error.message).toBe('基层工会工会干部的常用法律法规不能少于上级要求的8学时');
    expect(looser.error.issues?.[0].path).toEqual(['rows', 0, 'hours', 'law']);
  }
  const later = await cloud.call(organizer.openid, 'trainingAdmin', 'savePlan', {
    year: Y,
    unitId: 'u-brigade-1',
    deadline: BRANCH_DEADLINE + DAY,
    rows: [planRow('cadre', 3, { law: 8, policy: 4 })],
  });
  expectError(later, 'BAD_REQUEST');
  expectError(
    await cloud.call(organizer.openid, 'trainingAdmin', 'savePlan', {
      year: Y,
      unitId: 'u-brigade-1',
      deadline: to + DAY,
      rows: [planRow('cadre', 3, { law: 9 })],
    }),
    'BAD_REQUEST',
  );
  expect(plans()).toEqual(before);
});

test('a brigade tightens: more hours and an earlier deadline, only for its own subtree', async () => {
  const editor = await cloud.ok(organizer.openid, 'trainingAdmin', 'getPlanEditor', { year: Y });
  expect(editor.unit).toEqual({ id: 'u-brigade-1', name: '采油一大队', level: 2 });
  expect(editor.plan).toBeNull();
  expect(editor.inherited.deadline).toBe(BRANCH_DEADLINE);
  expect(editor.inherited.fromUnits).toEqual(['青河油田第一分公司']);
  expect(editor.inherited.rows.find((r) => r.role === 'cadre' && r.level === 3)?.hours).toMatchObject({
    law: 8,
    policy: 4,
  });
  // Levels above the brigade reach nobody in it: no row offered for them.
  expect(editor.inherited.rows.some((r) => r.level === 1)).toBe(false);

  const saved = await cloud.ok(organizer.openid, 'trainingAdmin', 'savePlan', {
    year: Y,
    unitId: 'u-brigade-1',
    deadline: BRANCH_DEADLINE - 30 * DAY,
    // The branch-level row is dropped: a brigade's plan cannot reach a branch-level member.
    rows: [planRow('cadre', 3, { law: 10, policy: 4, counselling: 2 }), planRow('cadre', 1, { law: 1 })],
    note: '大队加强心理疏导',
  });
  expect(saved.rows).toEqual([planRow('cadre', 3, { law: 10, policy: 4, counselling: 2 })]);

  expect(await required(cadre.openid)).toMatchObject({
    law: 10,
    policy: 4,
    counselling: 2,
    deadline: BRANCH_DEADLINE - 30 * DAY,
  });
  // The worker's row was not set by the brigade: inherited as it was.
  expect(await required(worker2.openid)).toMatchObject({ law: 2, counselling: 0 });
  // The other brigade keeps the branch plan alone.
  expect(await required(CADRE_BRIGADE_2)).toMatchObject({ law: 8, counselling: 0, deadline: BRANCH_DEADLINE });
});

test('raising the upper plan later still binds the lower one (the most any plan asks)', async () => {
  await cloud.ok(admin.openid, 'trainingAdmin', 'savePlan', {
    year: Y,
    unitId: 'u-branch',
    deadline: BRANCH_DEADLINE,
    rows: [planRow('cadre', 3, { law: 12, policy: 4 }), planRow('worker', 3, { law: 2 })],
  });
  expect(await required(cadre.openid)).toMatchObject({ law: 12, counselling: 2 });
  // Saving the brigade plan unchanged would now loosen it: refused.
  expectError(
    await cloud.call(organizer.openid, 'trainingAdmin', 'savePlan', {
      year: Y,
      unitId: 'u-brigade-1',
      deadline: BRANCH_DEADLINE - 30 * DAY,
      rows: [planRow('cadre', 3, { law: 10, policy: 4, counselling: 2 })],
    }),
    'BAD_REQUEST',
  );
});

test('an organizer of another brigade can neither read nor set brigade 1’s plan', async () => {
  expectError(
    await cloud.call(organizer2.openid, 'trainingAdmin', 'getPlanEditor', { year: Y, unitId: 'u-brigade-1' }),
    'FORBIDDEN',
  );
  expectError(
    await cloud.call(organizer2.openid, 'trainingAdmin', 'savePlan', {
      year: Y,
      unitId: 'u-brigade-1',
      deadline: BRANCH_DEADLINE,
      rows: [planRow('cadre', 3, { law: 20 })],
    }),
    'FORBIDDEN',
  );
  expectError(
    await cloud.call(organizer2.openid, 'trainingAdmin', 'savePlan', {
      year: Y,
      unitId: 'u-branch',
      deadline: BRANCH_DEADLINE,
      rows: [planRow('cadre', 3, { law: 20 })],
    }),
    'FORBIDDEN',
  );
  expectError(
    await cloud.call(organizer2.openid, 'trainingAdmin', 'getRollup', { year: Y, unitId: 'u-brigade-1' }),
    'FORBIDDEN',
  );
  expectError(
    await cloud.call(organizer2.openid, 'trainingAdmin', 'getPlanEditor', { year: Y, unitId: 'u-nowhere' }),
    'NOT_FOUND',
  );
  // Their own brigade is theirs to plan.
  await cloud.ok(organizer2.openid, 'trainingAdmin', 'savePlan', {
    year: Y,
    unitId: 'u-brigade-2',
    deadline: BRANCH_DEADLINE,
    rows: [planRow('cadre', 3, { law: 12, policy: 4, business: 3 })],
  });
  expect(await required(CADRE_BRIGADE_2)).toMatchObject({ law: 12, business: 3 });
});
