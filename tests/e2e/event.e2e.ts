/**
 * A worker signs up for the demo 夏送清凉 from its page, sees the code, and cancels; the member who
 * was first on the waitlist is promoted at once and finds it in their messages and registrations.
 */
import { DEMO_EVENTS } from '../../demo/seed-events';
import { PERSONAS, demoMembers } from '../../demo/union';
import type { Envelope } from '../../domain/contract/envelope';
import type { MyRegistration } from '../../domain/contract/event';
import { startApp, type App } from './support/app';

let app: App;
const eventId = DEMO_EVENTS.summer;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

/** Signs a member up through the event function, as their own phone would. */
async function signUp(openid: string): Promise<MyRegistration> {
  const res = await app.local.host.invoke(
    'event',
    { action: 'signUp', input: { eventId, answers: [] } },
    { openid, source: 'wx_client' },
  );
  if (!res.ok) throw new Error(`signUp failed: ${res.errMsg}`);
  const env = res.result as Envelope<MyRegistration>;
  if (!env.ok) throw new Error(`signUp refused: ${env.error.code}`);
  return env.data;
}

it('signs up from the event page, shows the code, cancels, and the first in line is promoted and told', async () => {
  const worker = await app.pageAs('worker', `/pages/event-detail/index?id=${eventId}`);
  await worker.getByText('夏送清凉慰问一线职工').first().waitFor();
  // Five places, two taken by demo members.
  await worker.locator('.event-detail__places-left', { hasText: '3' }).waitFor();

  await worker.getByText('立即报名').click();
  // The form: its optional choice pre-filled from nothing; pick one and submit.
  await worker.getByText('饮品偏好').waitFor();
  await worker.locator('.member-event-signup__chip', { hasText: '绿豆汤' }).click();
  await worker.getByText('提交报名').click();

  // Back on the event: confirmed, with the way to the check-in code, and no internal id on screen.
  const detail = worker.locator('.event-detail:visible');
  await detail.locator('.uh-reg-status').getByText('已确认').waitFor({ timeout: 15_000 });
  await detail.getByText('出示签到码').waitFor();
  expect(await detail.innerText()).not.toContain(PERSONAS.worker.openid);
  await worker.locator('.event-detail__places-left', { hasText: '2' }).waitFor();

  // Two more demo members fill the event; 陈明 (worker2) joins the waitlist.
  const [a, b] = demoMembers().slice(2, 4);
  expect((await signUp(a.openid)).state).toBe('confirmed');
  expect((await signUp(b.openid)).state).toBe('confirmed');
  expect(await signUp(PERSONAS.worker2.openid)).toMatchObject({ state: 'waitlisted', position: 1 });

  await detail.locator('.event-detail__cancel').click();
  await worker.locator('.taro-modal__foot').getByText('确定取消', { exact: true }).click();
  await detail.locator('.uh-reg-status').getByText('已取消').waitFor({ timeout: 15_000 });

  // 陈明 was promoted in the same transaction and has an in-app message about it.
  const promoted = await app.pageAs('worker2', '/packages/member/messages/index');
  await promoted.getByText('候补转正通知').first().waitFor({ timeout: 15_000 });
  await promoted.getByText('夏送清凉慰问一线职工', { exact: false }).first().waitFor();

  const mine = await app.pageAs('worker2', '/packages/checkin/mine/index');
  const item = mine.locator('.checkin-mine__item', { hasText: '夏送清凉慰问一线职工' });
  await item.getByText('已确认').waitFor({ timeout: 15_000 });
  await item.getByText('出示签到码').waitFor();
  expect(await item.innerText()).not.toContain(PERSONAS.worker2.openid);
});
