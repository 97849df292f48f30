/**
 * A published event open for sign-up now, aimed at the whole demo union, made through the event
 * function as an admin would (the rushes and big reads sign up to it).
 */
import type { CloudHost } from '../../emulator';
import type { EventDraft } from '../../domain/contract/event';
import { ROLES } from '../../domain/roles';
import { PERSONAS } from '../../demo/union';
import { okInvoke } from './invoke';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function openEventDraft(
  title: string,
  capacity: number | null,
  waitlistSize: number,
  now = Date.now(),
): EventDraft {
  return {
    kind: 'general',
    title,
    description: '压测用活动',
    place: '职工活动中心',
    startsAt: now + 7 * DAY,
    endsAt: now + 7 * DAY + 2 * HOUR,
    signupOpensAt: now - HOUR,
    signupClosesAt: now + 3 * DAY,
    cancelDeadline: now + 6 * DAY,
    capacity,
    waitlistSize,
    needsReview: false,
    audienceUnits: ['u-branch'],
    audienceRoles: [...ROLES],
    fields: [],
    oncePerKindPerYear: false,
    unitQuotas: [],
  };
}

/** Creates and publishes the event; returns its id. */
export async function createOpenEvent(
  host: CloudHost,
  title: string,
  capacity: number | null,
  waitlistSize = 0,
): Promise<string> {
  const admin = PERSONAS.admin.openid;
  const created = await okInvoke(host, admin, 'event', 'create', openEventDraft(title, capacity, waitlistSize));
  await okInvoke(host, admin, 'event', 'publish', { eventId: created.id });
  return created.id;
}
