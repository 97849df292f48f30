/**
 * Our half of the sign-up rush: the event function's signUp, then what was stored, read through the
 * organizer's own views (registrations by state, the event's seat counter).
 */
import type { FunctionClient } from './support/http';
import type { BenchLocal } from './support/local';
import { rush, type RushOutcome } from './support/rush';
import { createOpenEvent } from './support/event';
import { okInvoke } from './support/invoke';
import { PERSONAS } from '../demo/union';
import type { MyRegistration, RegistrationState } from '../domain/contract/event';

export interface OurRush {
  rush: RushOutcome<MyRegistration>;
  /** Registrations stored as confirmed after the rush. */
  confirmed: number;
  /** The event's seat counter minus the confirmed registrations stored (0 when consistent). */
  counterDrift: number;
  /** Registrations stored minus the distinct ids answered (0: nobody stored twice or unanswered). */
  storedMinusDistinct: number;
  confirmedAnswers: number;
  /** Mean database requests per call, as the server counted them. */
  requestsPerCall: number;
}

export async function ourSignupRush(local: BenchLocal, client: FunctionClient, openids: string[], places: number, title: string): Promise<OurRush> {
  const admin = PERSONAS.admin.openid;
  // No waitlist, like the naive one: places, then FULL.
  const eventId = await createOpenEvent(local.host, title, places, 0);
  // Warm the function outside the measured rush.
  await client.call('event', admin, { action: 'detail', input: { eventId } });

  const r = await rush(openids.length, (i) => client.call<MyRegistration>('event', openids[i], { action: 'signUp', input: { eventId, answers: [] } }));

  const stored = async (state?: RegistrationState) =>
    (await okInvoke(local.host, admin, 'event', 'registrations', { eventId, page: 1, pageSize: 1, ...(state ? { state } : {}) })).total;
  const confirmed = await stored('confirmed');
  const all = await stored();
  const editor = await okInvoke(local.host, admin, 'event', 'editorData', { eventId });
  const counter = editor.event?.seats.confirmed ?? NaN;
  const okResponses = r.results.filter((x) => x.envelope.ok);
  const distinctIds = new Set(okResponses.map((x) => (x.envelope.ok ? x.envelope.data.id : ''))).size;
  const requests = r.results.map((x) => x.dbRequests).filter(Number.isFinite);
  return {
    rush: r,
    confirmed,
    counterDrift: counter - confirmed,
    storedMinusDistinct: all - distinctIds,
    confirmedAnswers: okResponses.filter((x) => x.envelope.ok && x.envelope.data.state === 'confirmed').length,
    requestsPerCall: requests.length ? requests.reduce((a, b) => a + b, 0) / requests.length : NaN,
  };
}
