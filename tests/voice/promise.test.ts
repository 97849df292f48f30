/**
 * Routing and the promise, through the local cloud with the clock moved: a request goes to the
 * writer's grassroots union with a promise counted in China working days (National Day and its
 * make-up Saturday included), escalates to the brigade and then the branch when nobody answers —
 * whoever reads it first, or the timer's sweep when nobody does — and the next union's organizers
 * are told. A union sets its own days.
 */
import { setClock, cloudForFile } from '../support/cloud';
import { GRASS_ORGANIZER, storedMessages, submitRequest } from './support';
import { ADMIN, ORGANIZER, WORKER, WORKER2 } from '../support/personas';
import { chinaAt } from '../support/time';

const cloud = cloudForFile();

afterEach(() => {
  jest.useRealTimers();
});

const stored = (id: string) =>
  cloud.dump<{ _id: string; stage: number; status: string }>('voice_requests').find((d) => d._id === id)!;

describe('a request sent the day before National Day 2026', () => {
  let id: string;

  it('is promised by the 3rd working day: Oct 8, 9 and the make-up Saturday Oct 10', async () => {
    setClock(chinaAt('2026-09-30 10:00'));
    const r = await submitRequest(cloud, WORKER);
    id = r.id;
    expect(r.handler).toBe('采油一队工会');
    expect(r.promise).toMatchObject({ days: 3, byDay: '2026年10月10日', waiting: 'on_time', answeredOnTime: null });
    expect(r.status).toBe('submitted');
  });

  it('is due today on Oct 10, still with the grassroots union', async () => {
    setClock(chinaAt('2026-10-10 09:00'));
    const r = await cloud.ok(WORKER, 'voice', 'getMine', { id });
    expect(r.waiting).toBe('due_today');
    expect(r.handler).toBe('采油一队工会');
  });

  it('escalates to the brigade when the writer opens it after the promise ran out, and the brigade is told', async () => {
    setClock(chinaAt('2026-10-11 08:00'));
    const r = await cloud.ok(WORKER, 'voice', 'getMine', { id });
    expect(r.handler).toBe('采油一大队');
    const esc = r.timeline.filter((e) => e.kind === 'escalated');
    expect(esc).toHaveLength(1);
    // Recorded at the moment it fell due (midnight ending Oct 10), not when it was read.
    expect(esc[0].at).toBe(chinaAt('2026-10-11 00:00'));
    expect(esc[0].label).toContain('采油一大队');
    expect(r.waiting).toBe('on_time');
    const told = storedMessages(cloud, ORGANIZER).filter((m) => m.kind === 'voice_escalated');
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('超过3个工作日未答复');
    // Read again: nothing more happens.
    await cloud.ok(WORKER, 'voice', 'getMine', { id });
    expect(stored(id).stage).toBe(1);
    expect(storedMessages(cloud, ORGANIZER).filter((m) => m.kind === 'voice_escalated')).toHaveLength(1);
  });

  it('reaches the branch after the brigade’s 3 working days (Oct 12-14) when the organizer queue is read', async () => {
    setClock(chinaAt('2026-10-15 09:00'));
    const q = await cloud.ok(ADMIN, 'voice', 'listQueue', { filter: 'overdue' });
    const row = q.items.find((i) => i.id === id)!;
    expect(row).toMatchObject({ handler: '青河油田第一分公司', escalated: true, waiting: 'on_time' });
    expect(storedMessages(cloud, ADMIN).filter((m) => m.kind === 'voice_escalated')).toHaveLength(1);
    // Past the branch's own days too: overdue, and nowhere higher to go.
    setClock(chinaAt('2026-10-21 09:00'));
    const later = await cloud.ok(ADMIN, 'voice', 'listQueue', { filter: 'overdue' });
    expect(later.items.find((i) => i.id === id)).toMatchObject({ waiting: 'overdue', handler: '青河油田第一分公司' });
    expect(stored(id).stage).toBe(2);
  });

  it('an answer now is late against the promise made to the writer', async () => {
    const r = await cloud.ok(ADMIN, 'voice', 'reply', { id, text: '已协调食堂，夜班保留一个窗口。' });
    expect(r.status).toBe('answered');
    expect(r.promise.answeredOnTime).toBe(false);
    expect(r.waiting).toBeNull();
  });
});

describe('the timer sweep and a union’s own promise', () => {
  it('escalates a request nobody reads, once', async () => {
    setClock(chinaAt('2026-11-02 10:00'));
    const r = await submitRequest(cloud, WORKER2, { text: '班组休息室的空调坏了，希望尽快维修。' });
    expect(r.promise.byDay).toBe('2026年11月5日');
    setClock(chinaAt('2026-11-06 10:00'));
    const fired = await cloud.host.fireTrigger('voice', 'sweep');
    if (!fired.ok) throw new Error(fired.errMsg);
    expect((fired.result as { data: { escalated: number } }).data.escalated).toBeGreaterThanOrEqual(1);
    expect(stored(r.id).stage).toBe(1);
    await cloud.host.fireTrigger('voice', 'sweep');
    expect(stored(r.id).stage).toBe(1);
  });

  it('uses the days the grassroots union set, and the first reply in time counts as on time', async () => {
    setClock(chinaAt('2026-10-09 10:00'));
    const s = await cloud.ok(GRASS_ORGANIZER, 'voice', 'saveSettings', { promiseDays: 5 });
    expect(s).toMatchObject({ unitId: 'u-grass-1', promiseDays: 5 });
    const r = await submitRequest(cloud, WORKER, { text: '希望更衣室增加储物柜。' });
    // Sat Oct 10 (make-up working day), Mon 12 ... Thu 15.
    expect(r.promise).toMatchObject({ days: 5, byDay: '2026年10月15日' });
    setClock(chinaAt('2026-10-14 16:00'));
    const answered = await cloud.ok(GRASS_ORGANIZER, 'voice', 'reply', {
      id: r.id,
      text: '已申请采购储物柜，预计月底安装。',
    });
    expect(answered.promise.answeredOnTime).toBe(true);
    await cloud.ok(GRASS_ORGANIZER, 'voice', 'saveSettings', { promiseDays: 3 });
  });
});
