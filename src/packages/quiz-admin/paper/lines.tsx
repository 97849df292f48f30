import { Picker, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { TextBox } from '../../../components/Form';

/** One labelled setting of the paper editor. */
export function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='quiz-admin-line'>
      <Text>{label}</Text>
      {children}
    </View>
  );
}

/** A labelled number box: whole numbers (minutes, attempts), or with decimals for scores. */
export function NumberLine({
  label,
  value,
  disabled,
  decimals,
  onChange,
}: {
  label: string;
  value: string;
  disabled: boolean;
  decimals?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Line label={label}>
      <TextBox
        className='quiz-admin-number'
        type={decimals ? 'digit' : 'number'}
        disabled={disabled}
        value={value}
        onChange={onChange}
        max={6}
      />
    </Line>
  );
}

/** A date and time picked as two parts (the server takes epoch ms). */
export function When({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string;
  value: { date: string; time: string };
  disabled: boolean;
  onChange: (v: { date: string; time: string }) => void;
}) {
  return (
    <View className='quiz-admin-line'>
      <Text>{label}</Text>
      <View className='uh-row quiz-admin-paper__when'>
        <Picker
          mode='date'
          value={value.date}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, date: String(e.detail.value) })}
        >
          <View className='uh-input quiz-admin-paper__pick'>{value.date}</View>
        </Picker>
        <Picker
          mode='time'
          value={value.time}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, time: String(e.detail.value) })}
        >
          <View className='uh-input quiz-admin-paper__pick'>{value.time}</View>
        </Picker>
      </View>
    </View>
  );
}
