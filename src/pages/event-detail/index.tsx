import { Text, View } from '@tarojs/components';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import {
  EVENT_KIND_LABELS,
  SIGNUP_PHASE_LABELS,
  isActiveState,
  type EventDetail as Detail,
} from '@domain/contract/event-model';
import { eventSpanText, eventTimeText } from '@domain/rules/event-window';
import { call, messageOf } from '../../api';
import { subscribe } from '../../api/subscribe';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { RegistrationStatus } from '../../components/RegistrationStatus';
import { Screen } from '../../components/screen';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { goTo, useParam } from '../../navigation';
import { confirm, say } from '../../ui/confirm';
import { noteRegistration } from '../../utils/my-events';
import './index.scss';

/** Places left change while the page is open: poll this often while it is visible. */
const POLL_MS = 10_000;

/** The main button: what the member can do now, or why not. */
function signupAction(d: Detail): { label: string; enabled: boolean } | null {
  const reg = d.registration;
  if (reg && (isActiveState(reg.state) || reg.state === 'removed' || reg.state === 'rejected')) return null;
  if (d.phase !== 'open') return { label: SIGNUP_PHASE_LABELS[d.phase], enabled: false };
  if (d.needsReview) return { label: '提交报名申请', enabled: true };
  if (d.placesLeft === 0)
    return d.waitlistLeft > 0 ? { label: '名额已满，报名候补', enabled: true } : { label: '名额已满', enabled: false };
  return { label: '立即报名', enabled: true };
}

const SIGNED_UP_TOAST = { confirmed: '报名成功', waitlisted: '已进入候补', pending: '已提交，等待审核' } as const;

