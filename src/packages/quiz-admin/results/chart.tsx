import { Text, View } from '@tarojs/components';
import type { ScoreBucket } from '@domain/contract/quiz-admin-model';
import { score } from '../../../utils/quiz-format';

/**
 * The score distribution as plain bars (no chart library): one column per band, its height the
 * share of the tallest band, its count on top, the band under it; passing bands in green.
 */
export function DistributionChart({ buckets, passScore }: { buckets: ScoreBucket[]; passScore: number }) {
  const top = Math.max(1, ...buckets.map((b) => b.count));
  return (
    <View className='qr-chart'>
      <View className='qr-chart__bars'>
        {buckets.map((b, i) => (
          <View key={i} className='qr-chart__col'>
            <Text className='qr-chart__count'>{b.count}</Text>
            <View
              className={`qr-chart__bar ${b.from >= passScore ? 'qr-chart__bar--pass' : ''}`}
              style={{ height: `${Math.round((b.count / top) * 100)}%` }}
            />
          </View>
        ))}
      </View>
      <View className='qr-chart__axis'>
        {buckets.map((b, i) => (
          <Text key={i} className='qr-chart__label'>
            {score(b.from)}
          </Text>
        ))}
      </View>
      <View className='uh-muted qr-chart__note'>
        横轴为分数段起点（每段宽 {buckets[0] ? score(buckets[0].to - buckets[0].from) : 0} 分），绿色为及格分数段
      </View>
    </View>
  );
}
