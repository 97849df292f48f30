import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { NoticeSummary } from '@domain/contract/notice';
import { listDate } from '@domain/rules/china-time';
import { needsResubscribe } from '@domain/rules/notice-subscriptions';
import { call, messageOf } from '../../api';
import { subscribe } from '../../api/subscribe';
import { Empty } from '../../components/Empty';
import { Icon } from '../../components/Icon';
import { Screen } from '../../components/screen';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { link } from '../../navigation';
import { say } from '../../ui/confirm';
import { setTabBadge } from '../../ui/tab-badge';
import './index.scss';

/** The member's notices: pinned first, then newest, unread marked; one call on load. */
export default function Notices() {
  const { data, error, loading, reload } = useLoad(() => call('notice', 'listMine', { page: 1 }));
  const [more, setMore] = useState<{ items: NoticeSummary[]; page: number; hasMore: boolean } | null>(null);
  const [quotaOverride, setQuotaOverride] = useState<number | null>(null);
  const { busy, run } = useAction();

  usePullDownRefresh(() => {
    setMore(null);
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const items = [...(data?.items ?? []), ...(more?.items ?? [])];
  const hasMore = more ? more.hasMore : (data?.hasMore ?? false);
  const quota = quotaOverride ?? data?.noticeQuota ?? 0;
  const now = Date.now();
  useEffect(() => {
    if (data) setTabBadge('notices', data.unread);
  }, [data]);

  const loadMore = () =>
    run(async () => {
      const next = (more?.page ?? 1) + 1;
      const res = await call('notice', 'listMine', { page: next });
      setMore({ items: [...(more?.items ?? []), ...res.items], page: next, hasMore: res.hasMore });
    });

  // Must stay a direct tap handler: WeChat only shows the subscribe dialog from a tap.
  const resubscribe = async () => {
    try {
      const { accepted, after } = await subscribe(['notice']);
      setQuotaOverride(after.kinds.find((k) => k.kind === 'notice')?.quota ?? 0);
      say(accepted.length ? '已订阅新通知提醒' : '未订阅');
    } catch (e) {
      say(messageOf(e));
    }
  };

  return (
    <Screen loading={loading && !data} error={error} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>通知公告</Text>
          {data && data.unread > 0 && <Text className='uh-badge notices__unread'>{data.unread} 条未读</Text>}
        </View>

        {data && needsResubscribe(quota) && (
          <View className='uh-card notices__remind'>
            <Text className='notices__remind-text'>
              新通知提醒次数已用完，订阅后有新通知会通过微信提醒您（每订阅一次可提醒一次）。
            </Text>
            <Button className='uh-btn uh-btn--small notices__remind-btn' onClick={resubscribe}>
              订阅新通知提醒
            </Button>
          </View>
        )}

        <View className='uh-card notices__messages' onClick={link('messages')}>
          <Icon name='message' tone='primary' size='md' />
          <View className='notices__messages-label'>
            <Text>我的消息</Text>
            <Text className='uh-muted notices__messages-hint'>报名结果、候补转正、审核通知</Text>
          </View>
          <Icon name='chevron' />
        </View>

        {data && items.length === 0 && (
          <Empty text='暂时没有通知' hint='工会发布通知后会显示在这里，也可订阅微信提醒' icon='notice' />
        )}

        {items.map((n) => (
          <View
            key={n.id}
            className={`uh-card notices__item ${n.read ? 'notices__item--read' : ''}`}
            onClick={link('noticeDetail', { id: n.id })}
          >
            <View className='notices__item-tags'>
              {!n.read && <Text className='uh-dot notices__item-dot' />}
              {!n.read && <Text className='uh-tag notices__item-unread-label'>未读</Text>}
              {n.pinned && <Text className='uh-tag uh-tag--warn'>置顶</Text>}
              <Text className='uh-tag uh-tag--muted'>{n.category}</Text>
              <Text className='uh-card__meta notices__item-date'>{listDate(n.publishedAt, now)}</Text>
            </View>
            <View className='uh-card__title notices__item-title'>{n.title}</View>
            {n.excerpt && <View className='uh-card__meta notices__item-excerpt'>{n.excerpt}</View>}
          </View>
        ))}

        {hasMore && (
          <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={loadMore}>
            {busy ? '加载中…' : '查看更早的通知'}
          </Button>
        )}

        <View className='notices__links'>
          <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={link('subscriptions')}>
            消息订阅设置
          </Button>
          {data?.canManage && (
            <Button className='uh-btn uh-btn--small' onClick={link('noticeAdmin')}>
              管理通知
            </Button>
          )}
        </View>
      </View>
    </Screen>
  );
}
