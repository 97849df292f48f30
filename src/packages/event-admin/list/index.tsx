import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import {
  EVENT_KIND_LABELS,
  EVENT_STATUS_LABELS,
  SIGNUP_PHASE_LABELS,
  type EventStatus,
} from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { link } from '../../../navigation';
import './index.scss';

const FILTERS: { status: EventStatus | undefined; label: string }[] = [
  { status: undefined, label: '全部' },
  { status: 'draft', label: '草稿' },
  { status: 'published', label: '已发布' },
  { status: 'closed', label: '已关闭' },
];

/** Organizer: the events I manage (my unit's subtree; admins: all), newest first. */
export default function EventAdminList() {
  const [status, setStatus] = useState<EventStatus | undefined>(undefined);
  const { data, error, loading, reload } = useLoad(
    () => call('event', 'listManaged', { page: 1, pageSize: 50, ...(status ? { status } : {}) }),
    [status],
  );
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>活动管理</Text>
          <View className='uh-row'>
            <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={link('eventHub')}>
              审核·签到·名单
            </Button>
            <Button className='uh-btn uh-btn--small' onClick={link('eventEdit')}>
              新建活动
            </Button>
          </View>
        </View>
        <View className='event-admin-list__filters'>
          {FILTERS.map((f) => (
            <Text
              key={f.label}
              className={`event-admin-list__filter ${status === f.status ? 'event-admin-list__filter--on' : ''}`}
              onClick={() => setStatus(f.status)}
            >
              {f.label}
            </Text>
          ))}
        </View>
        {data && data.items.length === 0 && <View className='uh-empty'>还没有活动</View>}
        {data?.items.map((e) => (
          <View key={e.id} className='uh-card event-admin-list__item'>
            <View className='event-admin-list__item-tags'>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[e.kind]}</Text>
              <Text className={`uh-tag ${e.status === 'published' ? 'uh-tag--ok' : 'uh-tag--muted'}`}>
                {EVENT_STATUS_LABELS[e.status]}
              </Text>
              {e.status === 'published' && <Text className='uh-tag uh-tag--muted'>{SIGNUP_PHASE_LABELS[e.phase]}</Text>}
            </View>
            <View className='uh-card__title'>{e.title}</View>
            <View className='uh-card__meta'>
              {eventTimeText(e.startsAt)} · {e.ownerUnitName}
            </View>
            <View className='event-admin-list__item-seats'>
              确认 {e.seats.confirmed}
              {e.capacity !== null ? `/${e.capacity}` : ''} · 候补 {e.seats.waitlisted} · 待审核 {e.seats.pending}
            </View>
            <View className='uh-row event-admin-list__item-actions'>
              <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={link('eventEdit', { id: e.id })}>
                编辑
              </Button>
              <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={link('eventRegistrations', { id: e.id })}>
                报名名单
              </Button>
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
