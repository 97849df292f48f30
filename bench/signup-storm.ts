/**
 * The cancel storm: on an event that a rush left full (places and waitlist), every confirmed member
 * cancels while new members sign up, all at once. What must hold: each cancel answers in time and
 * without CONFLICT, the freed places go to the waitlist in order and to nobody twice, capacity is
 * never exceeded in any state we observe while it runs, and at the end no place is free while
 * someone waits. Every promotion has exactly one in-app message.
 */
import { atMost, exactly, info, round, type Figure } from './figure';
import type { LoadGenerator } from './support/load-generator';
import type { BenchLocal } from './support/local';
import { summarise } from './support/stats';
import { describeCounts, meanRequests, rushCalls, stateOf, tally } from './signup-ours';
import type { MyRegistration } from '../domain/contract/event';

interface StoredReg {
  _id: string;
  eventId: string;
  openid: string;
  state: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Confirmed registrations of the event as stored right now (a direct look at the database). */
function confirmedNow(local: BenchLocal, eventId: string): number {
  let n = 0;
  for (const r of local.host.engine.dump('registrations') as unknown as StoredReg[])
    if (r.eventId === eventId && r.state === 'confirmed') n += 1;
  return n;
}

export async function cancelStorm(
  local: BenchLocal,
  phones: LoadGenerator,
  opts: { eventId: string; capacity: number; cancellers: string[]; newcomers: string[]; label: string },
): Promise<Figure[]> {
  const { eventId, capacity } = opts;
  const L = opts.label;
  // Watch the stored state while the storm runs: capacity must hold in every state we see.
  let running = true;
  let maxConfirmed = 0;
  let samples = 0;
  const watcher = (async () => {
    while (running) {
      maxConfirmed = Math.max(maxConfirmed, confirmedNow(local, eventId));
      samples += 1;
      await sleep(25);
    }
  })();

  const calls = [
    ...opts.cancellers.map((o) => ({ o, cancel: true })),
    ...opts.newcomers.map((o) => ({ o, cancel: false })),
  ].sort(() => Math.random() - 0.5);
  const kind = new Map(calls.map((c) => [c.o, c.cancel]));
  const started = performance.now();
  const { answers, wallMs } = await rushCalls<MyRegistration>(
    phones,
    calls.map((c) => c.o),
    (o) => ({
      fn: 'event',
      event: kind.get(o)
        ? { action: 'cancel', input: { eventId } }
        : { action: 'signUp', input: { eventId, answers: [] } },
    }),
  );
  // The end state once what the calls chained (fills, deliveries) has finished too; capacity is
  // watched until then.
  await local.host.idle();
  running = false;
  await watcher;
  void started;

  const cancels = answers.filter((a) => kind.get(a.openid));
  const signUps = answers.filter((a) => !kind.get(a.openid));
  const cancelLatency = summarise(cancels.filter((a) => a.res).map((a) => a.res!.ms));
  const cancelCounts = tally(cancels);
  const signUpCounts = tally(signUps);

  const regs = (local.host.engine.dump('registrations') as unknown as StoredReg[]).filter((r) => r.eventId === eventId);
  const confirmed = regs.filter((r) => r.state === 'confirmed').length;
  const waiting = regs.filter((r) => r.state === 'waitlisted').length;
  const messages = (
    local.host.engine.dump('messages') as unknown as { openid: string; kind: string; page: string }[]
  ).filter((m) => m.kind === 'waitlist_promoted' && m.page.endsWith(`id=${eventId}`));
  const perMember = new Map<string, number>();
  for (const m of messages) perMember.set(m.openid, (perMember.get(m.openid) ?? 0) + 1);
  const promotedTwice = [...perMember.values()].filter((n) => n > 1).length;
  const promotedRegs = (
    local.host.engine.dump('registrations') as unknown as (StoredReg & { promotedAt?: unknown })[]
  ).filter((r) => r.eventId === eventId && r.promotedAt);
  const notNotified = promotedRegs.filter((r) => !perMember.has(r.openid)).length;

  return [
    info(
      `${L}: setup`,
      `${opts.cancellers.length} cancels + ${opts.newcomers.length} sign-ups`,
      '',
      `at once, on a full event of ${capacity} places`,
    ),
    info(`${L}: wall time`, round(wallMs / 1000, 2), 's'),
    info(
      `${L}: cancel latency p50`,
      round(cancelLatency.p50),
      'ms',
      `${round(meanRequests(cancels), 2)} db requests a cancel, ${round(meanRequests(signUps), 2)} a sign-up`,
    ),
    info(`${L}: cancel latency p95`, round(cancelLatency.p95), 'ms'),
    atMost(`${L}: slowest cancel`, round(cancelLatency.max), 'ms', 3000),
    exactly(
      `${L}: cancels not answered "cancelled"`,
      cancels.length - (cancelCounts.cancelled ?? 0),
      'calls',
      0,
      describeCounts(cancelCounts),
    ),
    exactly(
      `${L}: CONFLICT answers`,
      (cancelCounts.CONFLICT ?? 0) + (signUpCounts.CONFLICT ?? 0),
      'calls',
      0,
      `sign-ups: ${describeCounts(signUpCounts)}`,
    ),
    exactly(
      `${L}: INTERNAL or lost answers`,
      (cancelCounts.INTERNAL ?? 0) +
        (signUpCounts.INTERNAL ?? 0) +
        (cancelCounts.transport ?? 0) +
        (signUpCounts.transport ?? 0),
      'calls',
      0,
    ),
    exactly(`${L}: members promoted twice`, promotedTwice, 'members', 0, `${messages.length} promotion messages`),
    exactly(`${L}: promotions without their message`, notNotified, 'members', 0, `${promotedRegs.length} promoted`),
    exactly(
      `${L}: places beyond capacity in any observed state`,
      Math.max(0, maxConfirmed - capacity),
      'places',
      0,
      `max ${maxConfirmed} confirmed over ${samples} samples`,
    ),
    exactly(
      `${L}: places unused while someone waits (end)`,
      waiting > 0 ? Math.max(0, capacity - confirmed) : 0,
      'places',
      0,
      `${confirmed} confirmed, ${waiting} waiting`,
    ),
    info(
      `${L}: sign-up answers`,
      describeCounts(signUpCounts),
      '',
      signUps.filter((a) => stateOf(a) === 'confirmed').length
        ? 'confirmed means a place went past the waitlist only once it was empty'
        : undefined,
    ),
  ];
}
