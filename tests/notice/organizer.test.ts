/**
 * Notices through the local cloud, as organizers manage them: withdrawal, editing and pinning, who
 * may manage what, scheduling, the reports (rolled up by unit, per WeChat group) and reminders.
 * What members see is in notices.test.ts.
 */
import { PERSONAS } from '../../demo/union';
import { setClock, cloudForFile } from '../support/cloud';
import { expectError } from '../support/outcome';
import { acceptSubscription, noticeInput, publishNotice, saveNotice, sentMessages, drainQueue } from './support';
import { DAY, HOUR } from '../support/time';

const { admin, organizer, organizer2, cadre, worker, worker2 } = PERSONAS;

const cloud = cloudForFile();

afterEach(() => jest.useRealTimers());

describe('withdrawal and editing', () => {
  it('a withdrawn notice disappears from lists and cannot be opened', async () => {
    const id = await publishNotice(cloud, organizer.openid, { title: '将被撤回' });
    await cloud.ok(worker.openid, 'notice', 'open', { id });
    expect((await cloud.ok(organizer.openid, 'notice', 'withdraw', { id })).state).toBe('withdrawn');
    expect((await cloud.ok(worker.openid, 'notice', 'listMine', {})).items.map((n) => n.id)).not.toContain(id);
    expectError(await cloud.call(worker.openid, 'notice', 'open', { id }), 'NOT_FOUND');
    expectError(await cloud.call(organizer.openid, 'notice', 'publish', { id }), 'CLOSED');
    // Withdrawing again is harmless.
    expect((await cloud.ok(organizer.openid, 'notice', 'withdraw', { id })).state).toBe('withdrawn');
  });

  it('a live notice cannot be edited; a draft can', async () => {
    const id = await saveNotice(cloud, organizer.openid, { title: '草稿' });
    await cloud.ok(organizer.openid, 'notice', 'save', { ...noticeInput({ title: '草稿（改）' }), id });
    expect((await cloud.ok(organizer.openid, 'notice', 'getComposer', { id })).notice?.title).toBe('草稿（改）');
    await cloud.ok(organizer.openid, 'notice', 'publish', { id });
    await drainQueue(cloud);
    expectError(
      await cloud.call(organizer.openid, 'notice', 'save', { ...noticeInput({ title: '再改' }), id }),
      'CONFLICT',
    );
  });

  it('pinning moves a notice to the top of members’ lists', async () => {
    const id = await publishNotice(cloud, organizer.openid, { title: '后来置顶' });
    await cloud.ok(organizer.openid, 'notice', 'setPinned', { id, pinned: true });
    const list = await cloud.ok(worker.openid, 'notice', 'listMine', {});
    expect(list.items.find((n) => n.id === id)?.pinned).toBe(true);
    expect(list.items.findIndex((n) => n.id === id)).toBeLessThan(list.items.findIndex((n) => !n.pinned));
  });
});

describe('authority', () => {
  it('organizers manage the notices of their own subtree only; admins all', async () => {
    const id = await publishNotice(cloud, organizer.openid, { title: '一大队的通知' });
    expectError(await cloud.call(organizer2.openid, 'notice', 'getReadReport', { id }), 'NOT_FOUND');
    expectError(await cloud.call(organizer2.openid, 'notice', 'withdraw', { id }), 'NOT_FOUND');
    expectError(await cloud.call(organizer2.openid, 'notice', 'getComposer', { id }), 'NOT_FOUND');
    expect((await cloud.ok(admin.openid, 'notice', 'getReadReport', { id })).id).toBe(id);
    const theirs = await cloud.ok(organizer2.openid, 'notice', 'listManaged', {});
    expect(theirs.items.map((n) => n.id)).not.toContain(id);
    expect((await cloud.ok(admin.openid, 'notice', 'listManaged', { pageSize: 50 })).total).toBeGreaterThan(
      theirs.total,
    );
  });

  it('the compose page offers only the units the organizer may aim at', async () => {
    const page = await cloud.ok(organizer.openid, 'notice', 'getComposer', {});
    expect(page.units.map((u) => u.id)).toEqual(['u-brigade-1', 'u-grass-1', 'u-grass-2']);
  });
});

