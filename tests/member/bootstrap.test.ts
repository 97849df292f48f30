/** The first admin: only an OPENID listed in the member function's ADMIN_OPENIDS can claim it. */
import { PERSONAS } from '../../demo/union';
import { startTestCloud, type TestCloud } from '../support/cloud';
import { registrationInput } from './support';
import { codeOf } from '../support/outcome';

let cloud: TestCloud;
const FIRST = 'o-first-admin';
const LISTED_MEMBER = PERSONAS.worker2.openid;

beforeAll(async () => {
  // An empty union except for the tree, as on a fresh deployment.
  cloud = await startTestCloud({
    seed: true,
    functionEnv: { member: { ADMIN_OPENIDS: ` ${FIRST}, ${LISTED_MEMBER} ` } },
  });
});
afterAll(() => cloud.close());

describe('claimAdmin', () => {
  it('refuses anyone not on the list, member or not, and writes nothing', async () => {
    const before = JSON.stringify(cloud.dump('members'));
    expect(
      await codeOf(cloud.call(PERSONAS.newcomer.openid, 'member', 'claimAdmin', { profile: registrationInput() })),
    ).toBe('FORBIDDEN');
    expect(await codeOf(cloud.call(PERSONAS.organizer.openid, 'member', 'claimAdmin', {}))).toBe('FORBIDDEN');
    expect(JSON.stringify(cloud.dump('members'))).toBe(before);
  });

  it('tells a refused caller their own OPENID, which is what the deployer lists', async () => {
    const env = await cloud.call('o-someone', 'member', 'claimAdmin', {});
    expect(env.ok ? 'OK' : env.error.message).toBe('您不在管理员名单中。您的 OPENID：o-someone');
  });

  it('a listed user with no record needs a profile', async () => {
    expect(await codeOf(cloud.call(FIRST, 'member', 'claimAdmin', {}))).toBe('BAD_REQUEST');
  });

  it('a listed user becomes a verified admin from their profile, and can then act as admin', async () => {
    const me = await cloud.ok(FIRST, 'member', 'claimAdmin', {
      profile: { name: '首任管理员', employeeNo: 'QH00001', phone: '13900000001', unitId: 'u-branch' },
    });
    expect(me).toMatchObject({ role: 'admin', status: 'verified', unitTrail: ['青河油田第一分公司'] });
    expect((await cloud.ok(FIRST, 'member', 'getOrgTree', {})).units.length).toBeGreaterThan(0);
    // Claiming again is harmless.
    expect((await cloud.ok(FIRST, 'member', 'claimAdmin', {})).role).toBe('admin');
  });

  it('a listed existing member is promoted, keeping their profile', async () => {
    const me = await cloud.ok(LISTED_MEMBER, 'member', 'claimAdmin', {});
    expect(me).toMatchObject({ role: 'admin', name: PERSONAS.worker2.name, employeeNo: PERSONAS.worker2.employeeNo });
  });

  it('no request can make an admin: registration always starts as a pending worker', async () => {
    const env = await cloud.call('o-sneaky', 'member', 'register', {
      ...registrationInput({ employeeNo: 'QH77777' }),
      role: 'admin',
    } as never);
    expect(env.ok ? 'OK' : env.error.code).toBe('BAD_REQUEST');
    const out = await cloud.ok('o-sneaky', 'member', 'register', registrationInput({ employeeNo: 'QH77777' }));
    expect(out.member).toMatchObject({ role: 'worker', status: 'pending' });
  });
});
