/** Registration, the roster match, and approval by an organizer of the member's unit. */
import { PERSONAS } from '../../demo/union';
import { DEMO_PENDING } from '../../demo/seed-members';
import { cloudForFile } from '../support/cloud';
import { registrationInput } from './support';
import { codeOf } from '../support/outcome';

const cloud = cloudForFile();
const NEW = PERSONAS.newcomer.openid;

const memberDoc = (openid: string) =>
  cloud
    .dump<{ _id: string; status: string; unitPath: string[]; unitNames: string[]; role: string }>('members')
    .find((m) => m._id === openid);

describe('a newcomer not on the roster', () => {
  it('starts unregistered: me and home say so', async () => {
    expect(await cloud.ok(NEW, 'member', 'getMe', {})).toEqual({ registered: false, member: null });
    expect(await cloud.ok(NEW, 'member', 'getHome', {})).toEqual({ state: 'unregistered' });
  });

  it('refuses each bad field with its own issue, and writes nothing', async () => {
    const before = cloud.dump('members').length;
    const env = await cloud.call(NEW, 'member', 'register', {
      name: '',
      employeeNo: '工号',
      phone: '12345',
      unitId: 'u-grass-1',
    });
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('BAD_REQUEST');
    const paths = (env.error.issues ?? []).map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['employeeNo', 'name', 'phone']);
    expect(env.error.issues!.find((i) => i.path[0] === 'phone')!.message).toBe('手机号应为11位大陆手机号');
    expect(cloud.dump('members')).toHaveLength(before);
  });

  it('refuses an unknown unit with NOT_FOUND and writes nothing', async () => {
    expect(await codeOf(cloud.call(NEW, 'member', 'register', registrationInput({ unitId: 'u-nowhere' })))).toBe(
      'NOT_FOUND',
    );
    expect(memberDoc(NEW)).toBeUndefined();
    expect(cloud.dump('employee_numbers').find((c) => c._id === 'QH10099')).toBeUndefined();
  });

  it('refuses an employee number another WeChat user holds', async () => {
    const env = await cloud.call(
      NEW,
      'member',
      'register',
      registrationInput({ employeeNo: PERSONAS.worker.employeeNo }),
    );
    expect(env.ok ? 'OK' : env.error.code).toBe('CONFLICT');
    expect(memberDoc(NEW)).toBeUndefined();
  });

  it('registers as pending, with the unit trail stored for the pages', async () => {
    const out = await cloud.ok(NEW, 'member', 'register', registrationInput({ employeeNo: 'qh10099 ' }));
    expect(out.status).toBe('pending');
    expect(out.rosterMatched).toBe(false);
    expect(out.member).toMatchObject({
      name: '孙丽',
      employeeNo: 'QH10099',
      unitTrail: ['青河油田第一分公司', '采油一大队', '采油一队工会'],
      status: 'pending',
      role: 'worker',
    });
    expect(memberDoc(NEW)).toMatchObject({ status: 'pending', unitPath: ['u-branch', 'u-brigade-1', 'u-grass-1'] });
    const home = await cloud.ok(NEW, 'member', 'getHome', {});
    expect(home.state).toBe('pending');
  });

  it('is not a member yet: member-only actions say UNAUTHENTICATED', async () => {
    expect(await codeOf(cloud.call(NEW, 'member', 'listMessages', {}))).toBe('UNAUTHENTICATED');
  });

  it('shows up in the approvals of the brigade organizer, not of the other brigade', async () => {
    const mine = await cloud.ok(PERSONAS.organizer.openid, 'member', 'listPending', {});
    expect(mine.items.map((i) => i.id)).toContain(NEW);
    const other = await cloud.ok(PERSONAS.organizer2.openid, 'member', 'listPending', {});
    expect(other.items.map((i) => i.id)).not.toContain(NEW);
  });

  it('cannot be approved by the organizer of another brigade: for them the registration does not exist', async () => {
    expect(
      await codeOf(cloud.call(PERSONAS.organizer2.openid, 'member', 'review', { id: NEW, decision: 'approve' })),
    ).toBe('NOT_FOUND');
    expect(memberDoc(NEW)!.status).toBe('pending');
  });

  it('is approved by the organizer of their brigade, once, and told so', async () => {
    const out = await cloud.ok(PERSONAS.organizer.openid, 'member', 'review', { id: NEW, decision: 'approve' });
    expect(out.status).toBe('verified');
    expect(
      await codeOf(cloud.call(PERSONAS.organizer.openid, 'member', 'review', { id: NEW, decision: 'approve' })),
    ).toBe('CONFLICT');
    const msgs = await cloud.ok(NEW, 'member', 'listMessages', {});
    expect(msgs.items.map((m) => m.title)).toEqual(['会员认证已通过']);
    expect(msgs.unread).toBe(1);
    const home = await cloud.ok(NEW, 'member', 'getHome', {});
    expect(home.state).toBe('member');
    if (home.state === 'member')
      expect(home.home).toMatchObject({ name: '孙丽', unitName: '采油一队工会', role: 'worker', unreadMessages: 1 });
  });

  it('cannot register again once verified', async () => {
    expect(await codeOf(cloud.call(NEW, 'member', 'register', registrationInput()))).toBe('CONFLICT');
  });
});