/** One event: live places left, my registration and its code, sign up and cancel. */
export default function EventDetail() {
  const id = useParam('eventDetail', 'id');
  const { data, error, loading, reload } = useLoad(() => call('event', 'getEvent', { eventId: id }), [id]);
  // The latest poll; a failed poll keeps what is shown rather than replacing the page with an error.
  const [polled, setPolled] = useState<Detail | null>(null);
  const { busy, run } = useAction();
  useEffect(() => setPolled(null), [data]);

  const timer = useRef<ReturnType<typeof setInterval>>();
  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = undefined;
  };
  const startPolling = () => {
    stopPolling();
    timer.current = setInterval(() => {
      call('event', 'getEvent', { eventId: id })
        .then(setPolled)
        .catch(() => undefined);
    }, POLL_MS);
  };
  useEffect(() => {
    startPolling();
    return stopPolling;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  useDidShow(startPolling);
  useDidHide(stopPolling);

  const d = polled ?? data;
  useEffect(() => {
    if (d?.registration)
      noteRegistration(
        { id: d.id, title: d.title, startsAt: d.startsAt, endsAt: d.endsAt },
        d.registration.state === 'confirmed',
      );
  }, [d]);

  /** Says what came of it (or the hook says why not), and reloads either way: a refusal may mean it changed. */
  const act = (work: () => Promise<string>) =>
    run(async () => {
      try {
        say(await work());
      } finally {
        await reload();
      }
    });

  const signUp = () => {
    if (!d) return;
    if (d.fields.length > 0) {
      goTo('eventSignup', { id: d.id });
      return;
    }
    void act(async () => {
      const reg = await call('event', 'signUp', { eventId: d.id, answers: [] });
      return reg.state in SIGNED_UP_TOAST ? SIGNED_UP_TOAST[reg.state as keyof typeof SIGNED_UP_TOAST] : '报名未成功';
    });
  };

  const cancel = async () => {
    if (!d) return;
    const ok = await confirm({
      title: '取消报名',
      content: `确定取消“${d.title}”的报名吗？取消后名额将让给候补的人。`,
      confirmText: '确定取消',
      cancelText: '再想想',
      danger: true,
    });
    if (!ok) return;
    void act(async () => {
      await call('event', 'cancel', { eventId: d.id });
      return '已取消报名';
    });
  };

  // Must stay a direct tap handler: WeChat only shows the subscribe dialog from a tap.
  const remindMe = async () => {
    try {
      const { accepted } = await subscribe(['waitlist_promoted']);
      say(accepted.length ? '转正时会通过微信提醒您' : '未订阅');
    } catch (e) {
      say(messageOf(e));
    }
  };

  const action = d ? signupAction(d) : null;
  const reg = d?.registration ?? null;
  return (
    <Screen loading={loading && !d} error={error && !d ? error : undefined} onRetry={reload}>
      {d && (
        <View className='uh-section event-detail'>
          <View className='uh-card'>
            <View className='event-detail__tags'>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[d.kind]}</Text>
              <Text className={`uh-tag ${d.phase === 'open' ? 'uh-tag--ok' : 'uh-tag--muted'}`}>
                {SIGNUP_PHASE_LABELS[d.phase]}
              </Text>
              {d.needsReview && <Text className='uh-tag uh-tag--warn'>需审核</Text>}
              {d.oncePerKindPerYear && <Text className='uh-tag uh-tag--muted'>每人每年限一次</Text>}
              {d.studyHours && <Text className='uh-tag uh-tag--ok'>签到计{d.studyHours.hours}学时</Text>}
            </View>
            <View className='uh-title event-detail__title'>{d.title}</View>
            <View className='event-detail__line'>
              <Icon name='clock' size='md' />
              <Text>{eventSpanText(d.startsAt, d.endsAt)}</Text>
            </View>
            <View className='event-detail__line'>
              <Icon name='place' size='md' />
              <Text>{d.place}</Text>
            </View>
            <View className='event-detail__fact'>
              <Text className='event-detail__fact-label'>报名时间</Text>
              <Text>
                {eventTimeText(d.signupOpensAt)} 至 {eventTimeText(d.signupClosesAt)}
              </Text>
            </View>
            <View className='event-detail__fact'>
              <Text className='event-detail__fact-label'>取消截止</Text>
              <Text>{eventTimeText(d.cancelDeadline)}</Text>
            </View>
          </View>

          <View className='uh-card event-detail__places'>
            <View className='event-detail__places-item'>
              <Text className='uh-big event-detail__places-left'>{d.placesLeft === null ? '不限' : d.placesLeft}</Text>
              <Text className='event-detail__places-label'>
                {d.capacity === null ? '名额' : `剩余名额（共${d.capacity}个）`}
              </Text>
            </View>
            {d.waitlistSize > 0 && (
              <View className='event-detail__places-item'>
                <Text className='uh-big event-detail__places-wait'>{d.waitlistLeft}</Text>
                <Text className='event-detail__places-label'>{`候补空位（共${d.waitlistSize}个）`}</Text>
              </View>
            )}
          </View>

          {reg && (
            <View className='uh-card event-detail__mine'>
              <View className='uh-card__title'>我的报名</View>
              <RegistrationStatus
                state={reg.state}
                position={reg.position}
                eventId={d.id}
                reason={reg.reason}
                checkedInAt={reg.checkedInAt}
              />
              {reg.state === 'waitlisted' && (
                <Button variant='ghost' icon='notice' onClick={remindMe}>
                  转正时微信提醒我
                </Button>
              )}
              {isActiveState(reg.state) && d.canCancel && (
                <Button variant='danger' className='event-detail__cancel' disabled={busy} onClick={cancel}>
                  取消报名
                </Button>
              )}
            </View>
          )}

          {d.description && (
            <View className='uh-card'>
              <View className='uh-card__title'>活动说明</View>
              <Text className='event-detail__desc'>{d.description}</Text>
            </View>
          )}

          {action && (
            <Button
              className='event-detail__signup'
              disabled={!action.enabled}
              busy={busy}
              busyText='提交中…'
              onClick={signUp}
            >
              {action.label}
            </Button>
          )}
        </View>
      )}
    </Screen>
  );
}
