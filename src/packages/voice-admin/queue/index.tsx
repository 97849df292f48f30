import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { QueueFilter } from '@domain/contract/voice-model';
import { chinaDate, listDate } from '@domain/rules/china-time';
import { VOICE_KIND_LABELS, VOICE_STATUS_LABELS } from '@domain/rules/voice-request';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { WaitingTag } from '../../../components/VoiceParts';
import { link } from '../../../navigation';
import '../../../components/VoiceParts/index.scss';
import '../admin.scss';

const FILTERS: { key: QueueFilter; label: string }[] = [
  { key: 'open', label: '待答复' },
  { key: 'overdue', label: '已超期' },
  { key: 'answered', label: '已答复' },
  { key: 'closed', label: '已关闭' },
  { key: 'all', label: '全部' },
];

/** The organizer's queue: my subtree's requests, the most urgent first, by unit if I choose one. */
export default function Queue() {
  const [filter, setFilter] = useState<QueueFilter>('open');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [mine, setMine] = useState(false);
  const { data, error, loading, reload } = useLoad(
    () => call('voice', 'listQueue', { filter, unitId, assignedToMe: mine, page: 1 }),
    [filter, unitId, mine],
  );
  const [units, setUnits] = useState<{ id: string; name: string }[]>([]);
  // The unit list comes with page 1 of the unfiltered queue; keep it while filtering.
  useEffect(() => {
    if (data?.units.length) setUnits(data.units);
  }, [data]);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  const now = Date.now();
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='voice-admin-links'>
          <Text className='voice-admin-links__item' onClick={link('voiceDashboard')}>
            数据看板
          </Text>
          <Text className='voice-admin-links__item' onClick={link('voiceSettings')}>
            承诺与模板
          </Text>
          <Text className='voice-admin-links__item' onClick={link('voiceAdminSurveys')}>
            问卷调研
          </Text>
        </View>
        <View className='voice-admin-tabs'>
          {FILTERS.map((f) => (
            <Text
              key={f.key}
              className={`voice-admin-tab ${filter === f.key ? 'voice-admin-tab--on' : ''}`}
              onClick={() => setFilter(f.key)}
            >
              {f.label}
            </Text>
          ))}
          <Text className={`voice-admin-tab ${mine ? 'voice-admin-tab--on' : ''}`} onClick={() => setMine(!mine)}>
            转给我的
          </Text>
        </View>
        {units.length > 1 && (
          <View className='voice-admin-tabs'>
            <Text
              className={`voice-admin-tab ${!unitId ? 'voice-admin-tab--on' : ''}`}
              onClick={() => setUnitId(undefined)}
            >
              全部单位
            </Text>
            {units.map((u) => (
              <Text
                key={u.id}
                className={`voice-admin-tab ${unitId === u.id ? 'voice-admin-tab--on' : ''}`}
                onClick={() => setUnitId(u.id)}
              >
                {u.name}
              </Text>
            ))}
          </View>
        )}
        {data && data.items.length === 0 && <View className='uh-empty'>没有需要处理的诉求</View>}
        {data?.items.map((r) => (
          <View key={r.id} className='uh-card voice-admin-queue__row' onClick={link('voiceAdminRequest', { id: r.id })}>
            <View>
              <Text className='uh-tag'>{VOICE_KIND_LABELS[r.kind]}</Text>
              <Text className='uh-tag uh-tag--muted'>{VOICE_STATUS_LABELS[r.status]}</Text>
              <WaitingTag waiting={r.waiting} />
              {r.escalated && <Text className='uh-tag uh-tag--warn'>督办</Text>}
              {r.adopted && <Text className='uh-tag uh-tag--ok'>已采纳</Text>}
            </View>
            <View className='uh-card__title'>{r.excerpt}</View>
            <View className='uh-card__meta'>
              {r.unitName} · {r.writer} · {listDate(r.createdAt, now)}
              {r.dueAt ? ` · ${chinaDate(r.dueAt - 1)}前答复` : ''}
              {r.assignee ? ` · 转${r.assignee}` : ''}
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
