/**
 * The waitlist is the event's waiting registrations, in the order of `waitKey` (the database's clock
 * when each joined, written with serverDate) and then `_id`. A position is a count over that order,
 * never a number stored in a shared document: joining the line writes only the member's own
 * registration. Index: registrations (eventId, state, waitKey).
 */
import { collection, command } from '../../lib/collection';
import { rows, totalOf } from '../../lib/results';
import type { RegistrationDoc } from './docs';

const registrations = () => collection('registrations');

/** What a promoter needs of a waiting registration. */
export type Waiter = Pick<
  RegistrationDoc,
  '_id' | 'eventId' | 'openid' | 'quotaUnitId' | 'round' | 'waitKey' | 'state'
>;

const WAITER_FIELDS = {
  eventId: true,
  openid: true,
  quotaUnitId: true,
  round: true,
  waitKey: true,
  state: true,
} as const;

const inLine = (eventId: string) =>
  registrations().where({ eventId, state: 'waitlisted' }).orderBy('waitKey', 'asc').orderBy('_id', 'asc');

/** The first `limit` in line. */
export async function headOfLine(eventId: string, limit: number): Promise<Waiter[]> {
  return rows<Waiter>(await inLine(eventId).limit(limit).field(WAITER_FIELDS).get());
}

/**
 * One registration (whole) and the head of the line, in one request: what a departure needs to
 * know what it frees and whom it can go to. `reg` is null when it is neither found by id nor in
 * the first `limit` (a waiting member far back: the caller reads it on its own).
 */
export async function registrationAndHead(
  eventId: string,
  registrationId: string,
  limit: number,
): Promise<{ reg: RegistrationDoc | null; head: Waiter[] }> {
  const _ = command();
  const found = rows<RegistrationDoc>(
    await registrations()
      .where(_.and([{ eventId }, _.or([{ _id: registrationId }, { state: 'waitlisted' }])]))
      .orderBy('waitKey', 'asc')
      .orderBy('_id', 'asc')
      .limit(limit + 1)
      .get(),
  );
  return {
    reg: found.find((r) => r._id === registrationId) ?? null,
    head: found.filter((r) => r._id !== registrationId && r.state === 'waitlisted').slice(0, limit),
  };
}

/** 1-based place in line of a waiting registration (one count). */
export async function positionOf(reg: Pick<RegistrationDoc, '_id' | 'eventId' | 'waitKey'>): Promise<number> {
  const _ = command();
  const key = reg.waitKey ? new Date(reg.waitKey) : new Date(0);
  const ahead = await registrations()
    .where(
      _.and([
        { eventId: reg.eventId, state: 'waitlisted' },
        _.or([{ waitKey: _.lt(key) }, _.and([{ waitKey: _.lte(key) }, { _id: _.lt(reg._id) }])]),
      ]),
    )
    .count();
  return totalOf(ahead) + 1;
}

/**
 * A member's place in line right after joining: their index in the line as it stands (one
 * request), or null when they are no longer in it (promoted meanwhile) or beyond `limit`.
 */
export async function placeInLine(eventId: string, registrationId: string, limit: number): Promise<number | null> {
  const line = rows<{ _id: string }>(await inLine(eventId).limit(limit).field({ _id: true }).get());
  const i = line.findIndex((r) => r._id === registrationId);
  return i < 0 ? null : i + 1;
}

/** Positions of everyone in line (up to 1000), for organizer lists and exports. */
export async function linePositions(eventId: string): Promise<Map<string, number>> {
  const line = rows<{ _id: string }>(await inLine(eventId).limit(1000).field({ _id: true }).get());
  return new Map(line.map((r, i) => [r._id, i + 1]));
}