describe('scheduling', () => {
  it('a scheduled notice shows at its time, and its messages go out when it goes live', async () => {
    const at = Date.now() + 2 * HOUR;
    await acceptSubscription(cloud, worker.openid, 'notice');
    const before = sentMessages(cloud, worker.openid).length;
    const id = await saveNotice(cloud, organizer.openid, {
      title: '定时发布的通知',
      audience: { units: ['u-grass-1'], roles: [] },
      publishAt: at,
    });
    const res = await cloud.ok(organizer.openid, 'notice', 'publish', { id });
    expect(res).toMatchObject({ state: 'scheduled', publishAt: at, queued: 0 });
    await drainQueue(cloud);
    expect((await cloud.ok(worker.openid, 'notice', 'listMine', {})).items.map((n) => n.id)).not.toContain(id);
    expectError(await cloud.call(worker.openid, 'notice', 'open', { id }), 'NOT_FOUND');
    expect(sentMessages(cloud, worker.openid)).toHaveLength(before);

    setClock(at + 60_000);
    expect((await cloud.ok(worker.openid, 'notice', 'listMine', {})).items.map((n) => n.id)).toContain(id);
    // The timer's drain finds it due and queues its messages.
    const drained = await cloud.host.fireTrigger('notice', 'drain');
    expect(drained.ok && (drained.result as { data: { wentLive: number } }).data.wentLive).toBeGreaterThanOrEqual(1);
    await drainQueue(cloud);
    jest.useRealTimers();
    const mine = sentMessages(cloud, worker.openid);
    expect(mine).toHaveLength(before + 1);
    expect(mine[0].page).toBe(`pages/notice-detail/index?id=${id}`);
    expect(mine[0].data.thing1.value).toBe('定时发布的通知');
  });

  it('refuses a schedule too far ahead', async () => {
    expectError(
      await cloud.call(organizer.openid, 'notice', 'save', noticeInput({ publishAt: Date.now() + 400 * DAY })),
      'BAD_REQUEST',
    );
  });
});

