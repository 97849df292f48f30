import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { VOICE_KIND_LABELS } from '@domain/rules/voice-request';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { openFile } from '../../../utils/open-file';
import { useLoad } from '../../../hooks/useLoad';
import { Bar, percent } from '../bar';
import '../admin.scss';

function shiftMonth(month: string, by: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** A month of requests rolled up the tree: volume, answered on time, satisfaction, topics. */
export default function Dashboard() {
  // No month at first: the server's "this month" (its clock is the one that counts).
  const [month, setMonth] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const {
    data: d,
    error,
    loading,
    reload,
  } = useLoad(() => call('voice', 'getDashboard', { month, unitId }), [month, unitId]);
  const { busy: exporting, run } = useAction();

  const exportMonth = () =>
    run(async () => {
      await openFile(await call('voiceAdmin', 'exportRequests', { month: d?.month, unitId }));
    });

  const maxCat = Math.max(1, ...(d?.byCategory ?? []).map((c) => c.count));
  const maxTopic = Math.max(1, ...(d?.topics ?? []).map((t) => t.count));
  return (
    <Screen loading={loading && !d} error={error && messageOf(error)} onRetry={reload}>
      {d && (
        <View className='uh-section voice-admin-dashboard'>
          <View className='uh-row'>
            <Text className='voice-admin-tab' onClick={() => setMonth(shiftMonth(d.month, -1))}>
              ‹ 上月
            </Text>
            <Text className='uh-title'>{`${d.month.slice(0, 4)}年${Number(d.month.slice(5, 7))}月`}</Text>
            <Text className='voice-admin-tab' onClick={() => setMonth(shiftMonth(d.month, 1))}>
              下月 ›
            </Text>
          </View>
          <View className='voice-admin-tabs'>
            {d.unitOptions.map((u) => (
              <Text
                key={u.id}
                className={`voice-admin-tab ${(unitId ?? d.unitId) === u.id ? 'voice-admin-tab--on' : ''}`}
                onClick={() => setUnitId(u.id)}
              >
                {u.name}
              </Text>
            ))}
          </View>
          <View className='uh-card'>
            <View className='uh-card__title'>{d.unitName}</View>
            <View className='voice-admin-stats'>
              <Stat label='收到诉求' value={String(d.totals.total)} />
              <Stat label='已答复' value={String(d.totals.answered)} />
              <Stat
                label='按时答复率'
                value={percent(d.totals.onTimeShare)}
                className='voice-admin-dashboard__on-time'
              />
              <Stat label='满意率' value={percent(d.totals.satisfaction)} />
              <Stat label='超期未答复' value={String(d.totals.overdue)} />
              <Stat label='建议采纳' value={String(d.totals.adopted)} />
            </View>
          </View>
          <View className='uh-card'>
            <View className='uh-card__title'>本月热点话题</View>
            {d.topics.length === 0 && <View className='uh-muted'>诉求还不多，暂无热点</View>}
            {d.topics.map((t) => (
              <Bar key={t.word} label={t.word} value={t.count} max={maxTopic} text={`${t.count}件`} />
            ))}
          </View>
          <View className='uh-card'>
            <View className='uh-card__title'>按方面</View>
            {d.byCategory.map((c) => (
              <Bar key={c.category} label={c.category} value={c.count} max={maxCat} />
            ))}
            <View className='uh-muted'>
              {d.byKind.map((k) => `${VOICE_KIND_LABELS[k.kind]} ${k.count}`).join(' · ')}
            </View>
          </View>
          <View className='uh-card'>
            <View className='uh-card__title'>按单位</View>
            <View className='voice-admin-unit uh-muted'>
              <Text className='voice-admin-unit__name'>单位</Text>
              <Text className='voice-admin-unit__cell'>诉求</Text>
              <Text className='voice-admin-unit__cell'>按时率</Text>
              <Text className='voice-admin-unit__cell'>满意率</Text>
            </View>
            {d.units.map((u) => (
              <View key={u.unitId} className='voice-admin-unit'>
                <Text className='voice-admin-unit__name' style={{ paddingLeft: `${u.depth * 24}px` }}>
                  {u.name}
                </Text>
                <Text className='voice-admin-unit__cell'>{u.total}</Text>
                <Text className='voice-admin-unit__cell'>{percent(u.onTimeShare)}</Text>
                <Text className='voice-admin-unit__cell'>{percent(u.satisfaction)}</Text>
              </View>
            ))}
          </View>
          <Button className='uh-btn uh-btn--ghost' disabled={exporting || undefined} onClick={() => void exportMonth()}>
            导出本月诉求（Excel）
          </Button>
        </View>
      )}
    </Screen>
  );
}

function Stat({ label, value, className = '' }: { label: string; value: string; className?: string }) {
  return (
    <View className={`voice-admin-stat ${className}`}>
      <View className='voice-admin-stat__value'>{value}</View>
      <View className='uh-muted'>{label}</View>
    </View>
  );
}
