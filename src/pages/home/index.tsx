import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { call, messageOf } from '../../api';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';

export default function Home() {
  const { data, error, loading, reload } = useLoad(() => call('member', 'me', {}));
  if (data && !data.registered) {
    void Taro.redirectTo({ url: '/pages/login/index' });
  }
  const m = data?.member;
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-card'>
          <Text className='uh-title'>{m ? `${m.name}，您好` : '您好'}</Text>
          {m && <View className='uh-card__meta'>{m.unitTrail.join(' / ')}</View>}
        </View>
      </View>
    </Screen>
  );
}
