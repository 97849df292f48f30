import { Text, View } from '@tarojs/components';
import { REGISTRATION_STATE_LABELS, type RegistrationState } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { goTo } from '../../navigation';
import { Button } from '../Button';
import { registrationTone } from './tone';
import './index.scss';

export interface RegistrationStatusProps {
  state: RegistrationState;
  /** 1-based place in the waitlist (waitlisted only). */
  position: number | null;
  /** The event, for the way to its check-in code (confirmed only). Omit to hide that button. */
  eventId?: string;
  /** Why an organizer removed it (or review rejected it). */
  reason?: string | null;
  /** Epoch ms, once an organizer scanned the member's code. */
  checkedInAt?: number | null;
  /** Only the tag (for lists). @default false */
  compact?: boolean;
}

/**
 * A member's registration at a glance: its state (and place in line), any reason, whether they
 * were checked in, and the way to the check-in code they show at the event. No internal id: the
 * registration's id contains the member's openid.
 */
export function RegistrationStatus({
  state,
  position,
  eventId,
  reason,
  checkedInAt = null,
  compact = false,
}: RegistrationStatusProps) {
  const label = state === 'waitlisted' && position ? `候补第${position}位` : REGISTRATION_STATE_LABELS[state];
  const tag = <Text className={`uh-tag uh-tag--${registrationTone(state)} uh-reg-status__tag`}>{label}</Text>;
  if (compact) return tag;
  return (
    <View className='uh-reg-status'>
      <View className='uh-reg-status__line'>
        {tag}
        {state === 'pending' && <Text className='uh-muted'>工会审核后通知您</Text>}
        {state === 'waitlisted' && <Text className='uh-muted'>有人取消时按顺序自动转正</Text>}
        {checkedInAt !== null && <Text className='uh-tag uh-tag--ok'>已签到 {eventTimeText(checkedInAt)}</Text>}
      </View>
      {reason && <View className='uh-reg-status__reason'>原因：{reason}</View>}
      {eventId && state === 'confirmed' && (
        <Button icon='qr' className='uh-reg-status__qr' onClick={() => goTo('checkinCode', { id: eventId })}>
          {checkedInAt !== null ? '查看签到码' : '出示签到码'}
        </Button>
      )}
    </View>
  );
}
