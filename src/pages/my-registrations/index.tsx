import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { EVENT_KIND_LABELS, isActiveState, type MyRegistrationItem } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { call, messageOf } from '../../api';
import { RegistrationStatus } from '../../components/RegistrationStatus';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

/** My registrations, newest first: state, place in line, code, and cancel while allowed. One call on load. */
export default function MyRegistrations() {
  const { data, error, loading, reload } = useLoad(() => call('event', 'listMine', {}));
  const [busy, setBusy] = useState<string | null>(null);
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const cancel = async (r: MyRegistrationItem) => {
    const { confirm } = await Taro.showModal({ title: '取消报名', content: `确定取消“${r.event.title}”的报名吗？取消后名额将让给候补的人。`, confirmText: '确定取消', cancelText: '再想想' });
    if (!confirm) return;
    setBusy(r.id);
    try {
      await call('event', 'cancel', { eventId: r.event.id });
      void Taro.showToast({ title: '已取消报名', icon: 'none' });
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setBusy(null);
      await reload();
    }
  };

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>我的报名</Text>
          <Text className='mr__all' onClick={() => void Taro.navigateTo({ url: '/pages/events/index' })}>
            全部活动 ›
          </Text>
        </View>
        {data && data.length === 0 && <View className='uh-empty'>还没有报名记录</View>}
        {data?.map((r) => (
          <View key={r.id} className='uh-card mr-item'>
            <View onClick={() => void Taro.navigateTo({ url: `/pages/event-detail/index?id=${r.event.id}` })}>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[r.event.kind]}</Text>
              <View className='uh-card__title mr-item__title'>{r.event.title}</View>
              <View className='uh-card__meta'>
                {eventTimeText(r.event.startsAt)} · {r.event.place}
              </View>
            </View>
            <RegistrationStatus state={r.state} position={r.position} code={r.id} reason={r.reason} checkedInAt={r.checkedInAt} />
            {isActiveState(r.state) && r.event.canCancel && (
              <Button className='uh-btn uh-btn--ghost uh-btn--small mr-item__cancel' disabled={busy === r.id || undefined} onClick={() => void cancel(r)}>
                取消报名
              </Button>
            )}
          </View>
        ))}
      </View>
    </Screen>
  );
}
