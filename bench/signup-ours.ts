/**
 * Our half of the sign-up rush: `members` call event.signUp at once for `places` places and a
 * waitlist of `waitlist`, then the outcome is checked against what is stored (the organizer's own
 * views and the database) and against the order in which the calls reached the server.
 */
import { exactly, info, type Figure } from './figure';
import type { CallResult, FunctionClient } from './support/http';
import type { LoadGenerator, RushAnswer } from './support/load-generator';
import type { BenchLocal } from './support/local';
import { createOpenEvent } from './support/event';
import { okInvoke } from './support/invoke';
import { summarise, type LatencySummary } from './support/stats';
import { PERSONAS } from '../demo/union';
import type { MyRegistration, RegistrationState } from '../domain/contract/event';

export interface Answer {
  openid: string;
  res: CallResult<MyRegistration> | null;
  /** The transport failure, when the HTTP call itself failed. */
  failed?: string;
}

export interface OurRush {
  eventId: string;
  answers: Answer[];
  wallMs: number;
  perSecond: number;
  latency: LatencySummary;
  counts: Record<string, number>;
  /** Database requests per call, on average (the server's count, x-db-requests). */
  requestsPerCall: number;
  invariants: Figure[];
}

export const meanRequests = (answers: { res: CallResult<unknown> | null }[]): number => {
  const got = answers.filter((a) => a.res && Number.isFinite(a.res.dbRequests));
  return got.length ? got.reduce((n, a) => n + a.res!.dbRequests, 0) / got.length : NaN;
};

export const stateOf = (a: Answer): string =>
  a.res ? (a.res.envelope.ok ? a.res.envelope.data.state : a.res.envelope.error.code) : 'transport';

export function tally(answers: Answer[]): Record<string, number> {
  const t: Record<string, number> = {};
  for (const a of answers) t[stateOf(a)] = (t[stateOf(a)] ?? 0) + 1;
  return t;
}

export const describeCounts = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** Issues every call at once from the load generator's process, and keeps who answered what. */
export function rushCalls<T>(
  phones: LoadGenerator,
  openids: string[],
  plan: (openid: string) => { fn: string; event: unknown },
): Promise<{ answers: RushAnswer<T>[]; wallMs: number }> {
  return phones.rush<T>(openids.map((openid) => ({ openid, ...plan(openid) })));
}

/**
 * First come, first served, as the client saw arrivals: members refused (FULL) although their call
 * reached the server before the last admitted one's, more than `slackMs` before it.
 */
export function refusedBeforeLastAdmitted(answers: Answer[], slackMs: number): number {
  const admitted = answers.filter((a) => a.res?.envelope.ok);
  if (!admitted.length) return 0;
  const last = Math.max(...admitted.map((a) => a.res!.sentAt));
  return answers.filter((a) => stateOf(a) === 'FULL' && a.res!.sentAt < last - slackMs).length;
}

/** Pairs of waitlisted members whose positions contradict their arrival by more than `slackMs`. */
export function positionsOutOfArrivalOrder(answers: Answer[], slackMs: number): number {
  const waiting = answers
    .filter((a) => stateOf(a) === 'waitlisted')
    .map((a) => ({ at: a.res!.sentAt, pos: (a.res!.envelope as { data: MyRegistration }).data.position ?? 0 }));
  let bad = 0;
  for (const x of waiting) for (const y of waiting) if (x.at + slackMs < y.at && x.pos > y.pos) bad += 1;
  return bad;
}

export async function ourSignupRush(
  local: BenchLocal,
  client: FunctionClient,
  phones: LoadGenerator,
  openids: string[],
  opts: { places: number; waitlist: number; title: string; slackMs: number; label: string },
): Promise<OurRush> {
  const admin = PERSONAS.admin.openid;
  const eventId = await createOpenEvent(local.host, opts.title, opts.places, opts.waitlist);
  // Warm the function outside the measured rush.
  await client.call('event', admin, { action: 'getEvent', input: { eventId } });

  const { answers, wallMs } = await rushCalls<MyRegistration>(phones, openids, () => ({
    fn: 'event',
    event: { action: 'signUp', input: { eventId, answers: [] } },
  }));
  const answered = answers.filter((a) => a.res);
  const counts = tally(answers);

  const stored = async (state?: RegistrationState) =>
    (
      await okInvoke(local.host, admin, 'event', 'listRegistrations', {
        eventId,
        page: 1,
        pageSize: 1,
        ...(state ? { state } : {}),
      })
    ).total;
  const [confirmed, waitlisted, all] = [await stored('confirmed'), await stored('waitlisted'), await stored()];
  const editor = await okInvoke(local.host, admin, 'event', 'getEditor', { eventId });
  const seats = editor.event?.seats;
  const positions = answers
    .filter((a) => stateOf(a) === 'waitlisted')
    .map((a) => (a.res!.envelope as { data: MyRegistration }).data.position ?? 0);
  const distinctPositions = new Set(positions).size;
  const errors = (counts.CONFLICT ?? 0) + (counts.INTERNAL ?? 0) + (counts.transport ?? 0);
  const L = opts.label;
  return {
    eventId,
    answers,
    wallMs,
    perSecond: (answered.length / wallMs) * 1000,
    latency: summarise(answered.map((a) => a.res!.ms)),
    counts,
    requestsPerCall: meanRequests(answers),
    invariants: [
      exactly(`${L}: confirmed answers`, counts.confirmed ?? 0, 'members', opts.places),
      exactly(`${L}: waitlisted answers`, counts.waitlisted ?? 0, 'members', opts.waitlist),
      exactly(`${L}: FULL answers`, counts.FULL ?? 0, 'members', openids.length - opts.places - opts.waitlist),
      exactly(`${L}: CONFLICT, INTERNAL or lost answers`, errors, 'calls', 0, describeCounts(counts)),
      exactly(
        `${L}: stored confirmed − places`,
        confirmed - opts.places,
        '',
        0,
        `${confirmed} confirmed, ${waitlisted} waitlisted, ${all} stored`,
      ),
      exactly(
        `${L}: counters − stored`,
        Math.abs((seats?.confirmed ?? NaN) - confirmed) + Math.abs((seats?.waitlisted ?? NaN) - waitlisted),
        '',
        0,
        `counter ${seats?.confirmed} confirmed, ${seats?.waitlisted} waitlisted`,
      ),
      exactly(
        `${L}: waitlist positions not 1..${opts.waitlist}, each once`,
        opts.waitlist - distinctPositions + positions.filter((p) => p < 1 || p > opts.waitlist).length,
        '',
        0,
      ),
      exactly(
        `${L}: members refused although they arrived before the last admitted`,
        refusedBeforeLastAdmitted(answers, opts.slackMs),
        'members',
        0,
        `beyond one round trip (${opts.slackMs} ms); ${refusedBeforeLastAdmitted(answers, 0)} with no slack at all`,
      ),
      info(
        `${L}: waitlist position pairs against arrival order`,
        positionsOutOfArrivalOrder(answers, opts.slackMs),
        'pairs',
        `beyond ${opts.slackMs} ms; ${positionsOutOfArrivalOrder(answers, 0)} with no slack`,
      ),
    ],
  };
}
