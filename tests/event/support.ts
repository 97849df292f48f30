/**
 * Helpers for the event tests: drafts an organizer would save, and crowds of verified members
 * written straight into `members`.
 */
import type { AdminEvent, EventDraft } from '../../domain/contract/event';
import { ROLES } from '../../domain/roles';
import { DEMO_UNITS, unitPathOf } from '../../demo/union';
import type { SeedDb } from '../../demo/db';
import type { TestCloud } from '../support/cloud';
import { DAY, HOUR } from '../support/time';

/** A general activity open for sign-up now (per the real clock), aimed at the whole union. */
export function eventInput(overrides: Partial<EventDraft> = {}, now = Date.now()): EventDraft {
  return {
    kind: 'general',
    title: '职工羽毛球赛',
    description: '欢迎报名',
    place: '职工活动中心',
    startsAt: now + 7 * DAY,
    endsAt: now + 7 * DAY + 2 * HOUR,
    signupOpensAt: now - HOUR,
    signupClosesAt: now + 3 * DAY,
    cancelDeadline: now + 6 * DAY,
    capacity: 10,
    waitlistSize: 5,
    needsReview: false,
    audienceUnits: ['u-branch'],
    audienceRoles: [...ROLES],
    fields: [],
    oncePerKindPerYear: false,
    unitQuotas: [],
    ...overrides,
  };
}

/** Creates and publishes an event as `openid` (an organizer or admin); returns its id. */
export async function publishEvent(
  cloud: TestCloud,
  openid: string,
  overrides: Partial<EventDraft> = {},
): Promise<string> {
  const created = await cloud.ok(openid, 'event', 'create', eventInput(overrides));
  await cloud.ok(openid, 'event', 'publish', { eventId: created.id });
  return created.id;
}

const unitName = (id: string) => DEMO_UNITS.find((u) => u.id === id)?.name ?? id;

/** Writes `count` verified workers (`o-<prefix>-00000`…) spread over `units`; returns their openids. */
export async function insertWorkers(
  db: SeedDb,
  prefix: string,
  count: number,
  units = ['u-grass-1', 'u-grass-2', 'u-grass-3', 'u-grass-4'],
): Promise<string[]> {
  const now = new Date();
  const openids: string[] = [];
  const BATCH = 100;
  for (let start = 0; start < count; start += BATCH) {
    const writes: Promise<unknown>[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const openid = `o-${prefix}-${String(i).padStart(5, '0')}`;
      const unitId = units[i % units.length];
      const path = unitPathOf(unitId);
      openids.push(openid);
      writes.push(
        db
          .collection('members')
          .doc(openid)
          .set({
            data: {
              name: `职工${i}`,
              employeeNo: `T${prefix.toUpperCase()}${String(i).padStart(5, '0')}`,
              phone: `137${String(i).padStart(8, '0')}`,
              unitId,
              unitPath: path,
              unitNames: path.map(unitName),
              role: 'worker',
              status: 'verified',
              largeText: false,
              createdAt: now,
              updatedAt: now,
              verifiedAt: now,
              verifiedBy: 'test',
            },
          }) as Promise<unknown>,
      );
    }
    await Promise.all(writes);
  }
  return openids;
}

export interface StoredRegistration {
  _id: string;
  eventId: string;
  openid: string;
  state: string;
  promotionSeq: number | null;
}

/** Registrations of one event, straight from the database. */
export const storedRegistrations = (cloud: TestCloud, eventId: string): StoredRegistration[] =>
  cloud.dump<StoredRegistration>('registrations').filter((r) => r.eventId === eventId);

export interface StoredEvent {
  _id: string;
  seats: {
    confirmed: number;
    pending: number;
    waitlist: { id: string; q: string }[];
    quotaUsed: Record<string, number>;
    promotions: number;
  };
}

interface StoredWaiter {
  _id: string;
  eventId: string;
  state: string;
  quotaUnitId: string;
  waitKey: Date | null;
}

/**
 * The event as stored, its counters with the waitlist beside them. The line is not an array in the
 * event document: it is the event's waiting registrations in the order of their waitKey (the
 * database's clock when they joined), then their id. Shown here in the shape the counters once had.
 */
export const storedEvent = (cloud: TestCloud, eventId: string): StoredEvent => {
  const event = cloud.dump<StoredEvent>('events').find((e) => e._id === eventId)!;
  const key = (r: StoredWaiter) => (r.waitKey ? new Date(r.waitKey).getTime() : 0);
  const waitlist = cloud
    .dump<StoredWaiter>('registrations')
    .filter((r) => r.eventId === eventId && r.state === 'waitlisted')
    .sort((a, b) => key(a) - key(b) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
    .map((r) => ({ id: r._id, q: r.quotaUnitId }));
  return { ...event, seats: { ...event.seats, waitlist } };
};

export const count = <T>(list: T[], pred: (x: T) => boolean): number => list.filter(pred).length;

/** The editable draft of an event as the editor shows it. */
export function pickDraft(e: AdminEvent): EventDraft {
  const { id: _id, status: _s, phase: _p, ownerUnitId: _o, seats: _seats, locked: _l, ...draft } = e;
  return draft;
}
