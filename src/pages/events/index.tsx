import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { EVENT_KIND_LABELS, SIGNUP_PHASE_LABELS, type EventSummary } from '@domain/contract/event-model';
import { eventSpanText } from '@domain/rules/event-window';
import { call } from '../../api';
import { Empty } from '../../components/Empty';
import { Icon } from '../../components/Icon';
import { RegistrationStatus } from '../../components/RegistrationStatus';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';
import { link } from '../../navigation';
import './index.scss';

/** What the card says about places: the number a member cares about first. */
function placesText(e: EventSummary): string {
  if (e.needsReview) return '需审核';
  if (e.placesLeft === null) return '不限名额';
  if (e.placesLeft > 0) return `剩余 ${e.placesLeft} 个名额`;
  return e.waitlistLeft > 0 ? `名额已满，可候补 ${e.waitlistLeft} 人` : '名额已满';
}

const PHASE_TONE: Record<EventSummary['phase'], string> = {
  open: 'uh-tag--ok',
  not_open: 'uh-tag--warn',
  draft: 'uh-tag--muted',
  closed: 'uh-tag--muted',
  ended: 'uh-tag--muted',
};

/** Events open to me (aimed at my unit and role), soonest first; one call on load. */
export default function Events() {
  const { data, error, loading, reload } = useLoad(() => call('event', 'listOpen', {}));
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  return (
    <Screen loading={loading && !data} error={error} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>福利活动</Text>
          <View className='uh-more' onClick={link('myRegistrations')}>
            <Text>我的报名</Text>
            <Icon name='chevron' tone='primary' />
          </View>
        </View>
        {data && data.length === 0 && (
          <Empty text='暂时没有面向您的活动' hint='工会发布新的福利活动后会显示在这里' icon='event' />
        )}
        {data?.map((e) => (
          <View key={e.id} className='uh-card events__card' onClick={link('eventDetail', { id: e.id })}>
            <View className='events__card-tags'>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[e.kind]}</Text>
              <Text className={`uh-tag ${PHASE_TONE[e.phase]}`}>{SIGNUP_PHASE_LABELS[e.phase]}</Text>
              {e.mine && <RegistrationStatus state={e.mine.state} position={e.mine.position} compact />}
            </View>
            <View className='uh-card__title'>{e.title}</View>
            <View className='uh-fact'>
              <Icon name='clock' />
              <Text>{eventSpanText(e.startsAt, e.endsAt)}</Text>
            </View>
            <View className='uh-fact'>
              <Icon name='place' />
              <Text>{e.place}</Text>
            </View>
            <View
              className={`uh-fact uh-fact--strong events__card-places ${e.placesLeft === 0 ? 'events__card-places--full' : ''}`}
            >
              <Icon name='people' tone={e.placesLeft === 0 ? 'warn' : 'primary'} />
              <Text>{placesText(e)}</Text>
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
