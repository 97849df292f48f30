import { Picker, Text, View } from '@tarojs/components';
import { Toggle } from '../../../components/Form';

export interface When {
  date: string;
  time: string;
}

export interface ScheduleCardProps {
  scheduled: boolean;
  when: When;
  onScheduled: (on: boolean) => void;
  onWhen: (when: When) => void;
}

/** 定时发布: off publishes now; on picks the China date and time it goes out. */
export function ScheduleCard({ scheduled, when, onScheduled, onWhen }: ScheduleCardProps) {
  return (
    <View className='uh-card'>
      <View className='uh-row'>
        <Text>定时发布</Text>
        <Toggle checked={scheduled} onChange={onScheduled} />
      </View>
      {scheduled && (
        <View className='notice-admin-compose__row notice-admin-compose__when'>
          <Picker mode='date' value={when.date} onChange={(e) => onWhen({ ...when, date: String(e.detail.value) })}>
            <View className='uh-input notice-admin-compose__picker'>{when.date}</View>
          </Picker>
          <Picker mode='time' value={when.time} onChange={(e) => onWhen({ ...when, time: String(e.detail.value) })}>
            <View className='uh-input notice-admin-compose__picker'>{when.time}</View>
          </Picker>
        </View>
      )}
    </View>
  );
}
