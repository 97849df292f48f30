/**
 * Helpers for the eventAdmin tests: a 金秋助学-style event that needs review and proof, members
 * who apply with an uploaded image. Drafts and crowds are the event area's (tests/event/support.ts).
 */
import type { FormField } from '../../domain/contract/event';
import { tapAgain, type TestCloud } from '../support/cloud';
import { publishEvent } from '../event/support';

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
