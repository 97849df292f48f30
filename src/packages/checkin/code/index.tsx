import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { CheckinCode } from '@domain/contract/event-admin-model';
import { EVENT_KIND_LABELS, REGISTRATION_STATE_LABELS } from '@domain/contract/event-model';
import { eventSpanText, eventTimeText } from '@domain/rules/event-window';
import { call } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { readCachedCode, saveCode } from './code-cache';
import { QrView } from './qr-view';
import { useParam } from '../../../navigation';
import './index.scss';

/** While the code waits to be scanned, look for the check-in this often. */
const POLL_MS = 8_000;

const WAITING: Partial<Record<CheckinCode['state'], string>> = {
  pending: '申请审核通过后，这里会显示签到码。',
  waitlisted: '您在候补中，转为正式名额后这里会显示签到码。',
};

/**
 * The member's check-in code for one event, as a QR code the organizer scans. Shown at once from
 * the copy kept on the phone (it works with no signal), then refreshed; one call on load, then a
 * light poll until the organizer has checked the member in.
 */
export default function CheckinCodePage() {
  const eventId = useParam('checkinCode', 'id');
  const [code, setCode] = useState<CheckinCode | null>(() => readCachedCode(eventId));
  const [offline, setOffline] = useState(false);
  // Not useLoad: a saved code stands in for a failed load. `error` is why the first load failed with none saved.
  const { busy, run, problem: error } = useAction({ inline: true });

  const load = () =>
    run(async () => {
      const fresh = await call('event', 'getCheckinCode', { eventId }).catch((e: unknown) => {
        // With a saved code the member can still be checked in: say so instead of failing.
        if (!readCachedCode(eventId)) throw e;
        setOffline(true);
        return null;
      });
      if (!fresh) return;
      setCode(fresh);
      saveCode(fresh);
      setOffline(false);
    });

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [eventId]);

  // Poll only while a code waits to be scanned and the page is on screen.
  const [visible, setVisible] = useState(true);
  const waiting = Boolean(code?.token) && !code?.checkedInAt;
  useEffect(() => {
    if (!visible || !waiting) return undefined;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, waiting, eventId]);

  // A bright, awake screen scans first time; the member's own brightness comes back on leaving.
  const brightness = useRef<number | null>(null);
  const restoreBrightness = () => {
    if (brightness.current === null) return;
    Taro.setScreenBrightness({ value: brightness.current }).catch(() => undefined);
    brightness.current = null;
  };
  useDidShow(() => {
    setVisible(true);
    if (process.env.TARO_ENV !== 'weapp') return;
    Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
    Taro.getScreenBrightness()
      .then(({ value }) => {
        brightness.current = value;
        return Taro.setScreenBrightness({ value: 1 });
      })
      .catch(() => undefined);
  });
  useDidHide(() => {
    setVisible(false);
    restoreBrightness();
  });
  // Going back unloads the page without hiding it first.

  useEffect(() => restoreBrightness, []);

  const expired = code?.expiresAt != null && Date.now() > code.expiresAt;
  return (
    <Screen loading={!code && (busy || !error)} error={!code ? error : undefined} onRetry={() => void load()}>
      {code && (
        <View className='uh-section checkin-code'>
          <View className='uh-card'>
            <Text className='uh-tag'>{EVENT_KIND_LABELS[code.event.kind]}</Text>
            <View className='uh-card__title'>{code.event.title}</View>
            <View className='uh-card__meta'>{eventSpanText(code.event.startsAt, code.event.endsAt)}</View>
            <View className='uh-card__meta'>{code.event.place}</View>
          </View>

          {offline && (
            <View className='checkin-code__offline'>网络不可用，显示的是已保存的签到码，仍可正常扫码签到。</View>
          )}

          {code.token ? (
            <View className='uh-card checkin-code__code'>
              {code.checkedInAt && (
                <View className='checkin-code__done'>已签到 · {eventTimeText(code.checkedInAt)}</View>
              )}
              <QrView text={code.token} />
              <Text className='uh-card__title'>{code.name}</Text>
              <Text className='checkin-code__hint'>
                {expired ? '签到码已过期' : code.checkedInAt ? '您已完成签到' : '到场时请出示此码，由工作人员扫码签到'}
              </Text>
              {code.expiresAt && !expired && <Text className='uh-muted'>有效期至 {eventTimeText(code.expiresAt)}</Text>}
              {code.signupCode && !code.checkedInAt && (
                <View className='checkin-code__signup-code'>
                  <Text className='uh-muted'>扫不出时，向工作人员报出报名码</Text>
                  <Text className='checkin-code__signup-code-text' userSelect>
                    {code.signupCode.slice(0, 3)} {code.signupCode.slice(3)}
                  </Text>
                </View>
              )}
            </View>
          ) : (
            <View className='uh-card checkin-code__code'>
              <Text className='uh-tag uh-tag--warn'>{REGISTRATION_STATE_LABELS[code.state]}</Text>
              <Text className='checkin-code__hint'>{WAITING[code.state] ?? '该报名没有签到码。'}</Text>
              {code.reason && <Text className='checkin-code__reason'>原因：{code.reason}</Text>}
            </View>
          )}
        </View>
      )}
    </Screen>
  );
}
