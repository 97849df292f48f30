/**
 * The notice part of the home page: the same notices and unread count the notice list shows, in at
 * most 2 database requests (the home page's budget per area).
 */
import { PERSONAS } from '../../demo/union';
import { noticesForHome } from '../../server/home/notice';
import type { MemberDoc } from '../../server/member/repos/members';
import { cloudForFile } from '../support/cloud';
import { publishNotice } from './support';

const cloud = cloudForFile();

/** Counts the database requests `work` makes (the engine sees every one). */
async function counting<T>(work: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const engine = cloud.host.engine;
  const handle = engine.handle.bind(engine);
  let requests = 0;
  engine.handle = (action, params) => {
    requests++;
    return handle(action, params);
  };
  try {
    return { result: await work(), requests };
  } finally {
    engine.handle = handle;
  }
}

const memberDoc = (openid: string) => cloud.dump<MemberDoc>('members').find((m) => m._id === openid)!;

it('shows the newest notices, pinned first, with the unread count of the notice list, in 2 requests', async () => {
  await publishNotice(cloud, PERSONAS.organizer.openid, {
    title: '首页可见的通知',
    audience: { units: ['u-grass-1'], roles: [] },
  });
  const { result, requests } = await counting(() => noticesForHome(memberDoc(PERSONAS.worker.openid), new Date()));
  expect(requests).toBeLessThanOrEqual(2);
  const list = await cloud.ok(PERSONAS.worker.openid, 'notice', 'listMine', {});
  expect(result.unread).toBe(list.unread);
  expect(result.items.map((n) => n.id)).toEqual(list.items.slice(0, 5).map((n) => n.id));
  expect(result.items[0].pinned).toBe(true);
  expect(result.items.map((n) => n.title)).toContain('首页可见的通知');

  await cloud.ok(PERSONAS.worker.openid, 'notice', 'open', { id: result.items[0].id });
  const after = await noticesForHome(memberDoc(PERSONAS.worker.openid), new Date());
  expect(after.unread).toBe(result.unread - 1);
  expect(after.items[0].read).toBe(true);
});

it('shows nothing to a member no notice is aimed at, in 1 request', async () => {
  const stranger = {
    ...memberDoc(PERSONAS.worker.openid),
    _id: 'o-nobody',
    unitPath: ['u-elsewhere'],
    unitId: 'u-elsewhere',
  };
  const { result, requests } = await counting(() => noticesForHome(stranger, new Date()));
  expect(result).toEqual({ unread: 0, items: [] });
  expect(requests).toBe(1);
});

it('is what member.getHome returns', async () => {
  const home = (await cloud.ok(PERSONAS.worker.openid, 'member', 'getHome', {})) as {
    home?: { notices: { unread: number } };
  };
  const direct = await noticesForHome(memberDoc(PERSONAS.worker.openid), new Date());
  expect(home.home?.notices.unread).toBe(direct.unread);
});
