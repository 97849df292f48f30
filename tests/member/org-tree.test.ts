/** The org tree: admins create, rename, move and retire units; members' stored paths and names follow. */
import { PERSONAS, demoMembers } from '../../demo/union';
import { cloudForFile } from '../support/cloud';
import { codeOf } from '../support/outcome';

const cloud = cloudForFile();
const ADMIN = PERSONAS.admin.openid;

type Unit = { _id: string; parentId: string | null; path: string[]; retired: boolean; level: number; name: string };
type Member = { _id: string; unitId: string; unitPath: string[]; unitNames: string[] };
const unit = (id: string) => cloud.dump<Unit>('units').find((u) => u._id === id)!;
const membersIn = (unitId: string) => cloud.dump<Member>('members').filter((m) => m.unitPath.includes(unitId));

describe('creating units', () => {
  it('adds a second branch, a brigade under it and a grassroots union under that', async () => {
    const branch = await cloud.ok(ADMIN, 'member', 'createUnit', {
      name: '青河油田第二分公司',
      code: 'qh02',
      parentId: null,
    });
    expect(branch).toMatchObject({ id: 'u-qh02', code: 'QH02', level: 1, parentId: null });
    const brigade = await cloud.ok(ADMIN, 'member', 'createUnit', {
      name: '采油三大队',
      code: 'QH02-01',
      parentId: branch.id,
    });
    const grass = await cloud.ok(ADMIN, 'member', 'createUnit', {
      name: '采油五队工会',
      code: 'QH02-01-01',
      parentId: brigade.id,
    });
    expect(grass.level).toBe(3);
    expect(unit(grass.id).path).toEqual(['u-qh02', 'u-qh02-01', 'u-qh02-01-01']);
  });

  it('refuses a fourth level and a taken code', async () => {
    expect(
      await codeOf(
        cloud.call(ADMIN, 'member', 'createUnit', { name: '班组', code: 'QH02-01-01-01', parentId: 'u-qh02-01-01' }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await codeOf(cloud.call(ADMIN, 'member', 'createUnit', { name: '重复', code: 'qh01-01', parentId: 'u-branch' })),
    ).toBe('CONFLICT');
  });

  it.each(['organizer', 'cadre', 'worker'] as const)('is for admins only (%s: FORBIDDEN)', async (who) => {
    expect(
      await codeOf(
        cloud.call(PERSONAS[who].openid, 'member', 'createUnit', { name: '新单位', code: 'QH09', parentId: null }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('renaming a unit', () => {
  it('renames it everywhere a member shows it', async () => {
    await cloud.ok(ADMIN, 'member', 'renameUnit', { unitId: 'u-brigade-1', name: '采油第一大队' });
    expect(unit('u-brigade-1').name).toBe('采油第一大队');
    const inIt = membersIn('u-brigade-1');
    expect(inIt.length).toBeGreaterThan(5);
    expect(inIt.every((m) => m.unitNames[1] === '采油第一大队')).toBe(true);
    const me = await cloud.ok(PERSONAS.worker.openid, 'member', 'getMe', {});
    expect(me.member!.unitTrail).toEqual(['青河油田第一分公司', '采油第一大队', '采油一队工会']);
  });
});

describe('moving a unit', () => {
  it('moves a brigade with its grassroots unions and every member under them', async () => {
    const before = membersIn('u-brigade-2')
      .map((m) => m._id)
      .sort();
    const out = await cloud.ok(ADMIN, 'member', 'moveUnit', { unitId: 'u-brigade-2', parentId: 'u-qh02' });
    expect(out).toMatchObject({ unitsMoved: 3, membersMoved: before.length, unit: { parentId: 'u-qh02' } });
    expect(unit('u-brigade-2').path).toEqual(['u-qh02', 'u-brigade-2']);
    expect(unit('u-grass-3').path).toEqual(['u-qh02', 'u-brigade-2', 'u-grass-3']);
    expect(unit('u-grass-4').path).toEqual(['u-qh02', 'u-brigade-2', 'u-grass-4']);
    const moved = membersIn('u-brigade-2');
    expect(moved.map((m) => m._id).sort()).toEqual(before);
    for (const m of moved) {
      expect(m.unitPath.slice(0, 2)).toEqual(['u-qh02', 'u-brigade-2']);
      expect(m.unitNames.slice(0, 2)).toEqual(['青河油田第二分公司', '井下作业大队']);
    }
    expect(membersIn('u-branch').some((m) => m.unitPath.includes('u-brigade-2'))).toBe(false);
    // The brigade's organizer still manages it; the old branch's lists no longer include it.
    const org2 = await cloud.ok(PERSONAS.organizer2.openid, 'member', 'listMembers', { pageSize: 100 });
    expect(org2.items.every((i) => i.unitTrail[0] === '青河油田第二分公司')).toBe(true);
  });

  it('moves a grassroots union to another brigade', async () => {
    const inGrass = membersIn('u-grass-4').length;
    const out = await cloud.ok(ADMIN, 'member', 'moveUnit', { unitId: 'u-grass-4', parentId: 'u-qh02-01' });
    expect(out).toMatchObject({ unitsMoved: 1, membersMoved: inGrass });
    expect(unit('u-grass-4')).toMatchObject({ parentId: 'u-qh02-01', path: ['u-qh02', 'u-qh02-01', 'u-grass-4'] });
    for (const m of membersIn('u-grass-4'))
      expect(m.unitNames).toEqual(['青河油田第二分公司', '采油三大队', '测试队工会']);
  });

  it('refuses moves that would break the three levels', async () => {
    expect(await codeOf(cloud.call(ADMIN, 'member', 'moveUnit', { unitId: 'u-grass-1', parentId: 'u-branch' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(cloud.call(ADMIN, 'member', 'moveUnit', { unitId: 'u-branch', parentId: 'u-qh02' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(cloud.call(ADMIN, 'member', 'moveUnit', { unitId: 'u-grass-1', parentId: 'u-nowhere' }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('retiring a unit', () => {
  it('refuses while members sit in it, and after they are moved it retires', async () => {
    const count = membersIn('u-grass-2').length;
    expect(count).toBeGreaterThan(0);
    const env = await cloud.call(ADMIN, 'member', 'retireUnit', { unitId: 'u-grass-2' });
    expect(env.ok ? 'OK' : `${env.error.code} ${env.error.message}`).toBe(
      `CONFLICT 该单位还有 ${count} 名成员，请先将成员转到其他单位`,
    );
    expect(unit('u-grass-2').retired).toBe(false);

    expect(await cloud.ok(ADMIN, 'member', 'moveMembers', { fromUnitId: 'u-grass-2', toUnitId: 'u-grass-1' })).toEqual({
      moved: count,
    });
    expect(membersIn('u-grass-2')).toHaveLength(0);
    const someone = demoMembers().find((m) => m.unitId === 'u-grass-2')!;
    expect(cloud.dump<Member>('members').find((m) => m._id === someone.openid)).toMatchObject({
      unitId: 'u-grass-1',
      unitPath: ['u-branch', 'u-brigade-1', 'u-grass-1'],
    });

    expect((await cloud.ok(ADMIN, 'member', 'retireUnit', { unitId: 'u-grass-2' })).retired).toBe(true);
  });

  it('refuses a unit with active sub-units', async () => {
    expect(await codeOf(cloud.call(ADMIN, 'member', 'retireUnit', { unitId: 'u-brigade-1' }))).toBe('CONFLICT');
  });

  it('a retired unit is gone from the pickers and closed to registrations and moves', async () => {
    const { units } = await cloud.ok(PERSONAS.newcomer.openid, 'member', 'listUnits', {});
    expect(units.map((u) => u.id)).not.toContain('u-grass-2');
    const tree = await cloud.ok(ADMIN, 'member', 'getOrgTree', {});
    expect(tree.units.find((u) => u.id === 'u-grass-2')).toMatchObject({ retired: true, members: 0 });
    expect(
      await codeOf(
        cloud.call(PERSONAS.newcomer.openid, 'member', 'register', {
          name: '孙丽',
          employeeNo: 'QH10099',
          phone: '13905460099',
          unitId: 'u-grass-2',
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      await codeOf(cloud.call(ADMIN, 'member', 'moveMembers', { fromUnitId: 'u-grass-1', toUnitId: 'u-grass-2' })),
    ).toBe('CONFLICT');
  });

  it('the org tree counts members per unit', async () => {
    const tree = await cloud.ok(ADMIN, 'member', 'getOrgTree', {});
    const total = tree.units.reduce((n, u) => n + u.members, 0);
    expect(total).toBe(cloud.dump('members').length);
  });
});
