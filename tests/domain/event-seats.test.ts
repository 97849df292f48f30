import fc from 'fast-check';
import { admit, emptySeats, fill, placesLeft, positionOf, release, rulesChangeProblem, take, wouldRefuse, type SeatRules, type Seats } from '../../domain/rules/event-seats';

const rules = (over: Partial<SeatRules> = {}): SeatRules => ({ capacity: 2, waitlistSize: 2, needsReview: false, unitQuotas: [], ...over });

describe('admit', () => {
  it('confirms while places remain, then waitlists, then refuses', () => {
    let seats = emptySeats();
    const states: string[] = [];
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      const r = admit(rules(), seats, { id, q: '' });
      states.push(r.state);
      if (r.state !== 'full') seats = r.seats;
    }
    expect(states).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'full']);
    expect(positionOf(seats, 'd')).toBe(2);
    expect(wouldRefuse(rules(), seats, '')).toBe(true);
  });

  it('makes review events pending, holding no place', () => {
    const r = admit(rules({ needsReview: true, capacity: 1 }), { ...emptySeats(), confirmed: 1 }, { id: 'a', q: '' });
    expect(r).toEqual({ state: 'pending', seats: expect.objectContaining({ confirmed: 1, pending: 1 }) });
  });

  it('waitlists a member whose unit quota is used up even when places remain', () => {
    const r = rules({ capacity: 10, unitQuotas: [{ unitId: 'u1', limit: 1 }] });
    const first = take(r, emptySeats(), { id: 'a', q: 'u1' });
    expect(first.state).toBe('confirmed');
    const second = take(r, (first as { seats: Seats }).seats, { id: 'b', q: 'u1' });
    expect(second.state).toBe('waitlisted');
    expect(take(r, (first as { seats: Seats }).seats, { id: 'c', q: '' }).state).toBe('confirmed');
  });

  it('treats unlimited capacity as never full', () => {
    expect(placesLeft({ capacity: null }, { confirmed: 10_000 })).toBeNull();
    expect(take(rules({ capacity: null, waitlistSize: 0 }), { ...emptySeats(), confirmed: 10_000 }, { id: 'x', q: '' }).state).toBe('confirmed');
  });
});

describe('release', () => {
  const full: Seats = { confirmed: 2, pending: 0, waitlist: [{ id: 'c', q: '' }, { id: 'd', q: '' }], quotaUsed: {}, promotions: 0 };

  it('gives a freed place to the first in line, numbering the promotion', () => {
    const out = release(rules(), full, { id: 'a', state: 'confirmed', q: '' });
    expect(out.promoted).toEqual([{ id: 'c', seq: 1 }]);
    expect(out.seats).toMatchObject({ confirmed: 2, promotions: 1, waitlist: [{ id: 'd', q: '' }] });
  });

  it('just leaves the line when a waitlisted member goes', () => {
    const out = release(rules(), full, { id: 'c', state: 'waitlisted', q: '' });
    expect(out.promoted).toEqual([]);
    expect(out.seats.waitlist).toEqual([{ id: 'd', q: '' }]);
  });

  it('skips members whose quota is still used up', () => {
    const r = rules({ capacity: 3, unitQuotas: [{ unitId: 'u1', limit: 1 }, { unitId: 'u2', limit: 2 }] });
    const seats: Seats = { confirmed: 3, pending: 0, waitlist: [{ id: 'x', q: 'u1' }, { id: 'y', q: 'u2' }], quotaUsed: { u1: 1, u2: 2 }, promotions: 4 };
    const out = release(r, seats, { id: 'z', state: 'confirmed', q: 'u2' });
    expect(out.promoted).toEqual([{ id: 'y', seq: 5 }]);
    expect(out.seats.quotaUsed).toEqual({ u1: 1, u2: 2 });
    expect(out.seats.waitlist).toEqual([{ id: 'x', q: 'u1' }]);
  });

  it('changes nothing for a registration that already ended', () => {
    expect(release(rules(), full, { id: 'a', state: 'cancelled', q: '' })).toEqual({ seats: full, promoted: [] });
  });
});

describe('fill and rule changes', () => {
  it('promotes as many as new places allow', () => {
    const seats: Seats = { confirmed: 2, pending: 0, waitlist: [{ id: 'c', q: '' }, { id: 'd', q: '' }, { id: 'e', q: '' }], quotaUsed: {}, promotions: 0 };
    const out = fill(rules({ capacity: 4, waitlistSize: 3 }), seats);
    expect(out.promoted.map((p) => p.id)).toEqual(['c', 'd']);
    expect(out.seats.confirmed).toBe(4);
  });

  it('refuses capacity or waitlist below what is held', () => {
    const seats: Seats = { confirmed: 3, pending: 0, waitlist: [{ id: 'x', q: '' }], quotaUsed: {}, promotions: 0 };
    expect(rulesChangeProblem(rules({ capacity: 2 }), seats)?.path).toBe('capacity');
    expect(rulesChangeProblem(rules({ capacity: 3, waitlistSize: 0 }), seats)?.path).toBe('waitlistSize');
    expect(rulesChangeProblem(rules({ capacity: null, waitlistSize: 1 }), seats)).toBeNull();
  });
});

describe('any sequence of sign-ups and departures', () => {
  type Op = { kind: 'join'; who: number; q: number } | { kind: 'leave'; who: number };
  const op = fc.oneof(
    fc.record({ kind: fc.constant('join' as const), who: fc.nat(30), q: fc.nat(2) }),
    fc.record({ kind: fc.constant('leave' as const), who: fc.nat(30) }),
  );

  it('never overbooks, never breaks a quota, and never leaves a fitting member waiting', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.integer({ min: 1, max: 8 }), fc.nat(5), (ops: Op[], capacity, waitlistSize) => {
        const r = rules({ capacity, waitlistSize, unitQuotas: [{ unitId: 'q1', limit: 2 }, { unitId: 'q2', limit: 3 }] });
        let seats = emptySeats();
        const state = new Map<string, { state: 'confirmed' | 'waitlisted'; q: string }>();
        for (const o of ops) {
          const id = `m${o.who}`;
          if (o.kind === 'join') {
            if (state.has(id)) continue;
            const q = ['', 'q1', 'q2'][o.q];
            const a = admit(r, seats, { id, q });
            if (a.state === 'full' || a.state === 'pending') continue;
            seats = a.seats;
            state.set(id, { state: a.state, q });
          } else {
            const cur = state.get(id);
            if (!cur) continue;
            const out = release(r, seats, { id, state: cur.state, q: cur.q });
            seats = out.seats;
            state.delete(id);
            for (const p of out.promoted) state.set(p.id, { state: 'confirmed', q: state.get(p.id)!.q });
          }
          const confirmed = [...state.values()].filter((s) => s.state === 'confirmed');
          expect(seats.confirmed).toBe(confirmed.length);
          expect(seats.confirmed).toBeLessThanOrEqual(capacity);
          expect(seats.waitlist.length).toBeLessThanOrEqual(waitlistSize);
          expect(count(confirmed, 'q1')).toBeLessThanOrEqual(2);
          expect(count(confirmed, 'q2')).toBeLessThanOrEqual(3);
          // Nobody in line fits a free place.
          expect(fill(r, seats).promoted).toEqual([]);
        }
      }),
    );
  });

  const count = (list: { q: string }[], q: string) => list.filter((s) => s.q === q).length;
});
