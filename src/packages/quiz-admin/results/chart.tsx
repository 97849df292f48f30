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
    <View className='quiz-admin-results__chart'>
      <View className='quiz-admin-results__chart-bars'>
        {buckets.map((b, i) => (
          <View key={i} className='quiz-admin-results__chart-col'>
            <Text className='quiz-admin-results__chart-count'>{b.count}</Text>
            <View
              className={`quiz-admin-results__chart-bar ${b.from >= passScore ? 'quiz-admin-results__chart-bar--pass' : ''}`}
              style={{ height: `${Math.round((b.count / top) * 100)}%` }}
            />
          </View>
        ))}
      </View>
      <View className='quiz-admin-results__chart-axis'>
        {buckets.map((b, i) => (
          <Text key={i} className='quiz-admin-results__chart-label'>
            {score(b.from)}
          </Text>
        ))}
      </View>
      <View className='uh-muted quiz-admin-results__chart-note'>
        横轴为分数段起点（每段宽 {buckets[0] ? score(buckets[0].to - buckets[0].from) : 0} 分），绿色为及格分数段
      </View>
    </View>
  );
}
