import Taro from '@tarojs/taro';
import { say } from '../../ui/confirm';

/**
 * WeChat's privacy consent (用户隐私保护指引), kept in one place for the whole app.
 *
 * From base library 2.32.3 (with `__usePrivacyCheck__` in app.json) WeChat holds back a privacy API
 * (chooseMedia, chooseMessageFile, saveImageToPhotosAlbum, a getPhoneNumber button...) until the member has
 * agreed, and calls the onNeedPrivacyAuthorization listener so the app can show its own sheet. The listener
 * is global but a sheet can only render inside a page, so this module holds the waiting requests and tells
 * every mounted sheet (each page's Screen renders one). Older base libraries do not hold anything back,
 * and H5 has no such gate: there nothing is ever registered and the sheet never opens.
 */
type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void;
type Watcher = (open: boolean) => void;

let waiting: Resolve[] = [];
let registered = false;
const watchers = new Set<Watcher>();

const notify = (): void => watchers.forEach((w) => w(waiting.length > 0));

/** WeChat's listener: a privacy API is waiting for the member's answer. Exported for tests. */
export function onNeedConsent(resolve: Resolve): void {
  // Two calls may wait at once (e.g. a double tap): one answer settles both.
  waiting.push(resolve);
  notify();
  // Tells the platform the sheet is on screen, as its consent-flow guide asks.
  resolve({ event: 'exposureAuthorization' });
}

function register(): void {
  if (registered || process.env.TARO_ENV !== 'weapp') return;
  registered = true;
  if (typeof Taro.onNeedPrivacyAuthorization === 'function') Taro.onNeedPrivacyAuthorization(onNeedConsent);
}

/** Subscribes a sheet to the open state; returns the unsubscribe. The first subscription registers the listener. */
export function watchConsent(watcher: Watcher): () => void {
  register();
  watchers.add(watcher);
  watcher(waiting.length > 0);
  return () => {
    watchers.delete(watcher);
  };
}

/**
 * The member's answer. `agreeButtonId` is the id of the agreePrivacyAuthorization button that was tapped:
 * the base library checks that button really was tapped before it lets the waiting API go on.
 */
export function answerConsent(agreeButtonId: string | null): void {
  const all = waiting;
  waiting = [];
  notify();
  for (const resolve of all)
    resolve(agreeButtonId ? { event: 'agree', buttonId: agreeButtonId } : { event: 'disagree' });
}

/** Opens the guide as declared in the mini-program console (设置 → 服务内容声明 → 用户隐私保护指引). */
export function openPrivacyGuide(): void {
  Taro.openPrivacyContract({ fail: () => say('暂时无法打开隐私保护指引') });
}
