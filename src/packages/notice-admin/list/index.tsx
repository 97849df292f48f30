import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { ManagedNoticeRow } from '@domain/contract/notice';
import { listDate } from '@domain/rules/china-time';
import { NOTICE_STATE_LABELS, type NoticeState } from '@domain/rules/notice-visibility';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { goTo, link } from '../../../navigation';
import './index.scss';

const PAGE_SIZE = 20;
const STATE_TAG: Record<NoticeState, string> = {
  draft: 'uh-tag--muted',
  scheduled: 'uh-tag--warn',
  live: 'uh-tag--ok',
  withdrawn: 'uh-tag--muted',
};

/** Organizer: the notices of my unit subtree. Drafts open in the editor, the rest in their report. */
export default function NoticeAdminList() {
  const { data, error, loading, reload } = useLoad(() =>
    call('notice', 'listManaged', { page: 1, pageSize: PAGE_SIZE }),
  );
  const [extra, setExtra] = useState<{ items: ManagedNoticeRow[]; page: number }>({ items: [], page: 1 });
  const { run } = useAction();
  usePullDownRefresh(() => {
    setExtra({ items: [], page: 1 });
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  const items = [...(data?.items ?? []), ...extra.items];
  const now = Date.now();

  const more = () =>
    run(async () => {
      const res = await call('notice', 'listManaged', { page: extra.page + 1, pageSize: PAGE_SIZE });
      setExtra({ items: [...extra.items, ...res.items], page: extra.page + 1 });
    });

  const open = (n: ManagedNoticeRow) =>
    n.state === 'draft' ? goTo('noticeCompose', { id: n.id }) : goTo('noticeReport', { id: n.id });

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <Button className='uh-btn' onClick={link('noticeCompose')}>
          写新通知
        </Button>
        {data && items.length === 0 && <View className='uh-empty'>还没有通知</View>}
        {items.map((n) => (
          <View key={n.id} className='uh-card notice-admin-list__row' onClick={() => void open(n)}>
            <View className='notice-admin-list__row-tags'>
              <Text className={`uh-tag ${STATE_TAG[n.state]}`}>{NOTICE_STATE_LABELS[n.state]}</Text>
              {n.pinned && <Text className='uh-tag uh-tag--warn'>置顶</Text>}
              <Text className='uh-tag'>{n.category}</Text>
            </View>
            <View className='uh-card__title'>{n.title}</View>
            <View className='uh-card__meta'>
              {n.authorName} ·{' '}
              {n.publishAt
                ? `${n.state === 'scheduled' ? '定于' : ''}${listDate(n.publishAt, now)}`
                : `修改于${listDate(n.updatedAt, now)}`}
            </View>
          </View>
        ))}
        {data && items.length < data.total && (
          <Button className='uh-btn uh-btn--ghost' onClick={more}>
            加载更多
          </Button>
        )}
      </View>
    </Screen>
  );
}
