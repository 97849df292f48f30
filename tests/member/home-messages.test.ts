/** The home page's single call (and what it costs), and in-app messages. */
import { PERSONAS } from '../../demo/union';
import { DEMO_PENDING } from '../../demo/seed-members';
import { cloudForFile } from '../support/cloud';
import { codeOf } from '../support/outcome';

const cloud = cloudForFile();
const W = PERSONAS.worker.openid;

beforeAll(async () => {
  const at = (min: number) => new Date(Date.now() - min * 60_000);
  const msg = (id: string, openid: string, title: string, min: number, read = false) =>
    cloud.db.collection('messages').add({
      data: {
        _id: id,
        openid,
        kind: 'notice',
        title,
        body: `${title}的内容`,
        page: 'pages/notices/index',
        read,
        createdAt: at(min),
      },
    });
  await msg('m1', W, '最早的消息', 30, true);
  await msg('m2', W, '第二条', 20);
  await msg('m3', W, '最新的消息', 10);
  await msg('m-other', PERSONAS.worker2.openid, '别人的消息', 5);
});

describe('home', () => {
  it('is one call for a member: name, unit, role, each area’s lists and the unread count', async () => {
    const home = await cloud.ok(W, 'member', 'getHome', {});
    expect(home.state).toBe('member');
    if (home.state !== 'member') return;
    expect(home.home).toMatchObject({
      name: PERSONAS.worker.name,
      unitName: '采油一队工会',
      role: 'worker',
      unreadMessages: 2,
    });
    expect(Array.isArray(home.home.papers)).toBe(true);
    expect(Array.isArray(home.home.events)).toBe(true);
    expect(typeof home.home.notices.unread).toBe('number');
  });

  it('shows a pending registrant their state instead', async () => {
    const home = await cloud.ok(DEMO_PENDING[0].openid, 'member', 'getHome', {});
    expect(home).toMatchObject({ state: 'pending', member: { name: DEMO_PENDING[0].name, status: 'pending' } });
  });

  it('costs the member read plus one count on our side (unit names are stored on the member)', async () => {
    // With each area's part at its ≤ 2 budget the total stays ≤ 1 + 1 + 3 × 2.
    const res = await cloud.host.invoke('member', { action: 'getHome', input: {} }, { openid: W, source: 'wx_client' });
    expect(res.ok).toBe(true);
    expect(res.dbRequests).toBeLessThanOrEqual(8);
    const me = await cloud.host.invoke('member', { action: 'getMe', input: {} }, { openid: W, source: 'wx_client' });
    expect(me.dbRequests).toBe(1);
  });
});

describe('messages', () => {
  it('lists only my messages, newest first, with the unread count', async () => {
    const out = await cloud.ok(W, 'member', 'listMessages', {});
    expect(out.items.map((m) => m.title)).toEqual(['最新的消息', '第二条', '最早的消息']);
    expect(out).toMatchObject({ total: 3, unread: 2 });
    expect(out.items[0]).toMatchObject({ id: 'm3', read: false, page: 'pages/notices/index' });
  });

  it('pages', async () => {
    const p2 = await cloud.ok(W, 'member', 'listMessages', { page: 2, pageSize: 2 });
    expect(p2.items.map((m) => m.id)).toEqual(['m1']);
  });

  it('marks one read; someone else’s message cannot be marked', async () => {
    expect(await cloud.ok(W, 'member', 'readMessage', { id: 'm3' })).toEqual({ updated: 1 });
    expect(await cloud.ok(W, 'member', 'readMessage', { id: 'm-other' })).toEqual({ updated: 0 });
    expect(cloud.dump<{ _id: string; read: boolean }>('messages').find((m) => m._id === 'm-other')!.read).toBe(false);
    expect((await cloud.ok(W, 'member', 'listMessages', {})).unread).toBe(1);
  });

  it('marks all read', async () => {
    expect(await cloud.ok(W, 'member', 'readMessage', { all: true })).toEqual({ updated: 1 });
    expect((await cloud.ok(W, 'member', 'listMessages', {})).unread).toBe(0);
  });

  it('needs exactly one of id and all', async () => {
    expect(await codeOf(cloud.call(W, 'member', 'readMessage', {}))).toBe('BAD_REQUEST');
    expect(await codeOf(cloud.call(W, 'member', 'readMessage', { id: 'm1', all: true }))).toBe('BAD_REQUEST');
  });
});
