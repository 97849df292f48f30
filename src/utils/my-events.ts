import Taro from '@tarojs/taro';

/**
 * Events the member holds a confirmed place at, remembered on the phone whenever a page shows one
 * (event detail, 我的报名, home), so home can offer the check-in code on the day even after the
 * event has left home's sign-up list, with no extra call. The code page itself asks the server
 * (a stale entry there shows the registration's real state).
 */
export interface MyEvent {
  id: string;
  title: string;
  startsAt: number;
  /** null when the page that saw it did not say (home's cards): treated as a few hours after the start. */
  endsAt: number | null;
}

const KEY = 'uh.my-events';
const HOUR = 3_600_000;
/** Offered from the day before until the event is over. */
const LEAD_MS = 24 * HOUR;
const ASSUMED_LENGTH_MS = 6 * HOUR;
const MAX_KEPT = 20;

function read(): MyEvent[] {
  const raw: unknown = Taro.getStorageSync(KEY);
  return Array.isArray(raw) ? (raw as MyEvent[]) : [];
}

const endOf = (e: MyEvent) => e.endsAt ?? e.startsAt + ASSUMED_LENGTH_MS;

/** Notes what a page saw: a confirmed place is remembered, any other state forgets the event. */
export function noteRegistration(event: MyEvent, confirmed: boolean, now = Date.now()): void {
  const others = read().filter((e) => e.id !== event.id && endOf(e) > now);
  const known = read().find((e) => e.id === event.id);
  const merged = { ...event, endsAt: event.endsAt ?? known?.endsAt ?? null };
  const next = confirmed ? [...others, merged].slice(-MAX_KEPT) : others;
  Taro.setStorageSync(KEY, next);
}

/** Confirmed events from the day before they start until they end, soonest first. */
export function checkinSoon(now = Date.now()): MyEvent[] {
  return read()
    .filter((e) => e.startsAt - LEAD_MS <= now && now < endOf(e))
    .sort((a, b) => a.startsAt - b.startsAt);
}
