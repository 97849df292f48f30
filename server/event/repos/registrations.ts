import type { RegistrationState } from '../../../domain/contract/event-model';
import { collection, command } from '../../lib/collection';
import { row, rows, totalOf } from '../../lib/results';
import type { RegistrationDoc } from './docs';

const registrations = () => collection('registrations');

export async function findRegistration(id: string): Promise<RegistrationDoc | null> {
  return row<RegistrationDoc>(await registrations().doc(id).get());
}

/** A member's registrations, latest sign-up first. */
export async function listMemberRegistrations(openid: string, limit: number): Promise<RegistrationDoc[]> {
  return rows<RegistrationDoc>(await registrations().where({ openid }).orderBy('signedUpAt', 'desc').limit(limit).get());
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
export type AnswerHistory = Pick<RegistrationDoc, '_id' | 'eventId' | 'state' | 'answers'>;

export async function latestAnswers(openid: string, count: number): Promise<AnswerHistory[]> {
  return rows<AnswerHistory>(
    await registrations().where({ openid }).orderBy('signedUpAt', 'desc').limit(count).field({ eventId: true, state: true, answers: true }).get(),
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
