/**
 * Content safety: text goes through WeChat's msgSecCheck (v2) before anything is stored, images
 * through mediaCheckAsync, whose verdict arrives later as a wxa_media_check push. A refused text is
 * never stored (the writer is told why, politely); a refused image is never shown to anyone but its
 * writer's own "refused" mark, and the writer is told. Images must come from the draft's own folder.
 */
import { cloudForFile } from '../support/cloud';
import { GRASS_ORGANIZER, storedMessages, pngBytes, requestInput, submitRequest, waitForVerdicts } from './support';
import { WORKER, WORKER2 } from '../support/personas';
import { expectError } from '../support/outcome';

const cloud = cloudForFile();

const requests = () => cloud.dump<{ _id: string; text: string; timeline: { text?: string }[] }>('voice_requests');

describe('text', () => {
  it('a refused word stops the request before it is stored, with a polite reason', async () => {
    const before = requests().length;
    const draft = await cloud.ok(WORKER, 'voice', 'getDraft', {});
    const message = expectError(
      await cloud.call(WORKER, 'voice', 'submit', {
        clientId: draft.clientId,
        ...requestInput({ text: '有人在宿舍组织赌博，希望工会管一管。' }),
      }),
      'BAD_REQUEST',
    );
    expect(message).toMatch(/^抱歉，您的内容未通过微信内容安全检测（可能涉及违法信息），请修改/);
    expect(requests()).toHaveLength(before);
    expect(JSON.stringify(requests())).not.toContain('组织赌博');
  });

  it('refused words in a supplement or a rating comment are not added either', async () => {
    const r = await submitRequest(cloud, WORKER, { text: '食堂的菜太咸了。' });
    expectError(await cloud.call(WORKER, 'voice', 'addNote', { id: r.id, text: '做菜的人是傻逼' }), 'BAD_REQUEST');
    await cloud.ok(GRASS_ORGANIZER, 'voice', 'reply', { id: r.id, text: '已转告食堂，少放盐。' });
    expectError(
      await cloud.call(WORKER, 'voice', 'rate', { id: r.id, rating: 'unsatisfied', comment: '去死吧' }),
      'BAD_REQUEST',
    );
    const doc = requests().find((d) => d._id === r.id)!;
    expect(JSON.stringify(doc)).not.toMatch(/傻逼|去死/);
    expect((await cloud.ok(GRASS_ORGANIZER, 'voice', 'getRequest', { id: r.id })).status).toBe('answered');
  });
});

describe('images', () => {
  it('only a passed image reaches the organizer; the refused one is marked for its writer alone, who is told', async () => {
    const r = await submitRequest(cloud, WORKER, { text: '井场道路坑洼，请看照片。' }, [pngBytes(), pngBytes(true)]);
    expect(r.images.map((i) => i.state)).toEqual(['checking', 'checking']);
    await waitForVerdicts(cloud, r.id);
    const seen = await cloud.ok(GRASS_ORGANIZER, 'voice', 'getRequest', { id: r.id });
    expect(seen.images).toHaveLength(1);
    const mine = await cloud.ok(WORKER, 'voice', 'getMine', { id: r.id });
    expect(mine.images.map((i) => i.state)).toEqual(['pass', 'refused']);
    expect(mine.images[1].url).toBeNull();
    expect(storedMessages(cloud, WORKER).some((m) => m.title === '图片未通过检测' && m.body.includes('第2张'))).toBe(
      true,
    );
    // An image still being checked is not shown either (arranged: the verdict not in yet).
    await cloud.db
      .collection('voice_requests')
      .doc(r.id)
      .update({ data: { 'images.0.verdict': 'checking' } });
    expect((await cloud.ok(GRASS_ORGANIZER, 'voice', 'getRequest', { id: r.id })).images).toHaveLength(0);
    // The export and the queue carry no refused image either.
    const q = await cloud.ok(GRASS_ORGANIZER, 'voice', 'listQueue', { filter: 'open' });
    expect(JSON.stringify(q)).not.toContain('1.png');
    expect(JSON.stringify(seen)).not.toContain('1.png');
  });

  it('a push from a phone is refused, and a repeated verdict changes nothing', async () => {
    const push = {
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: 'x-1',
      result: { suggest: 'pass', label: 100 },
    };
    expect(((await cloud.raw(WORKER, 'voice', push)) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const r = await submitRequest(cloud, WORKER, { text: '更衣室漏水，请看照片。' }, [pngBytes(true)]);
    await waitForVerdicts(cloud, r.id);
    const trace = cloud.dump<{ _id: string; traces: string[] }>('voice_requests').find((d) => d._id === r.id)!
      .traces[0];
    const again = (await cloud.raw('', 'voice', { ...push, trace_id: trace })) as { data: { applied: boolean } };
    expect(again.data.applied).toBe(false);
    expect((await cloud.ok(WORKER, 'voice', 'getMine', { id: r.id })).images[0].state).toBe('refused');
  });

  it('refuses an image from outside the draft’s own folder (somebody else’s file)', async () => {
    const theirs = await cloud.ok(WORKER2, 'voice', 'getDraft', {});
    const fileID = cloud.host.storage.put(`${theirs.uploadFolder}/0.png`, pngBytes(), WORKER2);
    const draft = await cloud.ok(WORKER, 'voice', 'getDraft', {});
    expectError(
      await cloud.call(WORKER, 'voice', 'submit', { clientId: draft.clientId, ...requestInput({ images: [fileID] }) }),
      'BAD_REQUEST',
    );
  });

  it('a retried submit of the same draft is the same request', async () => {
    const draft = await cloud.ok(WORKER, 'voice', 'getDraft', {});
    const input = { clientId: draft.clientId, ...requestInput({ text: '网络断了我再点一次提交。' }) };
    const a = await cloud.ok(WORKER, 'voice', 'submit', input);
    const b = await cloud.ok(WORKER, 'voice', 'submit', input);
    expect(b.id).toBe(a.id);
    expect(requests().filter((d) => d.text === '网络断了我再点一次提交。')).toHaveLength(1);
  });
});
