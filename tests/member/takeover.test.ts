/**
 * Issue 16, item 2, written as the attacks: a colleague who knows a roster person's name and 工号
 * (they are on badges) cannot become them, neither by registering first nor by waiting for the next
 * roster import; only a phone WeChat proves to be the roster's verifies anyone automatically. The
 * real owner disputes the number (这是我的工号) and an organizer of their unit settles it, on the
 * audit log.
 */
import { PERSONAS } from '../../demo/union';
import { cloudForFile, upload } from '../support/cloud';
import { codeOf } from '../support/outcome';
import { simpleBook } from '../support/workbook';
import { ROSTER_HEADER } from './support';

const cloud = cloudForFile();
const ORG = PERSONAS.organizer.openid; // 采油一大队
const ORG2 = PERSONAS.organizer2.openid; // 井下作业大队
const IMPOSTOR = 'o-impostor-gao';
const OWNER = 'o-real-feng';
const ROW = { _id: 'QH20100', name: '冯真人', phone: '13800000100', unitId: 'u-grass-1', unitCode: 'QH01-01-01' };

const memberOf = (openid: string) =>
  cloud
    .dump<{ _id: string; status: string; unitId: string; role: string; phoneVerified?: boolean; rosterCheck?: string }>(
      'members',
    )
    .find((m) => m._id === openid);
const holderOf = (no: string) =>
  cloud.dump<{ _id: string; openid: string }>('employee_numbers').find((c) => c._id === no)?.openid;
const profile = (over: Record<string, string> = {}) => ({
  name: ROW.name,
  employeeNo: ROW._id,
  phone: ROW.phone,
  unitId: 'u-grass-2',
  ...over,
});
const snapshot = () =>
  JSON.stringify(['members', 'employee_numbers', 'number_disputes', 'audit_log'].map((c) => cloud.dump(c)));

beforeAll(async () => {
  await cloud.db.collection('roster').add({ data: { ...ROW, importedAt: new Date(), importedBy: 'test' } });
});

describe('the impostor with the right name and 工号', () => {
  it('typing even the right phone is not proof: the registration waits for an organizer', async () => {
    const out = await cloud.ok(IMPOSTOR, 'member', 'register', profile());
    expect(out).toMatchObject({ status: 'pending', rosterMatched: false, rosterCheck: 'phone_unproven' });
    expect(memberOf(IMPOSTOR)).toMatchObject({ status: 'pending', phoneVerified: false });
  });

  it('with their own WeChat phone proven: still pending, and the organizer sees the mismatch', async () => {
    const phoneCode = cloud.host.openapi.issuePhoneCode('13899990000');
    const out = await cloud.ok(IMPOSTOR, 'member', 'register', profile({ phoneCode }));
    expect(out).toMatchObject({
      status: 'pending',
      rosterMatched: false,
      rosterCheck: 'phone_mismatch',
      member: { phone: '13899990000' },
    });
    expect(memberOf(IMPOSTOR)).toMatchObject({ status: 'pending', phoneVerified: true, rosterCheck: 'phone_mismatch' });
    const pending = await cloud.ok(ORG, 'member', 'listPending', { pageSize: 100 });
    expect(pending.items.find((m) => m.id === IMPOSTOR)).toMatchObject({
      rosterCheck: 'phone_mismatch',
      phoneVerified: true,
    });
    expect((await cloud.ok(ORG, 'member', 'getMember', { id: IMPOSTOR })).rosterCheck).toBe('phone_mismatch');
  });

  it('a phone code is spent once: replaying it is refused and writes nothing', async () => {
    const phoneCode = cloud.host.openapi.issuePhoneCode(ROW.phone);
    await cloud.ok('o-once-only', 'member', 'register', {
      name: '一次',
      employeeNo: 'QH20199',
      phone: ROW.phone,
      unitId: 'u-grass-1',
      phoneCode,
    });
    const before = snapshot();
    expect(await codeOf(cloud.call(IMPOSTOR, 'member', 'register', profile({ phoneCode })))).toBe('BAD_REQUEST');
    expect(snapshot()).toBe(before);
  });

  it('the next roster import does not verify the impostor either', async () => {
    const fileId = upload(
      cloud,
      'roster',
      await simpleBook('名册', ROSTER_HEADER, [[ROW.name, ROW._id, ROW.phone, ROW.unitCode]]),
    );
    const report = await cloud.ok(ORG, 'member', 'importRoster', { fileId, commit: false });
    expect(report).toMatchObject({ mode: 'report', report: { pendingToVerify: 0 } });
    const chunk = await cloud.ok(ORG, 'member', 'importRoster', { fileId, commit: true, cursor: 0 });
    expect(chunk).toMatchObject({ mode: 'commit', chunk: { verified: 0 } });
    expect(memberOf(IMPOSTOR)?.status).toBe('pending');
  });
});

