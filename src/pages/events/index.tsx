import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { EVENT_KIND_LABELS, SIGNUP_PHASE_LABELS, type EventSummary } from '@domain/contract/event-model';
import { eventSpanText } from '@domain/rules/event-window';
import { call, messageOf } from '../../api';
import { RegistrationStatus } from '../../components/RegistrationStatus';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';
import './index.scss';

/** What the card says about places: the number a member cares about first. */
function placesText(e: EventSummary): string {
  if (e.needsReview) return '需审核';
  if (e.placesLeft === null) return '不限名额';
  if (e.placesLeft > 0) return `剩余${e.placesLeft}个名额`;
  return e.waitlistLeft > 0 ? `名额已满，可候补${e.waitlistLeft}人` : '名额已满';
}

/** Events open to me (aimed at my unit and role), soonest first; one call on load. */
export default function Events() {
  const { data, error, loading, reload } = useLoad(() => call('event', 'listOpen', {}));
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>福利活动</Text>
          <Text className='ev-list__mine' onClick={() => void Taro.navigateTo({ url: '/pages/my-registrations/index' })}>
            我的报名 ›
          </Text>
        </View>
        {data && data.length === 0 && <View className='uh-empty'>暂时没有面向您的活动</View>}
        {data?.map((e) => (
          <View key={e.id} className='uh-card ev-card' onClick={() => void Taro.navigateTo({ url: `/pages/event-detail/index?id=${e.id}` })}>
            <View className='ev-card__tags'>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[e.kind]}</Text>
              <Text className={`uh-tag ${e.phase === 'open' ? 'uh-tag--ok' : 'uh-tag--muted'}`}>{SIGNUP_PHASE_LABELS[e.phase]}</Text>
              {e.mine && <RegistrationStatus state={e.mine.state} position={e.mine.position} compact />}
            </View>
            <View className='uh-card__title'>{e.title}</View>
            <View className='uh-card__meta'>{eventSpanText(e.startsAt, e.endsAt)}</View>
            <View className='uh-card__meta'>{e.place}</View>
            <View className={`ev-card__places ${e.placesLeft === 0 ? 'ev-card__places--full' : ''}`}>{placesText(e)}</View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
