/**
 * Check-in with signed, expiring codes: the member's code carries an HMAC-signed token (not the
 * bare registration id); an organizer's scan checks them in exactly once; forged, altered, expired
 * and other events' codes are refused; organizers of another brigade cannot check anyone in.
 */
import { PERSONAS } from '../../demo/union';
import { CHECKIN_GRACE_MS, parseCheckinToken, signedPartOf } from '../../domain/rules/checkin-token';
import { setClock, cloudForFile } from '../support/cloud';
import { insertWorkers, publishEvent } from '../event/support';
import { expectError } from '../support/outcome';
import { DAY, HOUR } from '../support/time';

const admin = PERSONAS.admin.openid;
const organizer = PERSONAS.organizer.openid; // 采油一大队
const organizer2 = PERSONAS.organizer2.openid; // 井下作业大队
const worker = PERSONAS.worker.openid; // 采油一队 (brigade 1)
const worker2 = PERSONAS.worker2.openid;

const cloud = cloudForFile();

/** An event run by brigade 1 for its own members, open now, starting in a day. */
async function brigadeEvent(overrides: Record<string, unknown> = {}): Promise<{ eventId: string; endsAt: number }> {
  const now = Date.now();
  const endsAt = now + DAY + 3 * HOUR;
  const eventId = await publishEvent(cloud, organizer, {
    audienceUnits: ['u-brigade-1'],
    startsAt: now + DAY,
    endsAt,
    signupClosesAt: now + 12 * HOUR,
    cancelDeadline: now + 12 * HOUR,
    ...overrides,
  });
  return { eventId, endsAt };
}

async function codeOf(openid: string, eventId: string): Promise<string> {
  await cloud.ok(openid, 'event', 'signUp', { eventId, answers: [] });
  const code = await cloud.ok(openid, 'event', 'getCheckinCode', { eventId });
  expect(code.state).toBe('confirmed');
  return code.token!;
}

describe('the member’s code', () => {
  it('is a signed token for their registration that expires two hours after the event', async () => {
    const { eventId, endsAt } = await brigadeEvent();
    await cloud.ok(worker, 'event', 'signUp', { eventId, answers: [] });
    const code = await cloud.ok(worker, 'event', 'getCheckinCode', { eventId });
    expect(code).toMatchObject({
      eventId,
      registrationId: `${eventId}_${worker}`,
      state: 'confirmed',
      checkedInAt: null,
      name: '刘芳',
    });
    expect(code.expiresAt).toBeGreaterThanOrEqual(endsAt + CHECKIN_GRACE_MS);
    expect(code.expiresAt).toBeLessThan(endsAt + CHECKIN_GRACE_MS + 1000);
    const parsed = parseCheckinToken(code.token!);
    expect(parsed).toMatchObject({ registrationId: code.registrationId, expiresAt: code.expiresAt });
    // Stable: the page may cache it and show it offline.
    expect((await cloud.ok(worker, 'event', 'getCheckinCode', { eventId })).token).toBe(code.token);
    // The signing key lives only on the server.
    const secrets = cloud.dump<{ _id: string; value: string }>('secrets').filter((s) => s._id === 'checkin');
    expect(secrets).toHaveLength(1);
    expect(JSON.stringify(code)).not.toContain(secrets[0].value);
  });

  it('is withheld from a waitlisted member, and unknown to others', async () => {
    const { eventId } = await brigadeEvent({ capacity: 1, waitlistSize: 2 });
    await cloud.ok(worker, 'event', 'signUp', { eventId, answers: [] });
    await cloud.ok(worker2, 'event', 'signUp', { eventId, answers: [] });
    expect(await cloud.ok(worker2, 'event', 'getCheckinCode', { eventId })).toMatchObject({
      state: 'waitlisted',
      token: null,
      expiresAt: null,
    });
    expectError(await cloud.call(PERSONAS.cadre.openid, 'event', 'getCheckinCode', { eventId }), 'NOT_FOUND');
  });
});

