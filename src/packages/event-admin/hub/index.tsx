import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { EVENT_KIND_LABELS } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { call } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { link } from '../../../navigation';
import './index.scss';

/**
 * Organizer: the events to review, check in and export. Those run by my unit, and those run above
 * it for my members (where I see only my subtree). The review button's count comes from the review
 * queue itself (its total), so it always matches the list it opens: an event's own pending count
 * covers every unit, including applications from other brigades this organizer cannot see.
 */
export default function EventWorkHub() {
  const { data, error, loading, reload } = useLoad(() => call('eventAdmin', 'listEvents', { page: 1, pageSize: 50 }));
  usePullDownRefresh(() => {
    void Promise.all([reload(), queue.reload()]).finally(() => Taro.stopPullDownRefresh());
  });
  const queue = useLoad(() => call('eventAdmin', 'listReviewQueue', { page: 1, pageSize: 1 }));
  const pending = queue.data?.total ?? 0;
  return (
    <Screen loading={loading && !data} error={error} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>活动工作台</Text>
          <Button className='uh-btn uh-btn--small' onClick={link('eventReview')}>
            报名审核{pending > 0 ? `（${pending}）` : ''}
          </Button>
        </View>
        {data && data.items.length === 0 && <View className='uh-empty'>暂无需要处理的活动</View>}
        {data?.items.map((e) => (
          <View key={e.id} className='uh-card'>
            <View className='event-admin-hub__tags'>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[e.kind]}</Text>
              {e.needsReview && <Text className='uh-tag uh-tag--warn'>需审核</Text>}
              {e.scope === 'unit' && <Text className='uh-tag uh-tag--muted'>仅本单位</Text>}
              {e.status === 'closed' && <Text className='uh-tag uh-tag--muted'>已关闭</Text>}
            </View>
            <View className='uh-card__title'>{e.title}</View>
            <View className='uh-card__meta'>
              {eventTimeText(e.startsAt)} · {e.place} · {e.ownerUnitName}
            </View>
            <View className='event-admin-hub__seats'>
              确认 {e.seats.confirmed}
              {e.capacity !== null ? `/${e.capacity}` : ''} · 候补 {e.seats.waitlisted}
              {e.needsReview ? ` · 全活动待审核 ${e.seats.pending}` : ''}
            </View>
            <View className='uh-row event-admin-hub__actions'>
              {e.needsReview && (
                <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={link('eventReview', { eventId: e.id })}>
                  审核
                </Button>
              )}
              <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={link('eventCheckin', { id: e.id })}>
                签到
              </Button>
              <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={link('eventRoster', { id: e.id })}>
                名单与导出
              </Button>
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
