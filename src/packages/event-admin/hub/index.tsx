import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { EVENT_KIND_LABELS } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import './index.scss';

const go = (url: string) => () => void Taro.navigateTo({ url });

/**
 * Organizer: the events to review, check in and export. Those run by my unit, and those run above
 * it for my members (where I see only my subtree). One call on load.
 */
export default function EventWorkHub() {
  const { data, error, loading, reload } = useLoad(() => call('eventAdmin', 'events', { page: 1, pageSize: 50 }));
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  const pending = data?.items.reduce((n, e) => n + (e.needsReview ? e.seats.pending : 0), 0) ?? 0;
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>活动工作台</Text>
          <Button className='uh-btn uh-btn--small' onClick={go('/packages/event-admin/review/index')}>
            报名审核{pending > 0 ? `（${pending}）` : ''}
          </Button>
        </View>
        {data && data.items.length === 0 && <View className='uh-empty'>暂无需要处理的活动</View>}
        {data?.items.map((e) => (
          <View key={e.id} className='uh-card'>
            <View className='eh-tags'>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[e.kind]}</Text>
              {e.needsReview && <Text className='uh-tag uh-tag--warn'>需审核</Text>}
              {e.scope === 'unit' && <Text className='uh-tag uh-tag--muted'>仅本单位</Text>}
              {e.status === 'closed' && <Text className='uh-tag uh-tag--muted'>已关闭</Text>}
            </View>
            <View className='uh-card__title'>{e.title}</View>
            <View className='uh-card__meta'>
              {eventTimeText(e.startsAt)} · {e.place} · {e.ownerUnitName}
            </View>
            <View className='eh-seats'>
              确认 {e.seats.confirmed}
              {e.capacity !== null ? `/${e.capacity}` : ''} · 候补 {e.seats.waitlisted}
              {e.needsReview ? ` · 待审核 ${e.seats.pending}` : ''}
            </View>
            <View className='uh-row eh-actions'>
              {e.needsReview && (
                <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={go(`/packages/event-admin/review/index?eventId=${e.id}`)}>
                  审核
                </Button>
              )}
              <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={go(`/packages/event-admin/checkin/index?id=${e.id}`)}>
                签到
              </Button>
              <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={go(`/packages/event-admin/roster/index?id=${e.id}`)}>
                名单与导出
              </Button>
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
