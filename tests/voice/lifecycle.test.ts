/**
 * A request's life as the writer and the unions live it: accept, hand to a colleague, reply with a
 * saved template, the writer adds to it, rates it, reopens it once; duplicates merge; suggestions are
 * adopted. Only the writer may add, rate or reopen (anyone else: NOT_FOUND, as if it did not exist);
 * an organizer of another brigade gets NOT_FOUND for every step.
 */
import { cloudForFile } from '../support/cloud';
import { GRASS_ORGANIZER, storedMessages, submitRequest } from './support';
import { CADRE, ORGANIZER, ORGANIZER2, WORKER, WORKER2 } from '../support/personas';
import { expectError } from '../support/outcome';

const cloud = cloudForFile();

describe('the handling union’s steps and the writer’s answer', () => {
  let id: string;

  it('accepts, hands to a colleague, and replies from a saved template', async () => {
    id = (
      await submitRequest(cloud, WORKER, {
        kind: 'consult',
        category: '薪酬待遇',
        text: '请问夜班补贴是按小时还是按班次计算？',
      })
    ).id;
    const accepted = await cloud.ok(GRASS_ORGANIZER, 'voice', 'accept', { id });
    expect(accepted.status).toBe('accepted');
    expectError(await cloud.call(GRASS_ORGANIZER, 'voice', 'accept', { id }), 'CONFLICT');
    expect(accepted.colleagues.map((c) => c.name)).toEqual(expect.arrayContaining(['李秀兰', '王建国']));
    const handed = await cloud.ok(GRASS_ORGANIZER, 'voice', 'assign', { id, to: ORGANIZER });
    expect(handed).toMatchObject({ status: 'processing', assignee: '李秀兰' });
    // Only someone who may handle this union's requests: not the other brigade's organizer.
    expectError(await cloud.call(GRASS_ORGANIZER, 'voice', 'assign', { id, to: ORGANIZER2 }), 'BAD_REQUEST');
    const mineOnly = await cloud.ok(ORGANIZER, 'voice', 'listQueue', { filter: 'open', assignedToMe: true });
    expect(mineOnly.items.map((i) => i.id)).toContain(id);

    const settings = await cloud.ok(ORGANIZER, 'voice', 'saveTemplate', {
      title: '补贴说明',
      text: '夜班补贴按班次计算，每班30元，随当月工资发放。',
    });
    const detail = await cloud.ok(ORGANIZER, 'voice', 'getRequest', { id });
    const template = detail.templates.find((t) => t.title === '补贴说明')!;
    expect(settings.templates.map((t) => t.id)).toContain(template.id);
    const answered = await cloud.ok(ORGANIZER, 'voice', 'reply', { id, text: template.text });
    expect(answered.status).toBe('answered');
    expect(answered.timeline.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'assigned', 'replied']);
    expect(answered.timeline[3].by).toBe('采油一大队 · 李秀兰');
  });

  it('tells the writer, who sees the reply unread until opened', async () => {
    expect(
      storedMessages(cloud, WORKER).filter((m) => m.kind === 'voice_reply' && m.body.includes('夜班补贴按班次计算')),
    ).toHaveLength(1);
    const list = await cloud.ok(WORKER, 'voice', 'listMine', {});
    expect(list.items.find((i) => i.id === id)?.unreadReplies).toBe(1);
    const mine = await cloud.ok(WORKER, 'voice', 'getMine', { id });
    expect(mine.may).toEqual({ addNote: true, rate: true, reopen: false });
    expect((await cloud.ok(WORKER, 'voice', 'listMine', {})).items.find((i) => i.id === id)?.unreadReplies).toBe(0);
  });

  it('only the writer may add to it, rate it or reopen it: anyone else gets NOT_FOUND', async () => {
    for (const other of [WORKER2, CADRE, ORGANIZER, GRASS_ORGANIZER]) {
      expectError(await cloud.call(other, 'voice', 'getMine', { id }), 'NOT_FOUND');
      expectError(await cloud.call(other, 'voice', 'addNote', { id, text: '补充一下' }), 'NOT_FOUND');
      expectError(await cloud.call(other, 'voice', 'rate', { id, rating: 'satisfied' }), 'NOT_FOUND');
      expectError(await cloud.call(other, 'voice', 'reopen', { id, reason: '不满意' }), 'NOT_FOUND');
    }
    const before = cloud
      .dump<{ _id: string; rating: unknown; notes: number }>('voice_requests')
      .find((d) => d._id === id)!;
    expect(before).toMatchObject({ rating: null, notes: 0 });
  });

  it('the writer adds to it, rates it 不满意, reopens it once, and rates the second answer', async () => {
    const noted = await cloud.ok(WORKER, 'voice', 'addNote', { id, text: '我们队是四班三倒，每班8小时。' });
    expect(noted.timeline.at(-1)).toMatchObject({ kind: 'note', by: '本人' });
    expectError(await cloud.call(WORKER, 'voice', 'reopen', { id, reason: '还没评价' }), 'CLOSED');
    const rated = await cloud.ok(WORKER, 'voice', 'rate', {
      id,
      rating: 'unsatisfied',
      comment: '没有说明倒班怎么算',
    });
    expect(rated).toMatchObject({
      status: 'rated',
      rating: 'unsatisfied',
      may: { rate: false, reopen: true, addNote: false },
    });
    const reopened = await cloud.ok(WORKER, 'voice', 'reopen', { id, reason: '请说明四班三倒的补贴标准' });
    expect(reopened).toMatchObject({ status: 'processing', rating: null, waiting: 'on_time' });
    expect(storedMessages(cloud, GRASS_ORGANIZER).some((m) => m.title === '诉求重新办理')).toBe(true);
    await cloud.ok(GRASS_ORGANIZER, 'voice', 'reply', { id, text: '四班三倒同样按班次计算，每班30元。' });
    await cloud.ok(WORKER, 'voice', 'rate', { id, rating: 'unsatisfied' });
    expectError(await cloud.call(WORKER, 'voice', 'reopen', { id, reason: '还是不满意' }), 'CLOSED');
    expectError(await cloud.call(GRASS_ORGANIZER, 'voice', 'reply', { id, text: '再答复' }), 'CLOSED');
  });
});

