import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { Paged } from '@domain/contract/common';
import type { DeliveryReport, UnreadMember } from '@domain/contract/notice';
import { DELIVERY_LABELS, failedOf } from '@domain/rules/notice-delivery';
import { listDate } from '@domain/rules/china-time';
import { readPercent } from '@domain/rules/notice-rollup';
import { NOTICE_STATE_LABELS } from '@domain/rules/notice-visibility';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { link, useParam } from '../../../navigation';
import { confirm, say } from '../../../ui/confirm';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

type Tab = 'read' | 'unread' | 'delivery';
const TABS: { key: Tab; label: string }[] = [
  { key: 'read', label: '阅读情况' },
  { key: 'unread', label: '未读名单' },
  { key: 'delivery', label: '微信提醒' },
];

/**
 * Organizer: how a notice is doing. Read / aimed per unit rolled up the tree and per WeChat group,
 * the members who have not read it (with a reminder button), and the subscription-message results.
 */
export default function NoticeReport() {
  const id = useParam('noticeReport', 'id');
  const { data, error, loading, reload } = useLoad(() => call('notice', 'getReadReport', { id }), [id]);
  const [tab, setTab] = useState<Tab>('read');
  const [unread, setUnread] = useState<Paged<UnreadMember> | null>(null);
  const [delivery, setDelivery] = useState<DeliveryReport | null>(null);
  const { busy, run } = useAction();
  const now = Date.now();

  const show = (next: Tab) =>
    run(async () => {
      setTab(next);
      if (next === 'unread') setUnread(await call('notice', 'listUnreadMembers', { id, page: 1, pageSize: 50 }));
      if (next === 'delivery') setDelivery(await call('notice', 'getDeliveryReport', { id }));
    });

  usePullDownRefresh(() => {
    void Promise.all([reload(), tab === 'read' ? Promise.resolve() : show(tab)]).finally(() =>
      Taro.stopPullDownRefresh(),
    );
  });

  const unreadPage = (page: number) =>
    run(async () => setUnread(await call('notice', 'listUnreadMembers', { id, page, pageSize: 50 })));

  const remind = () =>
    run(async () => {
      if (!data) return;
      const ok = await confirm({
        title: '提醒未读会员',
        content: `将给 ${data.aimed - data.read} 位未读会员发送站内提醒；已订阅的会员同时收到微信提醒。`,
        confirmText: '确定',
      });
      if (!ok) return;
      const res = await call('notice', 'remindUnread', { id, round: data.remindRound + 1 });
      say(`已提醒 ${res.queued} 人`);
      await reload();
    });

  const [pinnedNow, setPinnedNow] = useState<boolean | null>(null);
  const isPinned = pinnedNow ?? data?.pinned ?? false;
  const togglePin = () =>
    run(async () => setPinnedNow((await call('notice', 'setPinned', { id, pinned: !isPinned })).pinned));

  const withdraw = () =>
    run(async () => {
      const ok = await confirm({
        title: '撤回通知',
        content: '撤回后会员将看不到这条通知，尚未发出的微信提醒也不再发送。',
        confirmText: '撤回',
        danger: true,
      });
      if (!ok) return;
      await call('notice', 'withdraw', { id });
      await reload();
    });

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <View className='uh-section notice-admin-report'>
          <View className='uh-card'>
            <Text className='uh-tag'>{NOTICE_STATE_LABELS[data.state]}</Text>
            <View className='uh-card__title notice-admin-report__title'>{data.title}</View>
            <View className='notice-admin-report__totals'>
              <Text className='uh-big notice-admin-report__read'>{data.read}</Text>
              <Text className='uh-muted'>
                {' '}
                / {data.aimed} 人已读（{readPercent(data)}%）
              </Text>
            </View>
            <View className='notice-admin-report__actions'>
              {data.state === 'live' && data.read < data.aimed && (
                <Button className='uh-btn uh-btn--small' disabled={busy || undefined} onClick={remind}>
                  提醒未读{data.remindRound > 0 ? `（已提醒${data.remindRound}次）` : ''}
                </Button>
              )}
              {(data.state === 'draft' || data.state === 'scheduled') && (
                <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={link('noticeCompose', { id })}>
                  修改
                </Button>
              )}
              {data.state !== 'withdrawn' && (
                <Button className='uh-btn uh-btn--ghost uh-btn--small' disabled={busy || undefined} onClick={togglePin}>
                  {isPinned ? '取消置顶' : '置顶'}
                </Button>
              )}
              {data.state !== 'withdrawn' && (
                <Button className='uh-btn uh-btn--danger uh-btn--small' disabled={busy || undefined} onClick={withdraw}>
                  撤回
                </Button>
              )}
            </View>
            {data.lastRemindAt && <View className='uh-card__meta'>上次提醒：{listDate(data.lastRemindAt, now)}</View>}
          </View>

          <View className='notice-admin-report__tabs'>
            {TABS.map((t) => (
              <View
                key={t.key}
                className={`notice-admin-report__tab ${tab === t.key ? 'notice-admin-report__tab--on' : ''}`}
                onClick={() => void show(t.key)}
              >
                {t.label}
              </View>
            ))}
          </View>

          {tab === 'read' && (
            <View>
              <View className='uh-card'>
                <View className='uh-card__title'>按单位</View>
                {data.units.length === 0 && <View className='uh-empty'>暂无数据</View>}
                {data.units.map((u) => (
                  <View
                    key={u.unitId}
                    className={`uh-row notice-admin-report__unit notice-admin-report__unit--d${Math.min(u.depth, 2)}`}
                  >
                    <Text className='notice-admin-report__unit-name'>{u.name}</Text>
                    <Text className='notice-admin-report__unit-count'>
                      {u.read}/{u.aimed}
                    </Text>
                    <View className='notice-admin-report__bar'>
                      <View className='notice-admin-report__bar-fill' style={{ width: `${readPercent(u)}%` }} />
                    </View>
                  </View>
                ))}
              </View>
              <View className='uh-card'>
                <View className='uh-card__title'>微信群转发（{data.groups.length} 个群）</View>
                {data.groups.length === 0 && <View className='uh-card__meta'>还没有人从群聊卡片打开这条通知</View>}
                {data.groups.map((g) => (
                  <View key={g.label} className='uh-row notice-admin-report__group'>
                    <Text>{g.label}</Text>
                    <Text>{g.members} 人从群里打开</Text>
                  </View>
                ))}
              </View>
            </View>
          )}

          {tab === 'unread' && unread && (
            <View className='uh-card'>
              <View className='uh-card__title'>未读 {unread.total} 人</View>
              {unread.items.map((m, i) => (
                <View key={`${m.name}-${i}`} className='uh-row notice-admin-report__member'>
                  <Text>{m.name}</Text>
                  <Text className='uh-muted'>{m.unitName}</Text>
                  <Text className='uh-muted'>{m.phone}</Text>
                </View>
              ))}
              <View className='uh-row'>
                {unread.page > 1 && (
                  <Button
                    className='uh-btn uh-btn--ghost uh-btn--small'
                    onClick={() => void unreadPage(unread.page - 1)}
                  >
                    上一页
                  </Button>
                )}
                {unread.page * unread.pageSize < unread.total && (
                  <Button
                    className='uh-btn uh-btn--ghost uh-btn--small'
                    onClick={() => void unreadPage(unread.page + 1)}
                  >
                    下一页
                  </Button>
                )}
              </View>
            </View>
          )}

          {tab === 'delivery' && delivery && (
            <View className='uh-card'>
              <View className='uh-card__title'>发布时的微信提醒</View>
              <View className='notice-admin-report__stats'>
                <Stat label={DELIVERY_LABELS.sent} value={delivery.publish.sent} />
                <Stat label={DELIVERY_LABELS.no_quota} value={delivery.publish.no_quota} />
                <Stat label='发送失败' value={failedOf(delivery.publish)} />
              </View>
              {delivery.queued > 0 && <View className='uh-card__meta'>还有 {delivery.queued} 人正在排队发送</View>}
              {delivery.reminder && (
                <View>
                  <View className='uh-card__title notice-admin-report__subtitle'>
                    第 {delivery.reminder.round} 次提醒
                  </View>
                  <View className='notice-admin-report__stats'>
                    <Stat label={DELIVERY_LABELS.sent} value={delivery.reminder.counts.sent} />
                    <Stat label={DELIVERY_LABELS.no_quota} value={delivery.reminder.counts.no_quota} />
                    <Stat label='发送失败' value={failedOf(delivery.reminder.counts)} />
                  </View>
                </View>
              )}
              <View className='uh-card__meta'>
                “未订阅”的会员仍能在小程序里看到通知；提醒他们在“消息订阅”里订阅即可收到微信提醒。
              </View>
            </View>
          )}
        </View>
      )}
    </Screen>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <View className='notice-admin-report__stat'>
      <Text className='uh-big'>{value}</Text>
      <Text className='uh-muted'>{label}</Text>
    </View>
  );
}