describe('rejection and resubmission', () => {
  const P = DEMO_PENDING[0];

  it('needs a reason', async () => {
    expect(
      await codeOf(cloud.call(PERSONAS.organizer.openid, 'member', 'review', { id: P.openid, decision: 'reject' })),
    ).toBe('BAD_REQUEST');
  });

  it('rejects with the reason shown to the member, and frees the number', async () => {
    await cloud.ok(PERSONAS.organizer.openid, 'member', 'review', {
      id: P.openid,
      decision: 'reject',
      reason: '工号与单位记录不符',
    });
    const home = await cloud.ok(P.openid, 'member', 'getHome', {});
    expect(home).toMatchObject({
      state: 'rejected',
      member: { status: 'rejected', rejectReason: '工号与单位记录不符' },
    });
    expect(cloud.dump('employee_numbers').find((c) => c._id === P.employeeNo)).toBeUndefined();
  });

  it('lets the member correct and resubmit, pending again', async () => {
    const out = await cloud.ok(P.openid, 'member', 'register', {
      name: P.name,
      employeeNo: 'QH10211',
      phone: P.phone,
      unitId: 'u-grass-2',
    });
    expect(out.status).toBe('pending');
    expect(memberDoc(P.openid)).toMatchObject({
      status: 'pending',
      unitPath: ['u-branch', 'u-brigade-1', 'u-grass-2'],
    });
  });
});

describe('a person on the roster', () => {
  it('is verified at once, in the roster’s unit, when name, number and the WeChat-proven phone match', async () => {
    // A roster row with no member yet.
    await cloud.db.collection('roster').add({
      data: {
        _id: 'QH20001',
        name: '欧阳娜娜',
        phone: '13800000001',
        unitId: 'u-grass-3',
        unitCode: 'QH01-02-01',
        importedAt: new Date(),
        importedBy: 'test',
      },
    });
    // The phone-number button proves the roster's phone; the one typed (a new one) gives way to it.
    const phoneCode = cloud.host.openapi.issuePhoneCode('13800000001');
    const out = await cloud.ok('o-roster-person', 'member', 'register', {
      name: '欧阳娜娜',
      employeeNo: 'QH20001',
      phone: '13800000009',
      unitId: 'u-grass-1',
      phoneCode,
    });
    expect(out).toMatchObject({
      status: 'verified',
      rosterMatched: true,
      rosterCheck: 'matched',
      member: { unitId: 'u-grass-3', phone: '13800000001' },
    });
    expect((await cloud.ok('o-roster-person', 'member', 'getHome', {})).state).toBe('member');
  });

  it('waits for approval when the name does not match the roster row', async () => {
    await cloud.db.collection('roster').add({
      data: {
        _id: 'QH20002',
        name: '钱多多',
        phone: '13800000002',
        unitId: 'u-grass-3',
        unitCode: 'QH01-02-01',
        importedAt: new Date(),
        importedBy: 'test',
      },
    });
    const out = await cloud.ok('o-roster-wrong', 'member', 'register', {
      name: '钱少少',
      employeeNo: 'QH20002',
      phone: '13800000002',
      unitId: 'u-grass-4',
    });
    expect(out).toMatchObject({
      status: 'pending',
      rosterMatched: false,
      rosterCheck: 'name_mismatch',
      member: { unitId: 'u-grass-4' },
    });
  });
});

describe('an admin', () => {
  it('approves anywhere', async () => {
    const P = DEMO_PENDING[2];
    const out = await cloud.ok(PERSONAS.admin.openid, 'member', 'review', { id: P.openid, decision: 'approve' });
    expect(out.status).toBe('verified');
  });
});

describe('own profile', () => {
  it('a member edits their phone and 关怀模式, not their name', async () => {
    const me = await cloud.ok(PERSONAS.worker.openid, 'member', 'updateProfile', {
      phone: '139 0546 1234',
      largeText: true,
    });
    expect(me).toMatchObject({ phone: '13905461234', largeText: true, name: PERSONAS.worker.name });
    expect(await codeOf(cloud.call(PERSONAS.worker.openid, 'member', 'updateProfile', { name: '别人' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(cloud.call(PERSONAS.worker.openid, 'member', 'updateProfile', { phone: '1390546' }))).toBe(
      'BAD_REQUEST',
    );
    expect((await cloud.ok(PERSONAS.worker.openid, 'member', 'getMe', {})).member).toMatchObject({
      phone: '13905461234',
      largeText: true,
    });
  });
});
