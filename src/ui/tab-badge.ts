import Taro from '@tarojs/taro';
import { TAB_PAGES, type TabPage } from '@domain/routes';

/**
 * A count on a tab (unread notices, an organizer's waiting work); 0 clears it. WeChat refuses the
 * call when the current page is not a tab page: harmless, the next tab page sets it again.
 */
export function setTabBadge(tab: TabPage, count: number): void {
  const index = TAB_PAGES.indexOf(tab);
  const done =
    count > 0
      ? Taro.setTabBarBadge({ index, text: count > 99 ? '99+' : String(count) })
      : Taro.removeTabBarBadge({ index });
  void Promise.resolve(done).catch(() => undefined);
}
