import { View } from '@tarojs/components';
import type { RosterEvent } from '@domain/contract/event-admin-model';
import { eventTimeText } from '@domain/rules/event-window';

/** The event a check-in or roster page is about: its title and start time, and an optional note after the time. */
export function EventHead({ event, note = '' }: { event: Pick<RosterEvent, 'title' | 'startsAt'>; note?: string }) {
  return (
    <View className='uh-card'>
      <View className='uh-card__title'>{event.title}</View>
      <View className='uh-card__meta'>
        {eventTimeText(event.startsAt)}
        {note}
      </View>
    </View>
  );
}
