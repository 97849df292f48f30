import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REGISTRATION_STATE_LABELS, type RegistrationState } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import './index.scss';

export interface RegistrationStatusProps {
  state: RegistrationState;
  /** 1-based place in the waitlist (waitlisted only). */
  position: number | null;
  /** The registration id (`${eventId}_${openid}`): shown as its number, and leads to the check-in code. Omit to hide. */
  code?: string;
  /** Why an organizer removed it (or review rejected it). */
  reason?: string | null;
  /** Epoch ms, once an organizer scanned the member's code. */
  checkedInAt?: number | null;
  /** Only the tag (for lists). @default false */
  compact?: boolean;
}

const TAG_CLASS: Record<RegistrationState, string> = {
  confirmed: 'uh-tag--ok',
  waitlisted: 'uh-tag--warn',
  pending: 'uh-tag--warn',
  cancelled: 'uh-tag--muted',
  removed: 'uh-tag--muted',
  rejected: 'uh-tag--muted',
};

/** Event ids never contain `_`, so the registration id starts with the event's. */
const eventIdOf = (registrationId: string): string => registrationId.slice(0, Math.max(0, registrationId.indexOf('_')));

/**
 * A member's registration at a glance: its state (and place in line), any reason, whether they
 * were checked in, and the way to the signed QR code they show at the event.
 */
export function RegistrationStatus({ state, position, code, reason, checkedInAt = null, compact = false }: RegistrationStatusProps) {
  const label = state === 'waitlisted' && position ? `候补第${position}位` : REGISTRATION_STATE_LABELS[state];
  if (compact) return <Text className={`uh-tag ${TAG_CLASS[state]} uh-reg-status__tag`}>{label}</Text>;
  const live = state === 'confirmed' || state === 'waitlisted' || state === 'pending';
  return (
    <View className='uh-reg-status'>
      <View className='uh-row'>
        <Text className={`uh-tag ${TAG_CLASS[state]} uh-reg-status__tag`}>{label}</Text>
        {state === 'pending' && <Text className='uh-muted'>工会审核后通知您</Text>}
        {state === 'waitlisted' && <Text className='uh-muted'>有人取消时按顺序自动转正</Text>}
        {checkedInAt !== null && <Text className='uh-tag uh-tag--ok'>已签到 {eventTimeText(checkedInAt)}</Text>}
      </View>
      {reason && <View className='uh-reg-status__reason'>原因：{reason}</View>}
      {code && live && (
        <View className='uh-reg-status__code'>
          <Text className='uh-muted'>报名编号</Text>
          <Text className='uh-reg-status__code-text' userSelect>
            {code}
          </Text>
        </View>
      )}
      {code && state === 'confirmed' && (
        <Button className='uh-btn uh-reg-status__qr' onClick={() => void Taro.navigateTo({ url: `/packages/checkin/code/index?id=${eventIdOf(code)}` })}>
          {checkedInAt !== null ? '查看签到码' : '出示签到码'}
        </Button>
      )}
    </View>
  );
}
