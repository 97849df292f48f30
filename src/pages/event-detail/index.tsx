import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { EVENT_KIND_LABELS, SIGNUP_PHASE_LABELS, isActiveState, type EventDetail as Detail } from '@domain/contract/event-model';
import { eventSpanText, eventTimeText } from '@domain/rules/event-window';
import { call, messageOf } from '../../api';
import { subscribe } from '../../api/subscribe';
import { RegistrationStatus } from '../../components/RegistrationStatus';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

/** Places left change while the page is open: poll this often while it is visible. */
const POLL_MS = 10_000;

/** The main button: what the member can do now, or why not. */
function signupAction(d: Detail): { label: string; enabled: boolean } | null {
  const reg = d.registration;
  if (reg && (isActiveState(reg.state) || reg.state === 'removed' || reg.state === 'rejected')) return null;
  if (d.phase !== 'open') return { label: SIGNUP_PHASE_LABELS[d.phase], enabled: false };
  if (d.needsReview) return { label: '提交报名申请', enabled: true };
  if (d.placesLeft === 0) return d.waitlistLeft > 0 ? { label: '名额已满，报名候补', enabled: true } : { label: '名额已满', enabled: false };
  return { label: '立即报名', enabled: true };
}

const SIGNED_UP_TOAST = { confirmed: '报名成功', waitlisted: '已进入候补', pending: '已提交，等待审核' } as const;

/** One event: live places left, my registration and its code, sign up and cancel. */
export default function EventDetail() {
  const id = (useRouter().params as Record<string, string | undefined>).id ?? '';
  const { data, error, loading, reload } = useLoad(() => call('event', 'detail', { eventId: id }), [id]);
  // The latest poll; a failed poll keeps what is shown rather than replacing the page with an error.
  const [polled, setPolled] = useState<Detail | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setPolled(null), [data]);

  const timer = useRef<ReturnType<typeof setInterval>>();
  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = undefined;
  };
  const startPolling = () => {
    stopPolling();
    timer.current = setInterval(() => {
      call('event', 'detail', { eventId: id })
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

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      const message = await work();
      void Taro.showToast({ title: message, icon: 'none' });
      await reload();
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const signUp = () => {
    if (!d) return;
    if (d.fields.length > 0) {
      void Taro.navigateTo({ url: `/packages/member/event-signup/index?id=${d.id}` });
      return;
    }
    void run(async () => {
      const reg = await call('event', 'signUp', { eventId: d.id, answers: [] });
      return reg.state in SIGNED_UP_TOAST ? SIGNED_UP_TOAST[reg.state as keyof typeof SIGNED_UP_TOAST] : '报名未成功';
    });
  };

  const cancel = async () => {
    if (!d) return;
    const { confirm } = await Taro.showModal({ title: '取消报名', content: '确定取消报名吗？取消后名额将让给候补的人。', confirmText: '确定取消', cancelText: '再想想' });
    if (!confirm) return;
    void run(async () => {
      await call('event', 'cancel', { eventId: d.id });
      return '已取消报名';
    });
  };

  // Must stay a direct tap handler: WeChat only shows the subscribe dialog from a tap.
  const remindMe = async () => {
    try {
      const { accepted } = await subscribe(['waitlist_promoted']);
      void Taro.showToast({ title: accepted.length ? '转正时会通过微信提醒您' : '未订阅', icon: 'none' });
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    }
  };

  const action = d ? signupAction(d) : null;
  const reg = d?.registration ?? null;
  return (
    <Screen loading={loading && !d} error={error && !d ? messageOf(error) : undefined} onRetry={error?.code === 'NOT_FOUND' ? undefined : reload}>
      {d && (
        <View className='uh-section ed'>
          <View className='uh-card'>
            <View className='ed__tags'>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[d.kind]}</Text>
              <Text className={`uh-tag ${d.phase === 'open' ? 'uh-tag--ok' : 'uh-tag--muted'}`}>{SIGNUP_PHASE_LABELS[d.phase]}</Text>
              {d.needsReview && <Text className='uh-tag uh-tag--warn'>需审核</Text>}
              {d.oncePerKindPerYear && <Text className='uh-tag uh-tag--muted'>每人每年限一次</Text>}
              {d.studyHours && <Text className='uh-tag uh-tag--ok'>签到计{d.studyHours.hours}学时</Text>}
            </View>
            <View className='uh-title ed__title'>{d.title}</View>
            <View className='ed__line'>时间：{eventSpanText(d.startsAt, d.endsAt)}</View>
            <View className='ed__line'>地点：{d.place}</View>
            <View className='uh-card__meta'>
              报名：{eventTimeText(d.signupOpensAt)} 至 {eventTimeText(d.signupClosesAt)}
            </View>
            <View className='uh-card__meta'>取消截止：{eventTimeText(d.cancelDeadline)}</View>
          </View>

          <View className='uh-card ed__places'>
            <View className='ed__places-item'>
              <Text className='uh-big ed__places-left'>{d.placesLeft === null ? '不限' : d.placesLeft}</Text>
              <Text className='uh-muted'>{d.capacity === null ? '名额' : `剩余名额（共${d.capacity}个）`}</Text>
            </View>
            {d.waitlistSize > 0 && (
              <View className='ed__places-item'>
                <Text className='uh-big ed__places-wait'>{d.waitlistLeft}</Text>
                <Text className='uh-muted'>{`候补空位（共${d.waitlistSize}个）`}</Text>
              </View>
            )}
          </View>

          {reg && (
            <View className='uh-card ed__mine'>
              <View className='uh-card__title'>我的报名</View>
              <RegistrationStatus state={reg.state} position={reg.position} code={reg.id} reason={reg.reason} checkedInAt={reg.checkedInAt} />
              {reg.state === 'waitlisted' && (
                <Button className='uh-btn uh-btn--ghost' onClick={remindMe}>
                  转正时微信提醒我
                </Button>
              )}
              {isActiveState(reg.state) && d.canCancel && (
                <Button className='uh-btn uh-btn--ghost ed__cancel' disabled={busy || undefined} onClick={cancel}>
                  取消报名
                </Button>
              )}
            </View>
          )}

          {d.description && (
            <View className='uh-card'>
              <View className='uh-card__title'>活动说明</View>
              <Text className='ed__desc'>{d.description}</Text>
            </View>
          )}

          {action && (
            <Button className='uh-btn ed__signup' disabled={busy || !action.enabled || undefined} onClick={signUp}>
              {action.label}
            </Button>
          )}
        </View>
      )}
    </Screen>
  );
}
