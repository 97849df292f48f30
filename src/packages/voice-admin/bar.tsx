import { Text, View } from '@tarojs/components';

/** A simple horizontal bar chart row: no chart library ships to the phone. */
export function Bar({ label, value, max, text }: { label: string; value: number; max: number; text?: string }) {
  const width = max > 0 ? Math.max(2, Math.round((value / max) * 100)) : 0;
  return (
    <View className='voice-admin-bar'>
      <Text className='voice-admin-bar__label'>{label}</Text>
      <View className='voice-admin-bar__track'>
        <View className='voice-admin-bar__fill' style={{ width: `${width}%` }} />
      </View>
      <Text className='voice-admin-bar__value'>{text ?? value}</Text>
    </View>
  );
}

export const percent = (v: number | null): string => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
