import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Icon, type IconName } from '../Icon';
import './index.scss';

export interface EmptyProps {
  /** What is missing, e.g. 暂无新通知. */
  text: string;
  /** What to expect or do next, e.g. 新通知发布后会显示在这里. */
  hint?: string;
  /** @default 'check' */
  icon?: IconName;
  /** A way forward (a link or button). */
  children?: ReactNode;
}

/** An empty list: says what is missing and what to expect, never a bare grey line. */
export function Empty({ text, hint, icon = 'check', children }: EmptyProps) {
  return (
    <View className='uh-card uh-empty-state'>
      <Icon name={icon} tone='muted' size='md' />
      <Text className='uh-empty-state__text'>{text}</Text>
      {hint && <Text className='uh-empty-state__hint'>{hint}</Text>}
      {children}
    </View>
  );
}