describe('scanning', () => {
  it('checks a member in once; a second scan says when, and both sides see it', async () => {
    const { eventId } = await brigadeEvent();
    const token = await codeOf(worker, eventId);
    const first = await cloud.ok(organizer, 'eventAdmin', 'checkIn', { eventId, token });
    expect(first).toMatchObject({
      registrationId: `${eventId}_${worker}`,
      name: '刘芳',
      unitName: '采油一队工会',
      already: false,
      checkedIn: 1,
      confirmed: 1,
    });

    const again = await cloud.ok(admin, 'eventAdmin', 'checkIn', { eventId, token: `  ${token}\n` });
    expect(again).toMatchObject({ already: true, checkedInAt: first.checkedInAt, checkedIn: 1 });

    const stored = cloud
      .dump<{ _id: string; checkedInAt: Date | null; checkedInBy: string }>('registrations')
      .find((r) => r._id === first.registrationId)!;
    expect(stored.checkedInBy).toBe(organizer);
    expect((await cloud.ok(worker, 'event', 'getCheckinCode', { eventId })).checkedInAt).toBe(first.checkedInAt);
    expect((await cloud.ok(worker, 'event', 'getEvent', { eventId })).registration?.checkedInAt).toBe(
      first.checkedInAt,
    );
  });

  it('checks in exactly once when several scanners scan the same code at once', async () => {
    const { eventId } = await brigadeEvent();
    const token = await codeOf(worker2, eventId);
    const scans = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        cloud.ok(i % 2 ? organizer : admin, 'eventAdmin', 'checkIn', { eventId, token }),
      ),
    );
    expect(scans.filter((s) => !s.already)).toHaveLength(1);
    expect(new Set(scans.map((s) => s.checkedInAt)).size).toBe(1);
  });

  it('keeps a running count over many members', async () => {
    const { eventId } = await brigadeEvent({ capacity: 50 });
    const crowd = await insertWorkers(cloud.db, 'ck', 12, ['u-grass-1', 'u-grass-2']);
    const tokens = await Promise.all(crowd.map((m) => codeOf(m, eventId)));
    let last = 0;
    for (const token of tokens.slice(0, 5))
      last = (await cloud.ok(organizer, 'eventAdmin', 'checkIn', { eventId, token })).checkedIn;
    expect(last).toBe(5);
    const out = await cloud.ok(organizer, 'eventAdmin', 'checkIn', { eventId, token: tokens[5] });
    expect(out).toMatchObject({ checkedIn: 6, confirmed: 12 });
  });

  it('refuses forged and altered tokens, and a bare registration id', async () => {
    const { eventId } = await brigadeEvent();
    const token = await codeOf(worker, eventId);
    const parsed = parseCheckinToken(token)!;
    // Someone who knows a registration id signs it with a key of their own.
    const forged = `${signedPartOf(`${eventId}_${worker2}`, parsed.expiresAt, parsed.generation)}.${'B'.repeat(43)}`;
    // Or takes a real code and pushes its expiry out.
    const extended = `${signedPartOf(parsed.registrationId, parsed.expiresAt + 30 * DAY, parsed.generation)}.${parsed.signature}`;
    const swapped = `${signedPartOf(`${eventId}_${worker2}`, parsed.expiresAt, parsed.generation)}.${parsed.signature}`;
    for (const bad of [forged, extended, swapped, `${eventId}_${worker}`, 'hello', token.slice(0, -1)]) {
      expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId, token: bad }), 'BAD_REQUEST');
    }
    expect(
      cloud
        .dump<{ eventId: string; checkedInAt: unknown }>('registrations')
        .filter((r) => r.eventId === eventId && r.checkedInAt),
    ).toHaveLength(0);
  });

  it('refuses another event’s code, and a member whose registration ended', async () => {
    const a = await brigadeEvent();
    const b = await brigadeEvent();
    const token = await codeOf(worker, a.eventId);
    expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId: b.eventId, token }), 'BAD_REQUEST');
    await cloud.ok(worker, 'event', 'cancel', { eventId: a.eventId });
    expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId: a.eventId, token }), 'CONFLICT');
  });

  it('refuses an expired code (CLOSED) once the event is two hours over', async () => {
    const { eventId, endsAt } = await brigadeEvent();
    const token = await codeOf(PERSONAS.cadre.openid, eventId);
    try {
      setClock(endsAt + CHECKIN_GRACE_MS - 60_000);
      expect((await cloud.ok(organizer, 'eventAdmin', 'checkIn', { eventId, token })).already).toBe(false);
      setClock(endsAt + CHECKIN_GRACE_MS + 60_000);
      expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId, token }), 'CLOSED');
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses organizers of another brigade (NOT_FOUND: the event is not theirs to see), before looking at the code', async () => {
    const { eventId } = await brigadeEvent();
    const token = await codeOf(worker2, eventId);
    expectError(await cloud.call(organizer2, 'eventAdmin', 'checkIn', { eventId, token }), 'NOT_FOUND');
    expectError(await cloud.call(organizer2, 'eventAdmin', 'checkIn', { eventId, token: 'forged' }), 'NOT_FOUND');
    expectError(await cloud.call(worker, 'eventAdmin', 'checkIn', { eventId, token }), 'FORBIDDEN');
    expect(
      cloud
        .dump<{ eventId: string; checkedInAt: unknown }>('registrations')
        .filter((r) => r.eventId === eventId && r.checkedInAt),
    ).toHaveLength(0);
  });

  it('lets a brigade organizer check in their own members at an event run above them, not others', async () => {
    const now = Date.now();
    const eventId = await publishEvent(cloud, admin, {
      audienceUnits: ['u-branch'],
      startsAt: now + DAY,
      endsAt: now + DAY + HOUR,
      signupClosesAt: now + HOUR,
      cancelDeadline: now + HOUR,
    });
    const ours = await codeOf(worker, eventId); // brigade 1
    const [theirs] = await insertWorkers(cloud.db, 'b2', 1, ['u-grass-3']); // brigade 2
    const theirToken = await codeOf(theirs, eventId);
    // Their running count covers their own brigade only.
    expect(await cloud.ok(organizer, 'eventAdmin', 'checkIn', { eventId, token: ours })).toMatchObject({
      already: false,
      checkedIn: 1,
      confirmed: 1,
    });
    expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId, token: theirToken }), 'FORBIDDEN');
    expect((await cloud.ok(organizer2, 'eventAdmin', 'checkIn', { eventId, token: theirToken })).already).toBe(false);
  });
});

