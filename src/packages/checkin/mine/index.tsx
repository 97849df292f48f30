import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect } from 'react';
import { EVENT_KIND_LABELS, isActiveState, type MyRegistrationItem } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { call } from '../../../api';
import { Button } from '../../../components/Button';
import { Empty } from '../../../components/Empty';
import { Icon } from '../../../components/Icon';
import { RegistrationStatus } from '../../../components/RegistrationStatus';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { goTo, link } from '../../../navigation';
import { confirm } from '../../../ui/confirm';
import { noteRegistration } from '../../../utils/my-events';
import './index.scss';

/** My registrations, newest first: state, place in line, check-in code, and cancel while allowed. One call on load. */
export default function MyRegistrations() {
  const { data, error, loading, reload } = useLoad(() => call('event', 'listMine', {}));
  const { busy, run } = useAction();
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  useEffect(() => {
    for (const r of data ?? [])
      noteRegistration(
        { id: r.event.id, title: r.event.title, startsAt: r.event.startsAt, endsAt: null },
        r.state === 'confirmed',
      );
  }, [data]);

  const cancel = async (r: MyRegistrationItem) => {
    const ok = await confirm({
      title: '取消报名',
      content: `确定取消“${r.event.title}”的报名吗？取消后名额将让给候补的人。`,
      confirmText: '确定取消',
      cancelText: '再想想',
      danger: true,
    });
    if (!ok) return;
    // Reloaded either way: a refusal may mean the registration changed meanwhile.
    await run(async () => {
      try {
        await call('event', 'cancel', { eventId: r.event.id });
      } finally {
        await reload();
      }
    }, '已取消报名');
  };

  return (
    <Screen loading={loading && !data} error={error} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>我的报名</Text>
          <View className='uh-more' onClick={() => goTo('events')}>
            <Text>全部活动</Text>
            <Icon name='chevron' tone='primary' />
          </View>
        </View>
        {data && data.length === 0 && (
          <Empty text='还没有报名记录' hint='在“活动”里报名后，签到码会显示在这里' icon='event'>
            <Button variant='ghost' size='small' onClick={() => goTo('events')}>
              去看看活动
            </Button>
          </Empty>
        )}
        {data?.map((r) => (
          <View key={r.id} className='uh-card checkin-mine__item'>
            <View onClick={link('eventDetail', { id: r.event.id })}>
              <Text className='uh-tag uh-tag--muted'>{EVENT_KIND_LABELS[r.event.kind]}</Text>
              <View className='uh-card__title checkin-mine__item-title'>{r.event.title}</View>
              <View className='uh-fact'>
                <Icon name='clock' />
                <Text>{eventTimeText(r.event.startsAt)}</Text>
              </View>
              <View className='uh-fact'>
                <Icon name='place' />
                <Text>{r.event.place}</Text>
              </View>
            </View>
            <RegistrationStatus
              state={r.state}
              position={r.position}
              eventId={r.event.id}
              reason={r.reason}
              checkedInAt={r.checkedInAt}
            />
            {isActiveState(r.state) && r.event.canCancel && (
              <Button
                variant='danger'
                size='small'
                className='checkin-mine__item-cancel'
                disabled={busy}
                onClick={() => void cancel(r)}
              >
                取消报名
              </Button>
            )}
          </View>
        ))}
      </View>
    </Screen>
  );
}
