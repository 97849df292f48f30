import type { RegistrationState } from '../../../domain/contract/event-model';
import { db } from '../../lib/cloud';
import { collection, command } from '../../lib/collection';
import { addOnce } from '../../lib/db-errors';
import { listOf, row, rows, totalOf, updatedOf } from '../../lib/results';
import type { RegistrationDoc } from './docs';

const registrations = () => collection('registrations');

export async function findRegistration(id: string): Promise<RegistrationDoc | null> {
  return row<RegistrationDoc>(await registrations().doc(id).get());
}

/** Remembers the 报名码 shown to the member, so an organizer can find the registration by it. */
export async function recordSignupCode(id: string, code: string, round: number): Promise<void> {
  await registrations()
    .doc(id)
    .update({ data: { signupCode: code, signupCodeRound: round } });
}

/** The registrations of an event holding this 报名码 (normally one; a collision shows as two). */
export async function findBySignupCode(eventId: string, code: string): Promise<RegistrationDoc[]> {
  return rows<RegistrationDoc>(await registrations().where({ eventId, signupCode: code }).limit(2).get());
}

/** A member's registrations, latest sign-up first. */
export async function listMemberRegistrations(openid: string, limit: number): Promise<RegistrationDoc[]> {
  return rows<RegistrationDoc>(
    await registrations().where({ openid }).orderBy('signedUpAt', 'desc').limit(limit).get(),
  );
}

/** A member's registrations for some events (one query, for lists of events). */
export async function findMemberRegistrationsFor(openid: string, eventIds: string[]): Promise<RegistrationDoc[]> {
  if (!eventIds.length) return [];
  const _ = command();
  return rows<RegistrationDoc>(
    await registrations()
      .where({ openid, eventId: _.in(eventIds) })
      .limit(Math.min(eventIds.length, 1000))
      .field({ answers: false })
      .get(),
  );
}

/** The member's latest registrations (newest first) with their answers, for pre-filling a new form. */
export type AnswerHistory = Pick<RegistrationDoc, '_id' | 'eventId' | 'state' | 'answers' | 'waitKey'>;

export async function latestAnswers(openid: string, count: number): Promise<AnswerHistory[]> {
  return rows<AnswerHistory>(
    await registrations()
      .where({ openid })
      .orderBy('signedUpAt', 'desc')
      .limit(count)
      .field({ eventId: true, state: true, answers: true, waitKey: true })
      .get(),
  );
}

/** An event's registrations in sign-up order, optionally of one state, a page at a time. */
export async function listEventRegistrations(
  eventId: string,
  state: RegistrationState | undefined,
  skip: number,
  limit: number,
): Promise<{ items: RegistrationDoc[]; total: number }> {
  const where: Record<string, unknown> = { eventId };
  if (state) where.state = state;
  const [list, count] = await Promise.all([
    registrations().where(where).orderBy('signedUpAt', 'asc').skip(skip).limit(limit).get(),
    registrations().where(where).count(),
  ]);
  return { items: rows<RegistrationDoc>(list), total: totalOf(count) };
}

/** Adds a registration under its deterministic id; false when one exists (the member is, or was, in). */
export async function insertRegistration(
  doc: RegistrationDoc | (Omit<RegistrationDoc, 'waitKey'> & { waitKey: unknown }),
): Promise<boolean> {
  return addOnce(() => registrations().add({ data: doc }));
}

/** Documents from before sign-up rounds count as round 1. */
function roundIs(round: number): object {
  const _ = command();
  return round === 1 ? _.or([{ round: 1 }, { round: _.exists(false) }]) : { round };
}

/** Objects and arrays are replaced whole (a plain object in an update would be merged key by key). */
function asUpdate(patch: Record<string, unknown>): Record<string, unknown> {
  const _ = command();
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const plain =
      value !== null &&
      typeof value === 'object' &&
      !(value instanceof Date) &&
      (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
    data[key] = plain ? _.set(value) : value;
  }
  return data;
}

/**
 * Moves one sign-up (`round`) of a registration from `from` to what `patch` says, only if it is
 * still there: two callers (a double tap, two organizers, a promoter and the member) get one
 * success. `extra` adds conditions (a cancel deadline). `fields` are update operators kept as they
 * are (an outbox intent).
 */
export async function moveRegistration(
  id: string,
  from: RegistrationState,
  round: number,
  patch: Partial<RegistrationDoc>,
  extra: Record<string, unknown> = {},
  fields: Record<string, unknown> = {},
): Promise<boolean> {
  const _ = command();
  const res = await registrations()
    .where(_.and([{ _id: id, state: from, ...extra }, roundIs(round)]))
    .update({ data: { ...asUpdate(patch as Record<string, unknown>), ...fields } });
  return updatedOf(res) === 1;
}

/**
 * A member who cancelled signs up again over the same id: the new sign-up replaces the old one's
 * fields (round + 1), keeping its first sign-up time and any messages still owed to them.
 */
export async function rejoinRegistration(id: string, round: number, fresh: Record<string, unknown>): Promise<boolean> {
  const _ = command();
  const { _id, createdAt, outbox, outboxDue, ...rest } = fresh;
  void _id;
  void createdAt;
  void outbox;
  void outboxDue;
  const res = await registrations()
    .where(_.and([{ _id: id, state: 'cancelled' }, roundIs(round)]))
    .update({ data: { ...asUpdate(rest), round: round + 1 } });
  return updatedOf(res) === 1;
}

/** Registrations of an event with messages still to deliver (a sweep after a crash). */
export async function withPendingNotices(eventId: string, limit: number): Promise<RegistrationDoc[]> {
  const _ = command();
  return rows<RegistrationDoc>(
    await registrations()
      .where({ eventId, outboxDue: _.gt(0) })
      .limit(limit)
      .get(),
  );
}

/** Some registrations by id (one request, ≤ 100). */
export async function findRegistrations(ids: string[]): Promise<RegistrationDoc[]> {
  if (!ids.length) return [];
  const _ = command();
  return rows<RegistrationDoc>(
    await registrations()
      .where({ _id: _.in(ids) })
      .limit(Math.min(ids.length, 100))
      .get(),
  );
}

/** How many registrations of an event hold each state under each quota key (a recount). */
export async function countByStateAndQuota(
  eventId: string,
): Promise<{ state: RegistrationState; quotaUnitId: string; n: number }[]> {
  const $ = db().command.aggregate;
  const res = await registrations()
    .aggregate()
    .match({ eventId })
    .group({ _id: { state: '$state', quotaUnitId: '$quotaUnitId' }, n: $.sum(1) })
    .limit(100)
    .end();
  return listOf<{ _id: { state: RegistrationState; quotaUnitId: string | null }; n: number }>(res).map((g) => ({
    state: g._id.state,
    quotaUnitId: g._id.quotaUnitId ?? '',
    n: g.n,
  }));
}

/** The cancel deadline copied onto an event's registrations when an organizer moves it. */
export async function setCancelBy(eventId: string, cancelBy: Date): Promise<void> {
  await registrations().where({ eventId }).update({ data: { cancelBy } });
}