describe('the 报名码 a member reads out when the QR code cannot be scanned', () => {
  const SHAPE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

  async function signupCodeOf(openid: string, eventId: string): Promise<string> {
    const code = await cloud.ok(openid, 'event', 'getCheckinCode', { eventId });
    expect(code.signupCode).toMatch(SHAPE);
    return code.signupCode!;
  }

  it('checks the member in when typed the way people type it, once', async () => {
    const { eventId } = await brigadeEvent();
    await codeOf(worker, eventId);
    const said = await signupCodeOf(worker, eventId);
    // Stable, and nothing like the openid or the registration id.
    expect(await signupCodeOf(worker, eventId)).toBe(said);
    const typed = ` ${said.slice(0, 3).toLowerCase()} ${String.fromCharCode(...[...said.slice(3)].map((c) => c.charCodeAt(0) + 0xfee0))}`;
    expect(await cloud.ok(organizer, 'eventAdmin', 'checkIn', { eventId, code: typed })).toMatchObject({
      already: false,
      name: '刘芳',
    });
    expect((await cloud.ok(organizer, 'eventAdmin', 'checkIn', { eventId, code: said })).already).toBe(true);
    // The member's page no longer offers it once they are in.
    expect((await cloud.ok(worker, 'event', 'getCheckinCode', { eventId })).checkedInAt).not.toBeNull();
  });

  it('refuses a wrong, malformed or other event’s code, and organizers who cannot see the event; nothing is written', async () => {
    const a = await brigadeEvent();
    const b = await brigadeEvent();
    await codeOf(worker2, a.eventId);
    const said = await signupCodeOf(worker2, a.eventId);
    const wrong = said.startsWith('A') ? `B${said.slice(1)}` : `A${said.slice(1)}`;
    expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId: a.eventId, code: wrong }), 'NOT_FOUND');
    expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId: b.eventId, code: said }), 'NOT_FOUND');
    expectError(await cloud.call(organizer2, 'eventAdmin', 'checkIn', { eventId: a.eventId, code: said }), 'NOT_FOUND');
    for (const bad of [said.slice(0, 5), `${said}7`, 'OOOOOO', '']) {
      expectError(
        await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId: a.eventId, code: bad }),
        'BAD_REQUEST',
      );
    }
    const token = (await cloud.ok(worker2, 'event', 'getCheckinCode', { eventId: a.eventId })).token!;
    expectError(
      await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId: a.eventId, code: said, token }),
      'BAD_REQUEST',
    );
    expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId: a.eventId }), 'BAD_REQUEST');
    expect(
      cloud
        .dump<{ eventId: string; checkedInAt: unknown }>('registrations')
        .filter((r) => [a.eventId, b.eventId].includes(r.eventId) && r.checkedInAt),
    ).toHaveLength(0);
  });

  it('is a new one after a cancel and a new sign-up: the old one no longer works', async () => {
    const { eventId } = await brigadeEvent();
    const cadre = PERSONAS.cadre.openid;
    await codeOf(cadre, eventId);
    const before = await signupCodeOf(cadre, eventId);
    await cloud.ok(cadre, 'event', 'cancel', { eventId });
    await cloud.ok(cadre, 'event', 'signUp', { eventId, answers: [] });
    expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId, code: before }), 'CONFLICT');
    const after = await signupCodeOf(cadre, eventId);
    expect(after).not.toBe(before);
    expectError(await cloud.call(organizer, 'eventAdmin', 'checkIn', { eventId, code: before }), 'NOT_FOUND');
    expect((await cloud.ok(organizer, 'eventAdmin', 'checkIn', { eventId, code: after })).already).toBe(false);
  });
});
