import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { SubscriptionsOutput } from '@domain/contract/notice';
import {
  kindsToRequest,
  MAX_TEMPLATES_PER_REQUEST,
  needsResubscribe,
  SUBSCRIBABLE_KINDS,
} from '@domain/rules/notice-subscriptions';
import type { MessageKind } from '@domain/templates';
import { call, messageOf } from '../../../api';
import { subscribe } from '../../../api/subscribe';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { Toggle } from '../../../components/Form';
import { say } from '../../../ui/confirm';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

/** Which kinds the member wants is their phone's choice (it only decides what the button asks for). */
const WANTED_KEY = 'uh.subscriptions.wanted';

function loadWanted(): MessageKind[] {
  const saved = Taro.getStorageSync(WANTED_KEY) as unknown;
  return Array.isArray(saved) ? SUBSCRIBABLE_KINDS.filter((k) => saved.includes(k)) : [...SUBSCRIBABLE_KINDS];
}

/**
 * My subscription messages: a switch per kind, how many messages of each I can still receive, and a
 * button that asks WeChat for the chosen kinds (one accept = one message, WeChat's one-time rule).
 */
export default function Subscriptions() {
  const { data, error, loading, reload } = useLoad(() => call('notice', 'getSubscriptions', {}));
  const [after, setAfter] = useState<SubscriptionsOutput | null>(null);
  const [wanted, setWanted] = useState<MessageKind[]>(loadWanted);
  const view = after ?? data;
  const quota = Object.fromEntries((view?.kinds ?? []).map((k) => [k.kind, k.quota])) as Partial<
    Record<MessageKind, number>
  >;
  const next = kindsToRequest(wanted, quota);
  const empty = wanted.filter((k) => needsResubscribe(quota[k] ?? 0));

  const toggle = (kind: MessageKind, on: boolean) => {
    const list = on ? [...wanted, kind] : wanted.filter((k) => k !== kind);
    setWanted(list);
    Taro.setStorageSync(WANTED_KEY, list);
  };

  // Must stay a direct tap handler: WeChat only shows the subscribe dialog from a tap.
  const ask = async () => {
    try {
      const res = await subscribe(next);
      setAfter(res.after);
      say(res.accepted.length ? `已订阅 ${res.accepted.length} 项` : '未订阅');
    } catch (e) {
      say(messageOf(e));
    }
  };

  return (
    <Screen loading={loading && !data} error={error} onRetry={reload}>
      {view && (
        <View className='uh-section'>
          <View className='uh-card member-subscriptions__intro'>
            微信规定：每订阅一次，我们只能给您发一条该类消息。次数用完后，请回到这里再点一次“订阅”。
          </View>

          {empty.length > 0 && (
            <View className='uh-card member-subscriptions__remind'>
              <Text>以下提醒还没有订阅或次数已用完，点下方按钮订阅：</Text>
              <Text className='member-subscriptions__remind-list'>
                {empty.map((k) => view.kinds.find((x) => x.kind === k)?.label).join('、')}
              </Text>
            </View>
          )}

          {view.kinds.map((k) => (
            <View key={k.kind} className='uh-card uh-row member-subscriptions__kind'>
              <View>
                <View className='uh-card__title'>{k.label}</View>
                <Text
                  className={`uh-tag ${k.quota > 0 ? 'uh-tag--ok' : wanted.includes(k.kind) ? 'uh-tag--warn' : 'uh-tag--muted'} member-subscriptions__quota`}
                >
                  {k.quota > 0 ? `还可提醒 ${k.quota} 次` : wanted.includes(k.kind) ? '已选择，待订阅' : '未订阅'}
                </Text>
              </View>
              {/* The switch chooses what the button below asks for; it is not the subscription itself. */}
              <View className='member-subscriptions__choose'>
                <Text className='uh-muted'>选择</Text>
                <Toggle checked={wanted.includes(k.kind)} onChange={(on) => toggle(k.kind, on)} />
              </View>
            </View>
          ))}

          <Button className='uh-btn member-subscriptions__ask' disabled={next.length === 0 || undefined} onClick={ask}>
            {next.length === 0 ? '请先打开要订阅的提醒' : `订阅所选提醒（${next.length} 项）`}
          </Button>
          {wanted.length > MAX_TEMPLATES_PER_REQUEST && (
            <Text className='uh-muted member-subscriptions__note'>
              微信每次最多订阅 {MAX_TEMPLATES_PER_REQUEST} 项，剩余次数最少的先订阅，可多点几次。
            </Text>
          )}
        </View>
      )}
    </Screen>
  );
}
