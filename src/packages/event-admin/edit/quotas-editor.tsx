import { Picker, Text, View, Button } from '@tarojs/components';
import type { UnitOption } from '@domain/contract/event-model';
import { TextBox } from '../../../components/Form';

export interface QuotasEditorProps {
  quotas: { unitId: string; limit: string }[];
  units: UnitOption[];
  onChange: (quotas: { unitId: string; limit: string }[]) => void;
  locked: boolean;
}

/** Per-unit quotas: at most N places for members of a unit's subtree (units must not contain one another). */
export function QuotasEditor({ quotas, units, onChange, locked }: QuotasEditorProps) {
  const names = units.map((u) => `${'　'.repeat(u.level - 1)}${u.name}`);
  const patch = (i: number, p: Partial<{ unitId: string; limit: string }>) =>
    onChange(quotas.map((q, j) => (j === i ? { ...q, ...p } : q)));
  return (
    <View className='event-admin-edit__quotas'>
      {quotas.length === 0 && <View className='uh-muted'>不分配（先到先得）</View>}
      {quotas.map((q, i) => (
        <View key={i} className='uh-row event-admin-edit__quota'>
          <Picker
            mode='selector'
            range={names}
            value={Math.max(
              0,
              units.findIndex((u) => u.id === q.unitId),
            )}
            disabled={locked}
            onChange={(e) => patch(i, { unitId: units[Number(e.detail.value)]?.id ?? '' })}
          >
            <View className='uh-input event-admin-edit__quota-unit'>
              {units.find((u) => u.id === q.unitId)?.name ?? '选择单位'}
            </View>
          </Picker>
          <TextBox
            className='event-admin-edit__quota-limit'
            type='number'
            value={q.limit}
            disabled={locked}
            onChange={(limit) => patch(i, { limit })}
            max={6}
          />
          <Text>人</Text>
          {!locked && (
            <Text
              className='event-admin-edit__link uh-danger'
              onClick={() => onChange(quotas.filter((_, j) => j !== i))}
            >
              删除
            </Text>
          )}
        </View>
      ))}
      {!locked && (
        <Button
          className='uh-btn uh-btn--ghost uh-btn--small'
          onClick={() => onChange([...quotas, { unitId: '', limit: '' }])}
        >
          添加单位名额
        </Button>
      )}
    </View>
  );
}