describe('duplicates, suggestions and closing', () => {
  it('merges a duplicate: it closes, its writer is told and sees the main request’s replies', async () => {
    const main = (await submitRequest(cloud, WORKER, { kind: 'suggestion', text: '建议在井场休息室配备微波炉。' })).id;
    const dup = (await submitRequest(cloud, CADRE, { kind: 'suggestion', text: '希望休息室能有微波炉热饭。' })).id;
    expectError(await cloud.call(GRASS_ORGANIZER, 'voice', 'merge', { id: dup, into: dup }), 'BAD_REQUEST');
    const merged = await cloud.ok(GRASS_ORGANIZER, 'voice', 'merge', { id: dup, into: main });
    expect(merged).toMatchObject({ status: 'closed', mergedInto: main });
    expect((await cloud.ok(GRASS_ORGANIZER, 'voice', 'getRequest', { id: main })).merged).toBe(1);
    await cloud.ok(GRASS_ORGANIZER, 'voice', 'reply', { id: main, text: '已为各井场休息室采购微波炉。' });
    const theirs = await cloud.ok(CADRE, 'voice', 'getMine', { id: dup });
    expect(theirs.mergedInto?.replies.map((r) => r.text)).toEqual(['已为各井场休息室采购微波炉。']);
    expect(
      storedMessages(cloud, CADRE)
        .filter((m) => m.kind === 'voice_reply')
        .map((m) => m.body)
        .join(),
    ).toContain('合并办理');
    const adopted = await cloud.ok(GRASS_ORGANIZER, 'voice', 'adopt', { id: main });
    expect(adopted.adopted).toBe(true);
    expectError(await cloud.call(GRASS_ORGANIZER, 'voice', 'adopt', { id: main }), 'CONFLICT');
  });

  it('adopts only suggestions, and closes with a reason the writer is told', async () => {
    const id = (
      await submitRequest(cloud, WORKER, { kind: 'help', text: '家中老人住院，希望了解大病救助的申请方式。' })
    ).id;
    expectError(await cloud.call(GRASS_ORGANIZER, 'voice', 'adopt', { id }), 'BAD_REQUEST');
    const closed = await cloud.ok(GRASS_ORGANIZER, 'voice', 'close', {
      id,
      reason: '已电话联系本人，按大病救助流程办理。',
    });
    expect(closed.status).toBe('closed');
    expect(storedMessages(cloud, WORKER).some((m) => m.body.includes('已电话联系本人'))).toBe(true);
    expectError(await cloud.call(GRASS_ORGANIZER, 'voice', 'close', { id, reason: '再关闭' }), 'CONFLICT');
  });
});

describe('an organizer of another brigade', () => {
  it('gets NOT_FOUND for every step on a request of the first brigade, and it is not in their queue', async () => {
    const id = (await submitRequest(cloud, WORKER, { text: '宿舍楼热水供应时间太短。' })).id;
    const other = ORGANIZER2;
    expectError(await cloud.call(other, 'voice', 'getRequest', { id }), 'NOT_FOUND');
    expectError(await cloud.call(other, 'voice', 'accept', { id }), 'NOT_FOUND');
    expectError(await cloud.call(other, 'voice', 'assign', { id, to: other }), 'NOT_FOUND');
    expectError(await cloud.call(other, 'voice', 'reply', { id, text: '答复' }), 'NOT_FOUND');
    expectError(await cloud.call(other, 'voice', 'merge', { id, into: 'v-demo-heating' }), 'NOT_FOUND');
    expectError(await cloud.call(other, 'voice', 'adopt', { id }), 'NOT_FOUND');
    expectError(await cloud.call(other, 'voice', 'close', { id, reason: '关闭' }), 'NOT_FOUND');
    expectError(await cloud.call(other, 'voice', 'listQueue', { unitId: 'u-grass-1' }), 'NOT_FOUND');
    expectError(await cloud.call(other, 'voice', 'getDashboard', { unitId: 'u-brigade-1' }), 'NOT_FOUND');
    const q = await cloud.ok(other, 'voice', 'listQueue', { filter: 'all' });
    expect(q.items.map((i) => i.id)).not.toContain(id);
    const doc = cloud.dump<{ _id: string; status: string; rev: number }>('voice_requests').find((d) => d._id === id)!;
    expect(doc).toMatchObject({ status: 'submitted', rev: 0 });
  });

  it('a grassroots organizer sees only their own union', async () => {
    const id = (await submitRequest(cloud, WORKER2, { text: '二队班车时间能否调整？' })).id;
    expectError(await cloud.call(GRASS_ORGANIZER, 'voice', 'getRequest', { id }), 'NOT_FOUND');
    expect((await cloud.ok(ORGANIZER, 'voice', 'getRequest', { id })).unitName).toBe('采油二队工会');
  });
});
