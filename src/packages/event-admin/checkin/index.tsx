import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { CheckinOutcome, Roster, UnitCounts } from '@domain/contract/event-admin-model';
import { eventTimeText } from '@domain/rules/event-window';
import { isSignupCodeShaped, normalizeSignupCode } from '@domain/rules/checkin-token';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { TextBox } from '../../../components/Form';
import { say } from '../../../ui/confirm';
import { EventHead } from '../event-head';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

type Result = { kind: 'ok' | 'again'; out: CheckinOutcome } | { kind: 'error'; message: string };

/** H5 has no camera scanner: there the 报名码 is typed or the token pasted. */
const CAN_SCAN = process.env.TARO_ENV === 'weapp';

/** Totals over what the organizer sees: the top units of the rolled-up counts. */
function totalsOf(roster: Roster): { checkedIn: number; confirmed: number } {
  const ids = new Set(roster.units.map((u) => u.unitId));
  const tops = roster.units.filter((u: UnitCounts) => !u.parentId || !ids.has(u.parentId));
  return { checkedIn: tops.reduce((n, u) => n + u.checkedIn, 0), confirmed: tops.reduce((n, u) => n + u.confirmed, 0) };
}

/**
 * Organizer at the door: scan each member's code (WeChat), or type the 6-character 报名码 they read
 * out (or paste the token); every check-in shows who it was and the running count. A second scan of
 * the same code says when they were checked in.
 */
export default function CheckinScanner() {
  const eventId = useParam('eventCheckin', 'id');
  const { data, error, loading, reload } = useLoad(
    () => call('eventAdmin', 'getRoster', { eventId, filter: 'checked_in', page: 1, pageSize: 1 }),
    [eventId],
  );
  const [counts, setCounts] = useState<{ checkedIn: number; confirmed: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [text, setText] = useState('');
  const [manual, setManual] = useState(!CAN_SCAN);
  const { busy, run } = useAction();
  const shown = counts ?? (data ? totalsOf(data) : null);

  const submit = async (typed: string) => {
    if (!typed.trim()) {
      say('请输入报名码');
      return;
    }
    const code = normalizeSignupCode(typed);
    await run(async () => {
      // A refusal takes the result card's place (未签到 and why), not a toast, so it is caught here.
      const out = await call(
        'eventAdmin',
        'checkIn',
        isSignupCodeShaped(code) ? { eventId, code } : { eventId, token: typed.trim() },
      ).catch((e: unknown) => setResult({ kind: 'error', message: messageOf(e) }));
      if (!out) return;
      setResult({ kind: out.already ? 'again' : 'ok', out });
      setCounts({ checkedIn: out.checkedIn, confirmed: out.confirmed });
      setText('');
      if (CAN_SCAN) void Taro.vibrateShort({ type: 'medium' }).catch(() => undefined);
    });
  };

  const scan = async () => {
    let res: Taro.scanCode.SuccessCallbackResult;
    try {
      res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    } catch {
      return; // Closed the scanner.
    }
    await submit(res.result);
  };

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <View className='uh-section'>
          <EventHead event={data.event} />
          {shown && (
            <View className='uh-card event-admin-checkin__count'>
              <Text className='uh-big event-admin-checkin__count-num'>
                {shown.checkedIn} / {shown.confirmed}
              </Text>
              <Text className='uh-muted'>已签到 / 已确认{data.scope === 'unit' ? '（本单位）' : ''}</Text>
            </View>
          )}

          {result && result.kind !== 'error' && (
            <View
              className={`uh-card event-admin-checkin__result ${result.kind === 'again' ? 'event-admin-checkin__result--again' : ''}`}
            >
              <Text className='event-admin-checkin__result-head'>
                {result.kind === 'ok' ? '签到成功' : `已于 ${eventTimeText(result.out.checkedInAt)} 签到过`}
              </Text>
              <Text>
                {result.out.name} · {result.out.employeeNo}
              </Text>
              <Text className='uh-muted'>{result.out.unitName}</Text>
            </View>
          )}
          {result?.kind === 'error' && (
            <View className='uh-card event-admin-checkin__result event-admin-checkin__result--error'>
              <Text className='event-admin-checkin__result-head'>未签到</Text>
              <Text>{result.message}</Text>
            </View>
          )}

          {CAN_SCAN && (
            <Button className='uh-btn' disabled={busy || undefined} onClick={() => void scan()}>
              {result ? '继续扫码' : '扫码签到'}
            </Button>
          )}
          {manual ? (
            <View className='event-admin-checkin__paste'>
              <TextBox
                className='event-admin-checkin__paste-box'
                value={text}
                onChange={setText}
                max={300}
                placeholder='输入对方报出的6位报名码（或粘贴签到码）'
                multiline
              />
              <Button
                className={`uh-btn ${CAN_SCAN ? 'uh-btn--ghost' : ''}`}
                disabled={busy || undefined}
                onClick={() => void submit(text)}
              >
                签到
              </Button>
            </View>
          ) : (
            <Text className='event-admin-checkin__manual' onClick={() => setManual(true)}>
              扫不出？输入报名码
            </Text>
          )}
        </View>
      )}
    </Screen>
  );
}
