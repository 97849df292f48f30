/**
 * Our half of the sign-up rush: the event function's signUp, then the invariants checked through
 * the organizer's own views (registrations by state, the event's seat counter).
 */
import { exactly, type Figure } from './figure';
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
  invariants: Figure[];
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
  const confirmedResponses = okResponses.filter((x) => x.envelope.ok && x.envelope.data.state === 'confirmed').length;
  const full = r.results.filter((x) => !x.envelope.ok && x.envelope.error.code === 'FULL').length;
  const distinctIds = new Set(okResponses.map((x) => (x.envelope.ok ? x.envelope.data.id : ''))).size;

  return {
    rush: r,
    confirmed,
    invariants: [
      exactly('sign-up rush (ours): confirmed answers', confirmedResponses, 'members', places),
      exactly('sign-up rush (ours): FULL answers', full, 'members', openids.length - places),
      exactly('sign-up rush (ours): counter − stored confirmed', counter - confirmed, '', 0, `counter ${counter}`),
      exactly('sign-up rush (ours): registrations stored − distinct', all - distinctIds, '', 0, `${all} stored, ${distinctIds} distinct ids answered`),
    ],
  };
}
