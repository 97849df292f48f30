import fc from 'fast-check';
import {
  NO_QUOTA,
  canTakePlace,
  emptySeats,
  freedPlaceFits,
  placesLeft,
  planFor,
  quotaKey,
  rulesChangeProblem,
  someWaiterFits,
  waitlistLeft,
  type SeatRules,
  type Seats,
} from '../../domain/rules/event-seats';

const rules = (over: Partial<SeatRules> = {}): SeatRules => ({
  capacity: 2,
  waitlistSize: 2,
  needsReview: false,
  unitQuotas: [],
  ...over,
});
const seats = (over: Partial<Seats> = {}, quotas: SeatRules['unitQuotas'] = []): Seats => ({
  ...emptySeats(quotas),
  ...over,
});

describe('the counters of a new event', () => {
  it('list every quota unit, so conditions on them can match', () => {
    expect(emptySeats([{ unitId: 'u1', limit: 3 }])).toMatchObject({
      confirmed: 0,
      waiting: 0,
      quotaUsed: { u1: 0 },
      waitingBy: { [NO_QUOTA]: 0, u1: 0 },
      promotions: 0,
    });
    expect(quotaKey('')).toBe(NO_QUOTA);
    expect(quotaKey('u1')).toBe('u1');
  });
});

describe('planFor', () => {
  it('confirms while places remain, then waitlists, then refuses', () => {
    expect(planFor(rules(), seats(), NO_QUOTA)).toBe('confirmed');
    expect(planFor(rules(), seats({ confirmed: 2 }), NO_QUOTA)).toBe('waitlisted');
    expect(planFor(rules(), seats({ confirmed: 2, waiting: 2 }), NO_QUOTA)).toBe('full');
    expect(planFor(rules({ needsReview: true, capacity: 1 }), seats({ confirmed: 1 }), NO_QUOTA)).toBe('pending');
  });

  it('never lets a newcomer past someone waiting who fits a free place', () => {
    const waitingFits = seats({ confirmed: 1, waiting: 1, waitingBy: { [NO_QUOTA]: 1 } });
    expect(canTakePlace(rules(), waitingFits, NO_QUOTA)).toBe(false);
    expect(planFor(rules(), waitingFits, NO_QUOTA)).toBe('waitlisted');
  });

  it('lets a newcomer of another unit in when those waiting are held back by their own quota', () => {
    const r = rules({ capacity: 10, unitQuotas: [{ unitId: 'u1', limit: 1 }] });
    const s = seats(
      { confirmed: 1, quotaUsed: { u1: 1 }, waiting: 1, waitingBy: { [NO_QUOTA]: 0, u1: 1 } },
      r.unitQuotas,
    );
    expect(someWaiterFits(r, s)).toBe(false);
    expect(planFor(r, s, NO_QUOTA)).toBe('confirmed');
    expect(planFor(r, s, 'u1')).toBe('waitlisted');
  });

  it('treats unlimited capacity as never full', () => {
    expect(placesLeft({ capacity: null }, { confirmed: 10_000 })).toBeNull();
    expect(planFor(rules({ capacity: null, waitlistSize: 0 }), seats({ confirmed: 10_000 }), NO_QUOTA)).toBe(
      'confirmed',
    );
    expect(waitlistLeft({ waitlistSize: 3 }, { waiting: -1 })).toBe(3);
  });
});

describe('a freed place', () => {
  const r = rules({
    capacity: 3,
    unitQuotas: [
      { unitId: 'u1', limit: 1 },
      { unitId: 'u2', limit: 2 },
    ],
  });
  const full = seats({ confirmed: 3, quotaUsed: { u1: 1, u2: 2 } }, r.unitQuotas);

  it('fits a member of its own quota, or of none, but not one whose quota is used up', () => {
    expect(freedPlaceFits(r, full, 'u2', 'u2')).toBe(true);
    expect(freedPlaceFits(r, full, 'u2', NO_QUOTA)).toBe(true);
    expect(freedPlaceFits(r, full, 'u2', 'u1')).toBe(false);
    expect(freedPlaceFits(r, { ...full, quotaUsed: { u1: 0, u2: 2 } }, 'u2', 'u1')).toBe(true);
  });
});

