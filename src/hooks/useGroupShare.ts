import Taro, { useShareAppMessage } from '@tarojs/taro';
import { useEffect } from 'react';
import { pageUrl } from '@domain/routes';

export interface GroupShare {
  /** The card's title (WeChat shows about 2 lines). */
  title: string;
  /** The page the card opens, with its query: `pageUrl('noticeDetail', { id })`. */
  path: string;
}

/**
 * Lets a page be shared to a WeChat group as a card that carries a shareTicket, so that when someone
 * opens it from the group the app can tell which group (see api/group-entry.ts). The page's config
 * needs `enableShareAppMessage: true`. Pass null while the content is loading.
 */
export function useGroupShare(share: GroupShare | null): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return;
    void Taro.showShareMenu({ withShareTicket: true }).catch(() => undefined);
  }, []);
  useShareAppMessage(() =>
    share ? { title: share.title, path: share.path } : { title: '工会娘家人', path: pageUrl('home') },
  );
}
