import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { markCareRoot } from './care-root';

/**
 * 关怀模式 (large text for older members). Kept on the phone so every page renders large at once,
 * before any call returns; the profile page also saves it to the member's record so it follows
 * them to a new phone.
 */
const KEY = 'uh.care';
const EVENT = 'uh:care-changed';

export const isCareMode = (): boolean => Taro.getStorageSync(KEY) === '1';

export function setCareMode(on: boolean): void {
  Taro.setStorageSync(KEY, on ? '1' : '0');
  markCareRoot(on);
  Taro.eventCenter.trigger(EVENT, on);
}

/** At launch: the choice saved on this phone applies before the first page draws. */
export const applySavedCareMode = (): void => markCareRoot(isCareMode());

export function useCareMode(): boolean {
  const [on, setOn] = useState(isCareMode);
  useEffect(() => {
    const listener = (value: boolean) => setOn(value);
    Taro.eventCenter.on(EVENT, listener);
    return () => {
      Taro.eventCenter.off(EVENT, listener);
    };
  }, []);
  return on;
}
