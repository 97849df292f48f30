import type { WireError } from '../errors';

/** What every cloud function returns: never a thrown error (WeChat would turn it into an opaque -504002). */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: WireError };

/** The event a client sends: `{ action, input }`. WeChat adds `userInfo` on client calls; it is ignored. */
export interface ActionEvent {
  action: string;
  input?: unknown;
}

/** Inputs larger than this are refused before anything runs. */
export const MAX_INPUT_BYTES = 100 * 1024;
