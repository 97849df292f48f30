/**
 * Writing the registration once its place, slot or pending count is won: an insert under the
 * deterministic id `${eventId}_${openid}`. A duplicate means the member was already there: signed
 * up (the caller gives back what it won and answers with that registration), or cancelled (the new
 * sign-up takes over the same id as the next round). A waiting member then learns their place in
 * line from the line itself, read once the database's clock has moved past their joining.
 */
import { isActiveState } from '../../domain/contract/event-model';
import { db } from '../lib/cloud';
import { newRegistration, type NewSignUp } from './registration-doc';
import { roundOf, type RegistrationDoc } from './repos/docs';
import { findRegistration, insertRegistration, rejoinRegistration } from './repos/registrations';
import { placeInLine, positionOf } from './repos/waitlist';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The place in line of a member who just joined. The line is read once the clock is past their
 * waitKey, so nobody can still join ahead of them: everyone before them is in what we read.
 */
async function placeOf(
  reg: RegistrationDoc,
  joinedAt: number,
  waitlistSize: number,
): Promise<{ registration: RegistrationDoc; position: number | null }> {
  const settle = 2 - (Date.now() - joinedAt);
  if (settle > 0) await sleep(settle);
  const position = await placeInLine(reg.eventId, reg._id, Math.min(1000, waitlistSize + 20));
  if (position !== null) return { registration: reg, position };
  // Promoted already, or far back in a long line.
  const now = await findRegistration(reg._id);
  if (!now) return { registration: reg, position: null };
  return { registration: now, position: now.state === 'waitlisted' ? await positionOf(now) : null };
}

export async function writeRegistration(
  s: NewSignUp,
): Promise<{ registration: RegistrationDoc; position: number | null } | { existing: RegistrationDoc }> {
  const fresh = newRegistration(s);
  // The line's order comes from the database's clock, not ours: no caller can put itself ahead.
  const stored = s.state === 'waitlisted' ? { ...fresh, waitKey: db().serverDate() } : fresh;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await insertRegistration(stored)) {
      return s.state === 'waitlisted'
        ? placeOf(fresh, Date.now(), s.event.waitlistSize)
        : { registration: fresh, position: null };
    }
    const existing = await findRegistration(fresh._id);
    if (!existing) continue;
    if (existing.state !== 'cancelled') return { existing };
    // They cancelled before: this sign-up is the next round of the same registration.
    const round = roundOf(existing);
    if (await rejoinRegistration(fresh._id, round, { ...stored, promotionSeq: null })) {
      const registration = {
        ...existing,
        ...fresh,
        round: round + 1,
        createdAt: existing.createdAt,
        outbox: existing.outbox,
        outboxDue: existing.outboxDue,
      };
      return s.state === 'waitlisted'
        ? placeOf(registration, Date.now(), s.event.waitlistSize)
        : { registration, position: null };
    }
  }
  const last = await findRegistration(fresh._id);
  if (last && isActiveState(last.state)) return { existing: last };
  throw new Error(`registration ${fresh._id} could not be written`);
}
