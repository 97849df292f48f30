import { MESSAGE_KINDS, TEMPLATES, type MessageKind } from '../templates';

/**
 * Subscription messages follow WeChat's one-time rule: each accept in wx.requestSubscribeMessage
 * allows exactly one send of that template. These rules decide what the subscriptions page asks
 * for and when the app reminds a member to subscribe again.
 */

/** wx.requestSubscribeMessage takes at most three one-time templates per call. */
export const MAX_TEMPLATES_PER_REQUEST = 3;

/**
 * Sends we record per kind at most. The phone reports its own accepts, so a loop of reports could
 * claim any number; WeChat's own count still decides each send (43101), but our figures and the
 * "subscribe again" prompt should not believe a thousand.
 */
export const MAX_RECORDED_QUOTA = 20;

/** The kinds a member can subscribe to, in the order the settings page lists them. */
export const SUBSCRIBABLE_KINDS: readonly MessageKind[] = MESSAGE_KINDS;

/**
 * Which of the chosen kinds one tap asks for: the ones with the least quota left first (they run out
 * soonest), at most three, in settings order for a stable dialog.
 */
export function kindsToRequest(chosen: MessageKind[], quota: Partial<Record<MessageKind, number>>): MessageKind[] {
  const unique = SUBSCRIBABLE_KINDS.filter((k) => chosen.includes(k));
  const picked = [...unique].sort((a, b) => (quota[a] ?? 0) - (quota[b] ?? 0)).slice(0, MAX_TEMPLATES_PER_REQUEST);
  return unique.filter((k) => picked.includes(k));
}

/** What wx.requestSubscribeMessage answered for a template: only these count as an accept. */
const ACCEPTS = new Set(['accept', 'acceptWithAudio']);

/** The kinds whose template the member accepted, from the requestSubscribeMessage result object. */
export function acceptedKinds(requested: MessageKind[], result: Record<string, unknown>): MessageKind[] {
  return requested.filter((k) => ACCEPTS.has(String(result[TEMPLATES[k].templateId])));
}

/** A member who wants a kind of message but has no send left for it should be asked again. */
export function needsResubscribe(quota: number): boolean {
  return quota <= 0;
}