describe('reports', () => {
  it('rolls read / aimed up the tree and lists who has not read it', async () => {
    const id = await publishNotice(cloud, organizer.openid, {
      title: '统计用通知',
      audience: { units: ['u-brigade-1'], roles: [] },
    });
    await cloud.ok(worker.openid, 'notice', 'open', { id });
    await cloud.ok(worker2.openid, 'notice', 'open', { id });

    const report = await cloud.ok(organizer.openid, 'notice', 'getReadReport', { id });
    const row = (unitId: string) => report.units.find((u) => u.unitId === unitId)!;
    expect(report.read).toBe(2);
    expect(row('u-grass-1').read).toBe(1);
    expect(row('u-grass-2').read).toBe(1);
    expect(row('u-brigade-1').read).toBe(2);
    // The brigade's figure is its own members plus both grassroots unions'.
    const members = cloud.dump<{ unitId: string; status: string }>('members').filter((m) => m.status === 'verified');
    const count = (u: string) => members.filter((m) => m.unitId === u).length;
    expect(row('u-grass-1').aimed).toBe(count('u-grass-1'));
    expect(row('u-brigade-1').aimed).toBe(count('u-brigade-1') + count('u-grass-1') + count('u-grass-2'));
    expect(report.aimed).toBe(row('u-brigade-1').aimed);
    expect(report.units[0]).toMatchObject({ unitId: 'u-brigade-1', depth: 0 });

    const unread = await cloud.ok(organizer.openid, 'notice', 'listUnreadMembers', { id, pageSize: 100 });
    expect(unread.total).toBe(report.aimed - 2);
    const names = unread.items.map((m) => m.name);
    expect(names).not.toContain(worker.name);
    expect(names).toContain(cadre.name);
    expect(unread.items.every((m) => /^\d{3}\*{4}\d{4}$/.test(m.phone))).toBe(true);
  });

  it('counts reach per WeChat group from the cloudIDs the cards carried', async () => {
    const id = await publishNotice(cloud, organizer.openid, { title: '转发到群的通知' });
    cloud.host.openData.register('cid-worker-g1', { openGId: 'G-team-one' });
    cloud.host.openData.register('cid-cadre-g1', { openGId: 'G-team-one' });
    cloud.host.openData.register('cid-worker2-g2', { openGId: 'G-team-two' });

    const a = await cloud.ok(worker.openid, 'notice', 'open', { id, cloudID: 'cid-worker-g1' });
    expect(a.group).toEqual({ readers: 1 });
    const b = await cloud.ok(cadre.openid, 'notice', 'open', { id, cloudID: 'cid-cadre-g1' });
    expect(b.group).toEqual({ readers: 2 });
    // Reopening from the same group counts once.
    expect((await cloud.ok(worker.openid, 'notice', 'open', { id, cloudID: 'cid-worker-g1' })).group).toEqual({
      readers: 2,
    });
    expect((await cloud.ok(worker2.openid, 'notice', 'open', { id, cloudID: 'cid-worker2-g2' })).group).toEqual({
      readers: 1,
    });
    // A cloudID WeChat cannot resolve still opens the notice, without a group.
    expect((await cloud.ok(worker.openid, 'notice', 'open', { id, cloudID: 'cid-unknown' })).group).toBeNull();

    const report = await cloud.ok(organizer.openid, 'notice', 'getReadReport', { id });
    expect(report.groups.map((g) => g.members)).toEqual([2, 1]);
    expect(report.groups[0].label).toContain('am-one');
  });

  it('reminds unread members once per round, through notify', async () => {
    const id = await publishNotice(cloud, organizer.openid, {
      title: '请尽快阅读',
      audience: { units: ['u-grass-1'], roles: [] },
    });
    await cloud.ok(worker.openid, 'notice', 'open', { id });
    await acceptSubscription(cloud, cadre.openid, 'notice');
    const cadreBefore = sentMessages(cloud, cadre.openid).length;

    const first = await cloud.ok(organizer.openid, 'notice', 'remindUnread', { id, round: 1 });
    expect(first.round).toBe(1);
    await drainQueue(cloud);
    const messages = () =>
      cloud.dump<{ openid: string; title: string }>('messages').filter((m) => m.title === '请阅读：请尽快阅读');
    const reminded = messages().map((m) => m.openid);
    expect(reminded).toContain(cadre.openid);
    expect(reminded).not.toContain(worker.openid);
    expect(sentMessages(cloud, cadre.openid)).toHaveLength(cadreBefore + 1);

    // The same round again (a retried tap) sends nothing more; a stale round is refused.
    await cloud.ok(organizer.openid, 'notice', 'remindUnread', { id, round: 1 });
    await drainQueue(cloud);
    expect(messages()).toHaveLength(reminded.length);
    expectError(await cloud.call(organizer.openid, 'notice', 'remindUnread', { id, round: 5 }), 'CONFLICT');
    // Too soon for a second round.
    expectError(await cloud.call(organizer.openid, 'notice', 'remindUnread', { id, round: 2 }), 'RATE_LIMITED');

    const delivery = await cloud.ok(organizer.openid, 'notice', 'getDeliveryReport', { id });
    expect(delivery.reminder?.round).toBe(1);
    expect(delivery.reminder?.counts.sent).toBeGreaterThanOrEqual(1);
    expect((await cloud.ok(organizer.openid, 'notice', 'getReadReport', { id })).remindRound).toBe(1);

    setClock(Date.now() + HOUR);
    await cloud.ok(organizer.openid, 'notice', 'remindUnread', { id, round: 2 });
    await drainQueue(cloud);
    jest.useRealTimers();
    expect(messages()).toHaveLength(reminded.length * 2);
  });

  it('only a live notice can be reminded about', async () => {
    const id = await saveNotice(cloud, organizer.openid, { title: '草稿不能提醒' });
    expectError(await cloud.call(organizer.openid, 'notice', 'remindUnread', { id, round: 1 }), 'CLOSED');
  });
});
