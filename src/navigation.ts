import Taro, { useRouter } from '@tarojs/taro';
import { isTabPage, pageNameOf, pageUrl, type PageName, type PageQuery, type QueryArgs } from '@domain/routes';

/**
 * Moving between pages by name (domain/routes.ts). WeChat refuses navigateTo/redirectTo to a
 * tab-bar page, so a tab is always opened with switchTab, wherever the link is written.
 */
export function goTo<N extends PageName>(name: N, ...query: QueryArgs<N>): void {
  if (isTabPage(name)) void Taro.switchTab({ url: pageUrl(name) });
  else void Taro.navigateTo({ url: pageUrl(name, ...query) });
}

/** Replaces this page (a finished flow must not come back with the back button). */
export function replaceWith<N extends PageName>(name: N, ...query: QueryArgs<N>): void {
  if (isTabPage(name)) void Taro.switchTab({ url: pageUrl(name) });
  else void Taro.redirectTo({ url: pageUrl(name, ...query) });
}

/** Starts over on this page (sign-in, identity change): nothing to go back to. */
export function restartAt<N extends PageName>(name: N, ...query: QueryArgs<N>): void {
  void Taro.reLaunch({ url: pageUrl(name, ...query) });
}

/** A tap handler that opens the page: `onClick={link('eventDetail', { id })}`. */
export const link =
  <N extends PageName>(name: N, ...query: QueryArgs<N>) =>
  (): void =>
    goTo(name, ...query);

/** Back one page, or home when this page was opened first (from a shared card or a message). */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else goTo('home');
}

type QueryKey<N extends PageName> = keyof NonNullable<PageQuery[N]> & string;

/** Decodes once where the platform left a value encoded (WeChat passes the query as written). */
function decoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * One value of the page's query, by the name its route declares ('' when absent), so a page never
 * casts `useRouter().params`: `const id = useParam('eventDetail', 'id')`.
 */
export function useParam<N extends PageName>(_page: N, key: QueryKey<N>): string {
  const raw = (useRouter().params as Record<string, string | undefined>)[key];
  return raw ? decoded(raw) : '';
}

/**
 * Opens a page path that arrived as data (a message's link, written by the server): a tab page
 * with switchTab (its query dropped, as WeChat requires), any other page as given.
 */
export function openPath(path: string): void {
  const name = pageNameOf(path);
  const url = `/${path.replace(/^\/+/, '')}`;
  if (name && isTabPage(name)) void Taro.switchTab({ url: pageUrl(name) });
  else void Taro.navigateTo({ url });
}
