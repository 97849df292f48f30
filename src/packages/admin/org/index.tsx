import { View, Text, Button } from '@tarojs/components';
import { useState } from 'react';
import type { OrgUnitView } from '@domain/contract/member';
import { UNIT_LEVEL_LABELS, childrenOf } from '@domain/rules/unit-tree';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { UnitActions, CreateUnitForm } from './unit-actions';
import '../admin.scss';
import './index.scss';

/** The admin's org tree: every unit (retired ones greyed) with its member count; tap a unit to act on it. */
export default function Org() {
  const { data, error, loading, reload } = useLoad(() => call('member', 'getOrgTree', {}));
  const [selected, setSelected] = useState<string | null>(null);
  const [creatingBranch, setCreatingBranch] = useState(false);
  const units = data?.units ?? [];

  const changed = async () => {
    setCreatingBranch(false);
    await reload();
  };

  const renderUnit = (u: OrgUnitView) => (
    <View key={u.id}>
      <View
        className={`admin-org__unit admin-org__unit--l${u.level} ${u.retired ? 'admin-org__unit--retired' : ''} ${selected === u.id ? 'admin-org__unit--on' : ''}`}
        onClick={() => setSelected(selected === u.id ? null : u.id)}
      >
        <View>
          <Text className='admin-org__name'>{u.name}</Text>
          <Text className='uh-muted admin-org__meta'>
            {UNIT_LEVEL_LABELS[u.level]} · {u.code}
          </Text>
        </View>
        <Text className={`uh-tag ${u.retired ? 'uh-tag--muted' : ''}`}>{u.retired ? '已撤销' : `${u.members}人`}</Text>
      </View>
      {selected === u.id && <UnitActions unit={u} units={units} onChanged={changed} />}
      {childrenOf(units, u.id, true).map(renderUnit)}
    </View>
  );

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-muted admin-org__hint'>
          点选单位可改名、新建下级、移动、转移成员或撤销。有成员的单位需先转移成员才能撤销。
        </View>
        <View className='uh-card admin-org__tree'>{childrenOf(units, null, true).map(renderUnit)}</View>
        {creatingBranch ? (
          <CreateUnitForm parent={null} onDone={changed} onCancel={() => setCreatingBranch(false)} />
        ) : (
          <Button className='uh-btn uh-btn--ghost' onClick={() => setCreatingBranch(true)}>
            新建分公司
          </Button>
        )}
      </View>
    </Screen>
  );
}
