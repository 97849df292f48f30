/**
 * Helpers for the eventAdmin tests: a 金秋助学-style event that needs review and proof, members
 * who apply with an uploaded image, and rosters of registrations written straight into the
 * database. Drafts and crowds are the event area's (tests/event/support.ts).
 */
import type { FormField } from '../../domain/contract/event';
import { unitPathOf, DEMO_UNITS } from '../../demo/union';
import { insertAll } from '../../demo/db';
import { tapAgain, type TestCloud } from '../support/cloud';
import { ADMIN } from '../support/personas';
import { DAY, HOUR } from '../support/time';
import { insertWorkers, publishEvent } from '../event/support';

export const AID_FIELDS: FormField[] = [
  { id: 'f1', label: '子女姓名', type: 'text', required: true },
  { id: 'f2', label: '录取通知书', type: 'image', required: true },
  { id: 'f3', label: '身份证号', type: 'text', required: false },
];

/** A tiny PNG (1×1), as a member's phone would upload a photo of the admission letter. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A review event (金秋助学) aimed at the whole union, run by the branch company (admin). */
export async function publishAidEvent(
  cloud: TestCloud,
  openid: string,
  capacity: number,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  return publishEvent(cloud, openid, {
    kind: 'autumn_aid',
    title: '金秋助学',
    needsReview: true,
    capacity,
    waitlistSize: 0,
    fields: AID_FIELDS,
    ...overrides,
  });
}

/** The member uploads proof to cloud storage and applies; returns the registration id and the proof's file id. */
export async function applyWithProof(
  cloud: TestCloud,
  openid: string,
  eventId: string,
  idNumber = '370502199001011234',
): Promise<{ registrationId: string; fileID: string }> {
  // Where member.getUploadPath sends a proof: the member's own folder (sign-up refuses anyone else's file).
  const fileID = cloud.host.storage.put(
    `uploads/${openid}/proof/${eventId}-${Date.now()}.png`,
    PNG,
    `client:${openid}`,
  );
  const input = {
    eventId,
    answers: [
      { fieldId: 'f1', value: '张晓宇' },
      { fieldId: 'f2', value: fileID },
      { fieldId: 'f3', value: idNumber },
    ],
  };
  // In a crowd the event's counter may turn a sign-up away once (CONFLICT): the member taps again.
  const out = await tapAgain(() => cloud.call(openid, 'event', 'signUp', input));
  if (!out.ok) throw new Error(`event.signUp failed: ${out.error.code} ${out.error.message}`);
  return { registrationId: out.data.id, fileID };
}

const GRASS = ['u-grass-1', 'u-grass-2', 'u-grass-3', 'u-grass-4'];
const unitName = (id: string) => DEMO_UNITS.find((u) => u.id === id)!.name;

export type RosterKind = 'confirmed' | 'checked' | 'waitlisted' | 'cancelled' | 'pending';

/**
 * Publishes an event (as the admin) with registrations written straight into the database (as many
 * sign-ups would have left them), its counter document to match: `count` workers `o-<prefix>-…`
 * over the four grassroots unions, their ID numbers on their member records. `plan(i)` says what
 * member i's registration is.
 */
export async function insertRoster(
  cloud: TestCloud,
  prefix: string,
  count: number,
  plan: (i: number) => RosterKind,
  overrides: Record<string, unknown> = {},
): Promise<{ eventId: string; openids: string[] }> {
  const now = Date.now();
  const eventId = await publishEvent(cloud, ADMIN, {
    title: '夏送清凉',
    capacity: 5000,
    waitlistSize: 1000,
    startsAt: now + DAY,
    endsAt: now + DAY + 3 * HOUR,
    signupClosesAt: now + HOUR,
    cancelDeadline: now + HOUR,
    fields: [
      { id: 'f1', label: '联系电话', type: 'text', required: false },
      { id: 'f2', label: '饮品', type: 'choice', required: false, options: ['绿豆汤', '酸梅汤'] },
    ],
    ...overrides,
  });
  const openids = await insertWorkers(cloud.db, prefix, count, GRASS);
  // The members' ID numbers (only some events collect them; the member record keeps one).
  await Promise.all(
    openids.map((id, i) =>
      cloud.db
        .collection('members')
        .doc(id)
        .update({ data: { idNumber: `3705021990${String(i).padStart(8, '0')}` } }),
    ),
  );
  const base = new Date(now - HOUR);
  const waitlist: { id: string; q: string }[] = [];
  let confirmed = 0;
  let pending = 0;
  const regs = openids.map((openid, i) => {
    const kind = plan(i);
    const unitId = GRASS[i % GRASS.length];
    const id = `${eventId}_${openid}`;
    if (kind === 'waitlisted') waitlist.push({ id, q: '' });
    if (kind === 'confirmed' || kind === 'checked') confirmed++;
    if (kind === 'pending') pending++;
    return {
      _id: id,
      eventId,
      openid,
      kind: 'general',
      year: 2026,
      name: `职工${i}`,
      employeeNo: `T${prefix.toUpperCase()}${String(i).padStart(5, '0')}`,
      unitId,
      unitPath: unitPathOf(unitId),
      unitName: unitName(unitId),
      quotaUnitId: '',
      state: kind === 'checked' ? 'confirmed' : kind,
      answers: [
        { fieldId: 'f1', label: '联系电话', type: 'text', value: `1380000${String(i).padStart(4, '0')}` },
        { fieldId: 'f2', label: '饮品', type: 'choice', value: '绿豆汤' },
      ],
      claimed: false,
      createdAt: base,
      // Many share a sign-up time, as in a rush: paging must still see each exactly once.
      signedUpAt: new Date(base.getTime() + Math.floor(i / 7) * 1000),
      updatedAt: base,
      confirmedAt: kind === 'confirmed' || kind === 'checked' ? base : null,
      promotedAt: null,
      promotionSeq: null,
      cancelledAt: kind === 'cancelled' ? base : null,
      removedAt: null,
      removedBy: null,
      reason: null,
      reviewedAt: null,
      reviewedBy: null,
      checkedInAt: kind === 'checked' ? new Date(base.getTime() + i * 1000) : null,
    };
  });
  await insertAll(cloud.db, 'registrations', regs);
  await cloud.db
    .collection('events')
    .doc(eventId)
    .update({ data: { seats: cloud.db.command.set({ confirmed, pending, waitlist, quotaUsed: {}, promotions: 0 }) } });
  return { eventId, openids };
}
