/**
 * Helpers for 职工心声 tests: a draft + submit as the form page does it, images uploaded into the
 * draft's own folder, waiting for WeChat's (emulated) image verdict push, and the people involved.
 */
import type { Input } from '../../domain/contract';
import type { MyRequestDetail } from '../../domain/contract/voice-model';
import { RISKY_IMAGE_MARKER } from '../../emulator/security-check';
import { VOICE_PERSONAS } from '../../demo/seed-voice';
import type { TestCloud } from '../support/cloud';

/** The grassroots organizer (钱淑芬, u-grass-1) the voice demo's requests are handled by. */
export const GRASS_ORGANIZER = VOICE_PERSONAS[0].openid;

type SubmitInput = Omit<Input<'voice', 'submit'>, 'clientId'>;

export const requestInput = (over: Partial<SubmitInput> = {}): SubmitInput => ({
  kind: 'appeal',
  category: '食堂后勤',
  text: '夜班职工下班后食堂已经关门，希望能留一个窗口供应热饭。',
  images: [],
  anonymous: false,
  ...over,
});

/** A tiny PNG; `risky` embeds the marker the emulated image check refuses. */
export function pngBytes(risky = false): Buffer {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  return risky ? Buffer.concat([png, Buffer.from(RISKY_IMAGE_MARKER)]) : png;
}

/** Draft, upload images into the draft's folder, submit: the form page's path. */
export async function submitRequest(
  cloud: TestCloud,
  openid: string,
  over: Partial<SubmitInput> = {},
  images: Buffer[] = [],
): Promise<MyRequestDetail> {
  const draft = await cloud.ok(openid, 'voice', 'getDraft', {});
  const fileIDs = images.map((content, i) => cloud.host.storage.put(`${draft.uploadFolder}/${i}.png`, content, openid));
  return cloud.ok(openid, 'voice', 'submit', { clientId: draft.clientId, ...requestInput(over), images: fileIDs });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until no image of the request is still being checked (the verdict push has landed). */
export async function waitForVerdicts(cloud: TestCloud, id: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const doc = cloud.dump<{ _id: string; images: { verdict: string }[] }>('voice_requests').find((d) => d._id === id);
    if (doc && doc.images.every((i) => i.verdict !== 'checking')) return;
    if (Date.now() > until) throw new Error('image verdicts did not arrive');
    await sleep(30);
  }
}

export const storedMessages = (cloud: TestCloud, openid: string) =>
  cloud
    .dump<{ openid: string; kind: string; title: string; body: string }>('messages')
    .filter((m) => m.openid === openid);
