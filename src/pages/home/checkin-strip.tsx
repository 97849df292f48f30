import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { eventTimeText } from '@domain/rules/event-window';
import { Button } from '../../components/Button';
import { goTo } from '../../navigation';
import { checkinSoon, type MyEvent } from '../../utils/my-events';

/**
 * On the day of an event I have a place at (from the day before until it ends): its check-in
 * code, one tap from home, read from the phone (no call, works where the signal is poor).
 */
export function CheckinStrip({ refreshKey }: { refreshKey: unknown }) {
  const [soon, setSoon] = useState<MyEvent[]>(() => checkinSoon());
  useEffect(() => setSoon(checkinSoon()), [refreshKey]);
  useDidShow(() => setSoon(checkinSoon()));
  if (soon.length === 0) return null;
  return (
    <View className='uh-section'>
      {soon.map((e) => (
        <View key={e.id} className='uh-card home__checkin'>
          <Text className='home__checkin-label'>即将参加</Text>
          <Text className='uh-card__title'>{e.title}</Text>
          <Text className='uh-fact uh-fact--strong'>{eventTimeText(e.startsAt)} 开始</Text>
          <Button icon='qr' onClick={() => goTo('checkinCode', { id: e.id })}>
            出示签到码
          </Button>
        </View>
      ))}
    </View>
  );
}
