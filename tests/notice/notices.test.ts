/**
 * Notices through the local cloud, as members see them: targeting (unit subtree and role), read
 * receipts, ordering and unread marks, the new-notice quota, and the demo's notices. What organizers
 * do with them (withdrawal, scheduling, reports, reminders, who may manage what) is in organizer.test.ts.
 */
import { PERSONAS } from '../../demo/union';
import { setClock, cloudForFile } from '../support/cloud';
import { expectError } from '../support/outcome';
import { acceptSubscription, noticeInput, publishNotice } from './support';
import { HOUR } from '../support/time';

const { admin, organizer, organizer2, cadre, worker, worker2 } = PERSONAS;

const cloud = cloudForFile();

afterEach(() => jest.useRealTimers());

const receipts = (noticeId: string) =>
  cloud
    .dump<{ noticeId: string; openid: string; readAt: string }>('notice_reads')
    .filter((r) => r.noticeId === noticeId);

describe('targeting', () => {
  let grassOnly: string;
  let cadresOnly: string;

  beforeAll(async () => {
    grassOnly = await publishNotice(cloud, organizer.openid, {
      title: '采油一队班组会',
      audience: { units: ['u-grass-1'], roles: [] },
    });
    cadresOnly = await publishNotice(cloud, organizer.openid, {
      title: '工会干部培训',
      audience: { units: ['u-brigade-1'], roles: ['cadre'] },
    });
  });

  it('a member of an aimed unit (or below it) sees the notice', async () => {
    const mine = await cloud.ok(worker.openid, 'notice', 'listMine', {});
    expect(mine.items.map((n) => n.id)).toContain(grassOnly);
  });

  it('a member outside the aimed units never sees it, not even by id, and leaves no receipt', async () => {
    const theirs = await cloud.ok(worker2.openid, 'notice', 'listMine', {});
    expect(theirs.items.map((n) => n.id)).not.toContain(grassOnly);
    expectError(await cloud.call(worker2.openid, 'notice', 'open', { id: grassOnly }), 'NOT_FOUND');
    expectError(await cloud.call(organizer2.openid, 'notice', 'open', { id: grassOnly }), 'NOT_FOUND');
    expect(receipts(grassOnly).map((r) => r.openid)).not.toContain(worker2.openid);
  });

  it('a notice aimed at a role reaches that role only, including in subunits', async () => {
    expect((await cloud.ok(cadre.openid, 'notice', 'listMine', {})).items.map((n) => n.id)).toContain(cadresOnly);
    expect((await cloud.ok(worker.openid, 'notice', 'listMine', {})).items.map((n) => n.id)).not.toContain(cadresOnly);
    expectError(await cloud.call(worker.openid, 'notice', 'open', { id: cadresOnly }), 'NOT_FOUND');
  });

  it('an id that does not exist is NOT_FOUND too', async () => {
    expectError(await cloud.call(worker.openid, 'notice', 'open', { id: 'no-such-notice' }), 'NOT_FOUND');
  });

  it('an organizer cannot aim outside their subtree', async () => {
    expectError(
      await cloud.call(
        organizer.openid,
        'notice',
        'save',
        noticeInput({ audience: { units: ['u-brigade-2'], roles: [] } }),
      ),
      'FORBIDDEN',
    );
    expectError(
      await cloud.call(
        organizer.openid,
        'notice',
        'save',
        noticeInput({ audience: { units: ['u-branch'], roles: [] } }),
      ),
      'FORBIDDEN',
    );
    expectError(
      await cloud.call(
        organizer.openid,
        'notice',
        'save',
        noticeInput({ audience: { units: ['u-nowhere'], roles: [] } }),
      ),
      'BAD_REQUEST',
    );
  });
});

describe('the member list and read receipts', () => {
  it('lists pinned first, then newest, with unread marks that clear on open', async () => {
    const older = await publishNotice(cloud, organizer.openid, { title: '较早的通知' });
    const pinned = await publishNotice(cloud, organizer.openid, { title: '置顶的通知', pinned: true });
    const newer = await publishNotice(cloud, organizer.openid, { title: '最新的通知' });

    const list = await cloud.ok(worker.openid, 'notice', 'listMine', {});
    const ids = list.items.map((n) => n.id);
    // Every pinned notice comes before every unpinned one; among unpinned, newest first.
    const firstUnpinned = list.items.findIndex((n) => !n.pinned);
    expect(list.items.slice(firstUnpinned).every((n) => !n.pinned)).toBe(true);
    expect(ids.indexOf(pinned)).toBeLessThan(firstUnpinned);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    const unreadBefore = list.unread;
    expect(list.items.find((n) => n.id === newer)?.read).toBe(false);

    await cloud.ok(worker.openid, 'notice', 'open', { id: newer });
    const after = await cloud.ok(worker.openid, 'notice', 'listMine', {});
    expect(after.items.find((n) => n.id === newer)?.read).toBe(true);
    expect(after.unread).toBe(unreadBefore - 1);
  });

  it('records a read once per member, keeping the first time', async () => {
    const id = await publishNotice(cloud, organizer.openid, { title: '只记一次' });
    const first = await cloud.ok(cadre.openid, 'notice', 'open', { id });
    expect(first.firstRead).toBe(true);
    expect(first.title).toBe('只记一次');
    expect(first.issuer).toBe('采油一大队');
    const readAt = receipts(id)[0].readAt;

    setClock(Date.now() + HOUR);
    const again = await cloud.ok(cadre.openid, 'notice', 'open', { id });
    jest.useRealTimers();
    expect(again.firstRead).toBe(false);
    const mine = receipts(id).filter((r) => r.openid === cadre.openid);
    expect(mine).toHaveLength(1);
    expect(mine[0].readAt).toEqual(readAt);
  });

  it('reports the new-notice quota so the app can ask the member to subscribe again', async () => {
    expect((await cloud.ok(worker2.openid, 'notice', 'listMine', {})).noticeQuota).toBe(0);
    await acceptSubscription(cloud, worker2.openid, 'notice', 2);
    expect((await cloud.ok(worker2.openid, 'notice', 'listMine', {})).noticeQuota).toBe(2);
  });

  it('tells the page whether the caller may manage notices', async () => {
    expect((await cloud.ok(worker.openid, 'notice', 'listMine', {})).canManage).toBe(false);
    expect((await cloud.ok(organizer.openid, 'notice', 'listMine', {})).canManage).toBe(true);
  });
});

describe('demo data', () => {
  it('has notices of every category, one pinned, one linked to the summer event', async () => {
    const list = await cloud.ok(admin.openid, 'notice', 'listManaged', { pageSize: 50 });
    const demo = list.items.filter((n) => n.id.startsWith('nt-demo-'));
    expect(new Set(demo.map((n) => n.category))).toEqual(new Set(['通知', '活动', '学习', '帮扶']));
    expect(demo.some((n) => n.pinned)).toBe(true);
    const summer = await cloud.ok(worker.openid, 'notice', 'open', { id: 'nt-demo-summer' });
    const event = cloud
      .dump<{ _id: string; kind: string; title: string }>('events')
      .find((e) => e.kind === 'summer_cooling');
    expect(summer.link).toEqual({
      kind: 'event',
      id: event?._id ?? 'ev-summer-2026',
      title: event?.title ?? '夏送清凉慰问活动',
    });
  });
});
