import { View, Text, Button } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { MessageView } from '@domain/contract/member';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../../api';
import { Empty } from '../../../components/Empty';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import './index.scss';
import { openPath } from '../../../navigation';

const PAGE_SIZE = 20;

/** In-app messages (review results, waitlist promotions, reminders): newest first, tap to read and open. */
export default function Messages() {
  const { data, error, loading, reload } = useLoad(() =>
    call('member', 'listMessages', { page: 1, pageSize: PAGE_SIZE }),
  );
  const [items, setItems] = useState<MessageView[]>([]);
  const [unread, setUnread] = useState(0);
  const [page, setPage] = useState(1);
  const [more, setMore] = useState(false);
  const { run } = useAction();
  useEffect(() => {
    if (!data) return;
    setItems(data.items);
    setUnread(data.unread);
    setPage(1);
    setMore(data.items.length < data.total);
  }, [data]);

  const loadMore = () =>
    run(async () => {
      const next = await call('member', 'listMessages', { page: page + 1, pageSize: PAGE_SIZE });
      setItems((list) => [...list, ...next.items]);
      setPage(page + 1);
      setMore(items.length + next.items.length < next.total);
    });

  const markRead = (id?: string) => {
    setItems((list) => list.map((m) => (id === undefined || m.id === id ? { ...m, read: true } : m)));
    setUnread((n) => (id === undefined ? 0 : Math.max(0, n - 1)));
    call('member', 'readMessage', id ? { id } : { all: true }).catch(() => undefined);
  };

  const open = (m: MessageView) => {
    if (!m.read) markRead(m.id);
    if (m.page) openPath(m.page);
  };

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>{unread > 0 ? `${unread} 条未读` : '消息'}</Text>
          {unread > 0 && (
            <Text className='uh-muted' onClick={() => markRead()}>
              全部已读
            </Text>
          )}
        </View>
        {data && items.length === 0 && (
          <Empty text='暂无消息' hint='报名结果、候补转正和审核通知会发到这里' icon='message' />
        )}
        {items.map((m) => (
          <View
            key={m.id}
            className={`uh-card member-messages__item ${m.read ? 'member-messages__item--read' : ''}`}
            onClick={() => open(m)}
          >
            <View className='uh-card__title'>
              {!m.read && <Text className='uh-dot' />}
              {m.title}
            </View>
            <View className='member-messages__body'>{m.body}</View>
            <View className='uh-card__meta'>{chinaTime(m.createdAt)}</View>
          </View>
        ))}
        {more && (
          <Button className='uh-btn uh-btn--ghost' onClick={loadMore}>
            加载更多
          </Button>
        )}
      </View>
    </Screen>
  );
}
