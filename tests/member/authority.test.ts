/**
 * Subtree authority and masking: an organizer's powers stop at their own unit's subtree; phones are
 * masked in every list and shown in full only in the detail an organizer managing the member opens
 * (and to the member themself).
 */
import { PERSONAS, demoMembers } from '../../demo/union';
import { DEMO_PENDING } from '../../demo/seed-members';
import { cloudForFile } from '../support/cloud';
import { codeOf } from '../support/outcome';

const cloud = cloudForFile();
const ORG_A = PERSONAS.organizer.openid; // 采油一大队
const ORG_B = PERSONAS.organizer2.openid; // 井下作业大队
const ADMIN = PERSONAS.admin.openid;
const inA = PERSONAS.worker; // u-grass-1
const inB = demoMembers().find((m) => m.unitId === 'u-grass-3')!;
const pendingB = DEMO_PENDING.find((p) => p.unitId === 'u-grass-3')!;

describe('an organizer of brigade A', () => {
  // Members outside the subtree do not exist for this organizer: NOT_FOUND, exactly like a made-up id.
  it.each([
    [
      'approve a registration of brigade B',
      () => cloud.call(ORG_A, 'member', 'review', { id: pendingB.openid, decision: 'approve' }),
    ],
    [
      'reject a registration of brigade B',
      () => cloud.call(ORG_A, 'member', 'review', { id: pendingB.openid, decision: 'reject', reason: '不符' }),
    ],
    ['open a member of brigade B', () => cloud.call(ORG_A, 'member', 'getMember', { id: inB.openid })],
    ['open a made-up member', () => cloud.call(ORG_A, 'member', 'getMember', { id: 'o-nobody-at-all' })],
    [
      'change the role of a member of brigade B',
      () => cloud.call(ORG_A, 'member', 'setRole', { id: inB.openid, role: 'cadre' }),
    ],
    ['edit a member of brigade B', () => cloud.call(ORG_A, 'member', 'updateMember', { id: inB.openid, name: '改名' })],
    [
      'change the role of a member of the branch above',
      () => cloud.call(ORG_A, 'member', 'setRole', { id: ADMIN, role: 'worker' }),
    ],
  ])('cannot %s: NOT_FOUND, nothing changed', async (_what, act) => {
    const before = JSON.stringify(cloud.dump('members'));
    expect(await codeOf(act())).toBe('NOT_FOUND');
    expect(JSON.stringify(cloud.dump('members'))).toBe(before);
  });

  // Units are public (the registration page lists them all): touching one outside is FORBIDDEN.
  it.each([
    ['list the members of brigade B', () => cloud.call(ORG_A, 'member', 'listMembers', { unitId: 'u-brigade-2' })],
    ['list a grassroots union of brigade B', () => cloud.call(ORG_A, 'member', 'listMembers', { unitId: 'u-grass-4' })],
    ['list the whole branch', () => cloud.call(ORG_A, 'member', 'listMembers', { unitId: 'u-branch' })],
    [
      'move a member of A into brigade B',
      () => cloud.call(ORG_A, 'member', 'updateMember', { id: inA.openid, unitId: 'u-grass-3' }),
    ],
    [
      'move the members of a unit of B',
      () => cloud.call(ORG_A, 'member', 'moveMembers', { fromUnitId: 'u-grass-3', toUnitId: 'u-grass-1' }),
    ],
    [
      'move members of A out to B',
      () => cloud.call(ORG_A, 'member', 'moveMembers', { fromUnitId: 'u-grass-1', toUnitId: 'u-grass-4' }),
    ],
  ])('cannot %s: FORBIDDEN, nothing changed', async (_what, act) => {
    const before = JSON.stringify(cloud.dump('members'));
    expect(await codeOf(act())).toBe('FORBIDDEN');
    expect(JSON.stringify(cloud.dump('members'))).toBe(before);
  });

  it('sees only pending registrations of brigade A', async () => {
    const page = await cloud.ok(ORG_A, 'member', 'listPending', {});
    expect(page.items.map((i) => i.id).sort()).toEqual(
      DEMO_PENDING.filter((p) => p.unitId !== 'u-grass-3')
        .map((p) => p.openid)
        .sort(),
    );
    expect(page.items.every((i) => i.unitTrail[1] === '采油一大队')).toBe(true);
  });

  it('lists only brigade A when no unit is given', async () => {
    const page = await cloud.ok(ORG_A, 'member', 'listMembers', { pageSize: 100 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((i) => i.unitTrail[1] === '采油一大队')).toBe(true);
  });

  it('may make a worker of A a cadre and back, but not an organizer', async () => {
    expect((await cloud.ok(ORG_A, 'member', 'setRole', { id: inA.openid, role: 'cadre' })).role).toBe('cadre');
    expect((await cloud.ok(ORG_A, 'member', 'setRole', { id: inA.openid, role: 'worker' })).role).toBe('worker');
    expect(await codeOf(cloud.call(ORG_A, 'member', 'setRole', { id: inA.openid, role: 'organizer' }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(cloud.call(ORG_A, 'member', 'setRole', { id: inA.openid, role: 'admin' }))).toBe('FORBIDDEN');
  });

  it('cannot change their own role', async () => {
    expect(await codeOf(cloud.call(ORG_A, 'member', 'setRole', { id: ORG_A, role: 'cadre' }))).toBe('FORBIDDEN');
  });
});

describe('an admin', () => {
  it('grants and withdraws organizer anywhere', async () => {
    expect((await cloud.ok(ADMIN, 'member', 'setRole', { id: inB.openid, role: 'organizer' })).role).toBe('organizer');
    // Now an organizer, only an admin may change them back.
    expect(await codeOf(cloud.call(ORG_B, 'member', 'setRole', { id: inB.openid, role: 'worker' }))).toBe('FORBIDDEN');
    expect((await cloud.ok(ADMIN, 'member', 'setRole', { id: inB.openid, role: 'worker' })).role).toBe('worker');
  });

  it('sees every brigade', async () => {
    const page = await cloud.ok(ADMIN, 'member', 'listMembers', { pageSize: 100 });
    expect(new Set(page.items.map((i) => i.unitTrail[1]))).toEqual(new Set(['采油一大队', '井下作业大队', undefined]));
  });
});

describe('lists and search', () => {
  it('pages in employee-number order with a total', async () => {
    const p1 = await cloud.ok(ADMIN, 'member', 'listMembers', { pageSize: 5, page: 1 });
    const p2 = await cloud.ok(ADMIN, 'member', 'listMembers', { pageSize: 5, page: 2 });
    expect(p1.items).toHaveLength(5);
    expect(p1.total).toBe(p2.total);
    const numbers = [...p1.items, ...p2.items].map((i) => i.employeeNo);
    expect(numbers).toEqual([...numbers].sort());
    expect(new Set(numbers).size).toBe(10);
  });

  it('finds by part of a name or the start of a number', async () => {
    const byName = await cloud.ok(ADMIN, 'member', 'listMembers', { q: PERSONAS.worker.name.slice(1) });
    expect(byName.items.map((i) => i.id)).toContain(PERSONAS.worker.openid);
    const byNo = await cloud.ok(ADMIN, 'member', 'listMembers', { q: 'qh1000' });
    expect(byNo.items.map((i) => i.employeeNo).sort()).toEqual([
      'QH10001',
      'QH10002',
      'QH10003',
      'QH10004',
      'QH10005',
      'QH10006',
    ]);
    const regexChars = await cloud.ok(ADMIN, 'member', 'listMembers', { q: '.*' });
    expect(regexChars.total).toBe(0);
  });
});

describe('masking', () => {
  const masked = (p: string) => `${p.slice(0, 3)}****${p.slice(-4)}`;

  it('lists mask every phone, even for the organizer managing the unit', async () => {
    const page = await cloud.ok(ORG_A, 'member', 'listMembers', { pageSize: 100 });
    const row = page.items.find((i) => i.id === inA.openid)!;
    expect(row.phone).toBe(masked(inA.phone));
    expect(page.items.every((i) => /^\d{3}\*{4}\d{4}$/.test(i.phone))).toBe(true);
    const pending = await cloud.ok(ORG_A, 'member', 'listPending', {});
    expect(pending.items.every((i) => /^\d{3}\*{4}\d{4}$/.test(i.phone))).toBe(true);
  });

  it('the detail shows the full phone to the organizer managing the member', async () => {
    const detail = await cloud.ok(ORG_A, 'member', 'getMember', { id: inA.openid });
    expect(detail.phone).toBe(inA.phone);
    expect(detail.assignableRoles).toEqual(['cadre']);
  });

  it('an ID number stays masked even in the detail', async () => {
    await cloud.db
      .collection('members')
      .doc(inA.openid)
      .update({ data: { idNumber: '110101199003071234' } });
    const detail = await cloud.ok(ORG_A, 'member', 'getMember', { id: inA.openid });
    expect(detail.idNumber).toBe('1101**********1234');
  });

  it('the member sees their own phone in full', async () => {
    expect((await cloud.ok(inA.openid, 'member', 'getMe', {})).member!.phone).toBe(inA.phone);
  });

  it.each(['worker', 'cadre'] as const)('a %s has no way to see other members', async (who) => {
    const openid = PERSONAS[who].openid;
    expect(await codeOf(cloud.call(openid, 'member', 'listMembers', {}))).toBe('FORBIDDEN');
    expect(await codeOf(cloud.call(openid, 'member', 'getMember', { id: PERSONAS.worker2.openid }))).toBe('FORBIDDEN');
    expect(await codeOf(cloud.call(openid, 'member', 'listPending', {}))).toBe('FORBIDDEN');
  });
});

describe('corrections by an organizer', () => {
  it('changes name, number and unit within the subtree; the old number is free again', async () => {
    const target = PERSONAS.worker2; // u-grass-2
    const out = await cloud.ok(ORG_A, 'member', 'updateMember', {
      id: target.openid,
      name: '陈明明',
      employeeNo: 'QH10106X',
      unitId: 'u-grass-1',
    });
    expect(out).toMatchObject({
      name: '陈明明',
      employeeNo: 'QH10106X',
      unitId: 'u-grass-1',
      unitTrail: ['青河油田第一分公司', '采油一大队', '采油一队工会'],
    });
    const claims = new Map(
      cloud.dump<{ _id: string; openid: string }>('employee_numbers').map((c) => [c._id, c.openid]),
    );
    expect(claims.get('QH10106X')).toBe(target.openid);
    expect(claims.has(target.employeeNo)).toBe(false);
  });

  it('refuses a number someone else holds, changing nothing', async () => {
    const before = JSON.stringify(cloud.dump('members'));
    expect(
      await codeOf(
        cloud.call(ORG_A, 'member', 'updateMember', {
          id: PERSONAS.cadre.openid,
          employeeNo: PERSONAS.worker.employeeNo,
        }),
      ),
    ).toBe('CONFLICT');
    expect(JSON.stringify(cloud.dump('members'))).toBe(before);
  });
});