describe('the real owner', () => {
  it('is told the number is held, before the phone code is spent', async () => {
    const before = snapshot();
    const env = await cloud.call(
      OWNER,
      'member',
      'register',
      profile({ phoneCode: cloud.host.openapi.issuePhoneCode(ROW.phone) }),
    );
    expect(env.ok ? 'OK' : env.error.code).toBe('CONFLICT');
    if (!env.ok) expect(env.error.message).toContain('这是我的工号');
    expect(snapshot()).toBe(before);
  });

  it('disputes it (这是我的工号); nothing changes for the holder yet', async () => {
    const before = memberOf(IMPOSTOR);
    const out = await cloud.ok(
      OWNER,
      'member',
      'disputeNumber',
      profile({ phoneCode: cloud.host.openapi.issuePhoneCode(ROW.phone) }),
    );
    expect(out.state).toBe('open');
    // Asking again keeps the one open claim.
    expect((await cloud.ok(OWNER, 'member', 'disputeNumber', profile())).id).toBe(out.id);
    expect(cloud.dump('number_disputes')).toHaveLength(1);
    expect(memberOf(IMPOSTOR)).toEqual(before);
    expect(holderOf(ROW._id)).toBe(IMPOSTOR);
  });

  it('an organizer of another brigade cannot see or settle it', async () => {
    const [d] = cloud.dump<{ _id: string }>('number_disputes');
    expect((await cloud.ok(ORG2, 'member', 'listDisputes', {})).items).toEqual([]);
    const before = snapshot();
    expect(
      await codeOf(cloud.call(ORG2, 'member', 'resolveDispute', { id: d._id, decision: 'claimant', reason: '核实' })),
    ).toBe('NOT_FOUND');
    expect(snapshot()).toBe(before);
  });

  it('the organizer of the roster unit sees both sides and moves the number, with an audit entry', async () => {
    const page = await cloud.ok(ORG, 'member', 'listDisputes', {});
    expect(page.items).toHaveLength(1);
    const d = page.items[0];
    expect(d).toMatchObject({
      employeeNo: ROW._id,
      claimant: { name: ROW.name, rosterCheck: 'matched', phoneVerified: true },
      holder: { id: IMPOSTOR, rosterCheck: 'phone_mismatch' },
      roster: { name: ROW.name, phone: '138****0100' },
    });
    const settled = await cloud.ok(ORG, 'member', 'resolveDispute', {
      id: d.id,
      decision: 'claimant',
      reason: '核对工牌与名册手机号',
    });
    expect(settled.state).toBe('upheld');

    expect(holderOf(ROW._id)).toBe(OWNER);
    expect(memberOf(OWNER)).toMatchObject({ status: 'verified', unitId: ROW.unitId, role: 'worker' });
    expect(memberOf(IMPOSTOR)).toMatchObject({ status: 'rejected', role: 'worker' });
    expect(cloud.dump('audit_log')).toEqual([
      expect.objectContaining({
        kind: 'employee_no_moved',
        subject: ROW._id,
        by: ORG,
        from: IMPOSTOR,
        to: OWNER,
        reason: '核对工牌与名册手机号',
      }),
    ]);
    expect((await cloud.ok(OWNER, 'member', 'getHome', {})).state).toBe('member');
    // Settled once.
    expect(
      await codeOf(cloud.call(ORG, 'member', 'resolveDispute', { id: d.id, decision: 'holder', reason: '再看' })),
    ).toBe('CONFLICT');
  });

  it('a dismissed dispute changes nothing but the dispute and the log', async () => {
    const holder = PERSONAS.worker; // verified, on the roster
    const claim = await cloud.ok('o-claims-liu', 'member', 'disputeNumber', {
      name: holder.name,
      employeeNo: holder.employeeNo,
      phone: '13811112222',
      unitId: holder.unitId,
    });
    const before = JSON.stringify([cloud.dump('members'), cloud.dump('employee_numbers')]);
    expect(
      (
        await cloud.ok(ORG, 'member', 'resolveDispute', {
          id: claim.id,
          decision: 'holder',
          reason: '本人持工牌到场核实',
        })
      ).state,
    ).toBe('dismissed');
    expect(JSON.stringify([cloud.dump('members'), cloud.dump('employee_numbers')])).toBe(before);
    expect(cloud.dump('audit_log')).toContainEqual(
      expect.objectContaining({ kind: 'dispute_dismissed', subject: holder.employeeNo, by: ORG }),
    );
  });
});

describe('someone trying number after number', () => {
  it('is stopped after two open claims, writing nothing more', async () => {
    const trier = 'o-tries-numbers';
    const people = [PERSONAS.cadre, PERSONAS.worker2, PERSONAS.organizer2];
    const claim = (p: (typeof people)[number]) =>
      cloud.call(trier, 'member', 'disputeNumber', {
        name: p.name,
        employeeNo: p.employeeNo,
        phone: '13800001234',
        unitId: p.unitId,
      });
    expect((await claim(people[0])).ok).toBe(true);
    expect((await claim(people[1])).ok).toBe(true);
    const before = snapshot();
    expect(await codeOf(claim(people[2]))).toBe('RATE_LIMITED');
    expect(snapshot()).toBe(before);
    // Asking again about one already open is still fine.
    expect((await claim(people[0])).ok).toBe(true);
  });
});
