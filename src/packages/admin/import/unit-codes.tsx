import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { UnitView } from '@domain/contract/member';
import { UNIT_LEVEL_LABELS } from '@domain/rules/unit-tree';
import { call } from '../../../api';
import { useAction } from '../../../hooks/useAction';

/** The codes to put in the 单位编码 column, loaded when asked for. */
export function UnitCodes() {
  const [units, setUnits] = useState<UnitView[]>();
  const { run, problem } = useAction({ inline: true });
  const show = () => run(async () => setUnits((await call('member', 'listUnits', {})).units));
  return (
    <View className='uh-section'>
      <View className='uh-card'>
        {units ? (
          units.map((u) => (
            <View key={u.id} className='admin-line' style={{ paddingLeft: `${(u.level - 1) * 24}px` }}>
              <Text>
                {u.name} <Text className='uh-muted'>{UNIT_LEVEL_LABELS[u.level]}</Text>
              </Text>
              <Text className='admin-import__code'>{u.code}</Text>
            </View>
          ))
        ) : (
          <Text className='uh-muted' onClick={show}>
            查看单位编码 ›
          </Text>
        )}
        {problem && <View className='uh-field__error'>{problem}</View>}
      </View>
    </View>
  );
}
