import Taro from '@tarojs/taro';
import type { CheckinCode } from '@domain/contract/event-admin-model';

/**
 * The member's code, kept on the phone once loaded, so it still shows where the event has no
 * signal (the token is valid until two hours after the event, whatever the network).
 */
const keyOf = (eventId: string) => `uh.checkin.${eventId}`;

export function readCachedCode(eventId: string): CheckinCode | null {
  try {
    const stored = Taro.getStorageSync(keyOf(eventId)) as CheckinCode | '';
    return stored && typeof stored === 'object' && stored.eventId === eventId ? stored : null;
  } catch {
    return null;
  }
}

export function saveCode(code: CheckinCode): void {
  try {
    if (code.token) Taro.setStorageSync(keyOf(code.eventId), code);
    else Taro.removeStorageSync(keyOf(code.eventId));
  } catch {
    // Storage full or unavailable: the code still shows while online.
  }
}