describe('rule changes', () => {
  it('refuse capacity, waitlist or quotas below what is held', () => {
    const held = seats({ confirmed: 3, waiting: 1, quotaUsed: { u1: 2 } }, [{ unitId: 'u1', limit: 2 }]);
    expect(rulesChangeProblem(rules({ capacity: 2 }), held)?.path).toBe('capacity');
    expect(rulesChangeProblem(rules({ capacity: 3, waitlistSize: 0 }), held)?.path).toBe('waitlistSize');
    expect(
      rulesChangeProblem(rules({ capacity: 3, waitlistSize: 1, unitQuotas: [{ unitId: 'u1', limit: 1 }] }), held)?.path,
    ).toBe('unitQuotas.0.limit');
    expect(rulesChangeProblem(rules({ capacity: null, waitlistSize: 1 }), held)).toBeNull();
  });
});

/**
 * The protocol with one caller at a time, as the counters' conditional updates apply it: a sign-up
 * takes a place when canTakePlace, else a slot while one is left; a departure hands its place to
 * the first in line it fits, else gives it back.
 */
describe('any sequence of sign-ups and departures', () => {
  type Op = { kind: 'join'; who: number; q: number } | { kind: 'leave'; who: number };
  const op = fc.oneof(
    fc.record({ kind: fc.constant('join' as const), who: fc.nat(30), q: fc.nat(2) }),
    fc.record({ kind: fc.constant('leave' as const), who: fc.nat(30) }),
  );
  const count = (list: { q: string }[], q: string) => list.filter((s) => s.q === q).length;

  it('never overbooks, never breaks a quota, and never leaves a fitting member waiting', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 80 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(5),
        (ops: Op[], capacity, waitlistSize) => {
          const r = rules({
            capacity,
            waitlistSize,
            unitQuotas: [
              { unitId: 'q1', limit: 2 },
              { unitId: 'q2', limit: 3 },
            ],
          });
          const s = emptySeats(r.unitQuotas);
          const held = new Map<string, { state: 'confirmed' | 'waitlisted'; q: string }>();
          const line: string[] = [];
          const inc = (m: Record<string, number>, k: string, n: number) => (m[k] = (m[k] ?? 0) + n);
          for (const o of ops) {
            const id = `m${o.who}`;
            if (o.kind === 'join') {
              if (held.has(id)) continue;
              const q = [NO_QUOTA, 'q1', 'q2'][o.q];
              const plan = planFor(r, s, q);
              if (plan === 'confirmed') {
                s.confirmed += 1;
                if (q !== NO_QUOTA) inc(s.quotaUsed, q, 1);
                held.set(id, { state: 'confirmed', q });
              } else if (plan === 'waitlisted') {
                s.waiting += 1;
                inc(s.waitingBy, q, 1);
                held.set(id, { state: 'waitlisted', q });
                line.push(id);
              }
            } else {
              const cur = held.get(id);
              if (!cur) continue;
              held.delete(id);
              if (cur.state === 'waitlisted') {
                line.splice(line.indexOf(id), 1);
                s.waiting -= 1;
                inc(s.waitingBy, cur.q, -1);
                continue;
              }
              const next = line.find((w) => freedPlaceFits(r, s, cur.q, held.get(w)!.q));
              if (next) {
                const to = held.get(next)!.q;
                line.splice(line.indexOf(next), 1);
                s.waiting -= 1;
                inc(s.waitingBy, to, -1);
                if (to !== cur.q) {
                  if (cur.q !== NO_QUOTA) inc(s.quotaUsed, cur.q, -1);
                  if (to !== NO_QUOTA) inc(s.quotaUsed, to, 1);
                }
                held.set(next, { state: 'confirmed', q: to });
              } else {
                s.confirmed -= 1;
                if (cur.q !== NO_QUOTA) inc(s.quotaUsed, cur.q, -1);
              }
            }
            const confirmed = [...held.values()].filter((x) => x.state === 'confirmed');
            expect(s.confirmed).toBe(confirmed.length);
            expect(s.confirmed).toBeLessThanOrEqual(capacity);
            expect(s.waiting).toBe(line.length);
            expect(s.waiting).toBeLessThanOrEqual(waitlistSize);
            expect(count(confirmed, 'q1')).toBeLessThanOrEqual(2);
            expect(count(confirmed, 'q2')).toBeLessThanOrEqual(3);
            // Nobody in line fits a free place.
            expect(someWaiterFits(r, s)).toBe(false);
          }
        },
      ),
    );
  });
});
