import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { Icon } from '../../components/Icon';
import { link } from '../../navigation';
import { setTabBadge } from '../../ui/tab-badge';

interface Todo {
  approvals: number;
  reviews: number;
}

/**
 * An organizer's waiting work, on home and as a badge on 我的: registrations to approve and
 * event applications to review, each counted by the same call its list page makes (page size 1,
 * reading the total), so the number always matches the list it opens. Members never make these calls.
 */
export function OrganizerTodo({ refreshKey }: { refreshKey: unknown }) {
  const [todo, setTodo] = useState<Todo | null>(null);
  useEffect(() => {
    let live = true;
    const total = (p: Promise<{ total: number }>) => p.then((r) => r.total).catch(() => 0);
    void Promise.all([
      total(call('member', 'listPending', { page: 1, pageSize: 1 })),
      total(call('eventAdmin', 'listReviewQueue', { page: 1, pageSize: 1 })),
    ]).then(([approvals, reviews]) => {
      if (!live) return;
      setTodo({ approvals, reviews });
      setTabBadge('me', approvals + reviews);
    });
    return () => {
      live = false;
    };
  }, [refreshKey]);

  if (!todo) return null;
  const none = todo.approvals + todo.reviews === 0;
  return (
    <View className='uh-section'>
      <View className='uh-card home__todo'>
        <View className='home__todo-head'>
          <Icon name='todo' tone='primary' size='md' />
          <Text className='home__todo-title'>待我处理</Text>
          {none && <Text className='home__todo-none'>暂无待办</Text>}
        </View>
        {todo.approvals > 0 && (
          <TodoRow label='注册待审核' count={todo.approvals} unit='人' onTap={link('approvals')} />
        )}
        {todo.reviews > 0 && (
          <TodoRow label='活动报名待审核' count={todo.reviews} unit='份' onTap={link('eventReview')} />
        )}
      </View>
    </View>
  );
}

function TodoRow({ label, count, unit, onTap }: { label: string; count: number; unit: string; onTap: () => void }) {
  return (
    <View className='home__todo-row' onClick={onTap}>
      <Text>{label}</Text>
      <View className='home__todo-count'>
        <Text className='uh-badge'>
          {count}
          {unit}
        </Text>
        <Icon name='chevron' tone='muted' />
      </View>
    </View>
  );
}
