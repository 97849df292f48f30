import Taro from '@tarojs/taro';

/**
 * H5 only: the local persona whose OPENID the local server uses. On WeChat the identity comes from
 * the platform and this is never read.
 */
const KEY = 'uh.dev.openid';

export const getDevOpenid = (): string => (Taro.getStorageSync(KEY) as string) || '';
export const setDevOpenid = (openid: string): void => Taro.setStorageSync(KEY, openid);
export const clearDevOpenid = (): void => Taro.removeStorageSync(KEY);
