import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import {
  REGISTRATION_STATE_LABELS,
  isActiveState,
  type RegistrationRow,
  type RegistrationState,
} from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { registrationTone } from '../../../components/RegistrationStatus/tone';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { TextBox } from '../../../components/Form';
import { say } from '../../../ui/confirm';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

const FILTERS: (RegistrationState | undefined)[] = [
  undefined,
  'confirmed',
  'waitlisted',
  'pending',
  'cancelled',
  'removed',
];
const PAGE_SIZE = 100;

/** Organizer: an event's registrations in sign-up order; remove one with a reason the member sees. */
export default function EventRegistrations() {
  const eventId = useParam('eventRegistrations', 'id');
  const [state, setState] = useState<RegistrationState | undefined>(undefined);
  const { data, error, loading, reload } = useLoad(
    () => call('event', 'listRegistrations', { eventId, page: 1, pageSize: PAGE_SIZE, ...(state ? { state } : {}) }),
    [eventId, state],
  );
  const [removing, setRemoving] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const remove = async (r: RegistrationRow) => {
    if (!reason.trim()) {
      say('请填写移除原因（报名人可见）');
      return;
    }
    await run(async () => {
      await call('event', 'removeRegistration', { registrationId: r.id, reason: reason.trim() });
      setRemoving(null);
      setReason('');
      await reload();
    }, '已移除，名额已转给候补');
  };

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='event-admin-registrations__filters'>
          {FILTERS.map((s) => (
            <Text
              key={s ?? 'all'}
              className={`event-admin-registrations__filter ${state === s ? 'event-admin-registrations__filter--on' : ''}`}
              onClick={() => setState(s)}
            >
              {s ? REGISTRATION_STATE_LABELS[s] : '全部'}
            </Text>
          ))}
        </View>
        {data && (
          <View className='uh-muted event-admin-registrations__total'>
            共 {data.total} 条{data.total > PAGE_SIZE ? `，显示前 ${PAGE_SIZE} 条` : ''}
          </View>
        )}
        {data && data.items.length === 0 && <View className='uh-empty'>暂无报名</View>}
        {data?.items.map((r) => (
          <View key={r.id} className='uh-card event-admin-registrations__row'>
            <View className='uh-row'>
              <Text className='uh-card__title'>{r.name}</Text>
              <Text className={`uh-tag uh-tag--${registrationTone(r.state)}`}>
                {r.state === 'waitlisted' && r.position ? `候补第${r.position}位` : REGISTRATION_STATE_LABELS[r.state]}
              </Text>
            </View>
            <View className='uh-card__meta'>
              {r.employeeNo} · {r.unitName} · {eventTimeText(r.signedUpAt)}报名
            </View>
            {r.answers.length > 0 && <View className='uh-card__meta'>已填 {r.answers.length} 项</View>}
            {r.reason && <View className='uh-danger'>原因：{r.reason}</View>}
            {isActiveState(r.state) &&
              (removing === r.id ? (
                <View className='event-admin-registrations__remove'>
                  <TextBox value={reason} onChange={setReason} max={100} placeholder='移除原因（报名人可见）' />
                  <View className='uh-row'>
                    <Button
                      className='uh-btn uh-btn--small'
                      disabled={busy || undefined}
                      onClick={() => void remove(r)}
                    >
                      确认移除
                    </Button>
                    <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={() => setRemoving(null)}>
                      取消
                    </Button>
                  </View>
                </View>
              ) : (
                <Text className='event-admin-registrations__remove-link' onClick={() => setRemoving(r.id)}>
                  移除
                </Text>
              ))}
          </View>
        ))}
      </View>
    </Screen>
  );
}
