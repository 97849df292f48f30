import { Text, View } from '@tarojs/components';
import type { PlainPage } from '@domain/routes';
import { Icon, type IconName } from '../../components/Icon';
import { goTo } from '../../navigation';

export interface LinkItem {
  label: string;
  /** A page that takes no query. */
  page: PlainPage;
  icon: IconName;
}

/** A card of rows, each opening one page: icon, label, arrow, a full-width tap target. */
export function LinkRows({ items }: { items: LinkItem[] }) {
  return (
    <View className='uh-card me__links'>
      {items.map((item) => (
        <View key={item.page} className='me__link' onClick={() => goTo(item.page)}>
          <Icon name={item.icon} tone='primary' size='md' />
          <Text className='me__link-label'>{item.label}</Text>
          <Icon name='chevron' tone='muted' />
        </View>
      ))}
    </View>
  );
}
