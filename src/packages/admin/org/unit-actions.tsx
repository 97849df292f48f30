import { View, Button } from '@tarojs/components';
import { useState } from 'react';
import type { OrgUnitView } from '@domain/contract/member';
import { MAX_UNIT_LEVEL, UNIT_LEVEL_LABELS, moveProblem, trailOf, type UnitLevel } from '@domain/rules/unit-tree';
import { call } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';
import { useAction } from '../../../hooks/useAction';
import { confirm } from '../../../ui/confirm';
import { Field, TextBox } from '../../../components/Form';

type Panel = 'rename' | 'child' | 'move' | 'members' | null;

/** What an admin can do to one unit, opened under it in the tree. */
export function UnitActions({
  unit,
  units,
  onChanged,
}: {
  unit: OrgUnitView;
  units: OrgUnitView[];
  onChanged: () => Promise<void>;
}) {
  const [panel, setPanel] = useState<Panel>(null);
  // Each change: the tree reloaded and `done` toasted after a success, a refusal under the unit.
  const { run, problem } = useAction({ inline: true });
  const act = (task: () => Promise<unknown>, done: string) =>
    run(async () => {
      await task();
      await onChanged();
    }, done);

  if (unit.retired) return <View className='admin-org__actions uh-muted'>该单位已撤销。</View>;

  const retire = async () => {
    const ok = await confirm({
      title: '撤销单位',
      content: `确定撤销「${unit.name}」？撤销后不再出现在单位选择中。`,
      confirmText: '撤销',
      danger: true,
    });
    if (ok) await act(() => call('member', 'retireUnit', { unitId: unit.id }), '已撤销');
  };

  return (
    <View className='admin-org__actions'>
      <View className='admin-actions'>
        <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => setPanel('rename')}>
          改名
        </Button>
        {unit.level < MAX_UNIT_LEVEL && (
          <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => setPanel('child')}>
            新建下级
          </Button>
        )}
        {unit.level > 1 && (
          <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => setPanel('move')}>
            移动
          </Button>
        )}
        {unit.members > 0 && (
          <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => setPanel('members')}>
            转移成员
          </Button>
        )}
        <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={retire}>
          撤销
        </Button>
      </View>
      {panel === 'rename' && (
        <RenameForm
          unit={unit}
          onSave={(name) => act(() => call('member', 'renameUnit', { unitId: unit.id, name }), '已改名')}
        />
      )}
      {panel === 'child' && <CreateUnitForm parent={unit} onDone={onChanged} onCancel={() => setPanel(null)} />}
      {panel === 'move' && (
        <MoveForm
          unit={unit}
          units={units}
          onMove={(parentId) => act(() => call('member', 'moveUnit', { unitId: unit.id, parentId }), '已移动')}
        />
      )}
      {panel === 'members' && (
        <MoveMembersForm
          unit={unit}
          units={units}
          onMove={(toUnitId) => act(() => call('member', 'moveMembers', { fromUnitId: unit.id, toUnitId }), '已转移')}
        />
      )}
      {problem && <View className='uh-field__error'>{problem}</View>}
    </View>
  );
}

function RenameForm({ unit, onSave }: { unit: OrgUnitView; onSave: (name: string) => void }) {
  const [name, setName] = useState(unit.name);
  return (
    <View className='admin-panel'>
      <TextBox value={name} onChange={setName} max={40} />
      <View className='admin-actions'>
        <Button
          className='uh-btn uh-btn--small'
          disabled={!name.trim() || undefined}
          onClick={() => onSave(name.trim())}
        >
          保存名称
        </Button>
      </View>
    </View>
  );
}

/** New unit under `parent` (null: a new branch company). */
export function CreateUnitForm({
  parent,
  onDone,
  onCancel,
}: {
  parent: OrgUnitView | null;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [code, setCode] = useState(parent ? `${parent.code}-` : '');
  const { busy, run, problem } = useAction({ inline: true });
  const level = (parent ? parent.level + 1 : 1) as UnitLevel;
  const save = () =>
    run(async () => {
      await call('member', 'createUnit', { name: name.trim(), code: code.trim(), parentId: parent?.id ?? null });
      await onDone();
    }, '已新建');
  return (
    <View className='admin-panel uh-card'>
      <View className='uh-card__title'>
        新建{UNIT_LEVEL_LABELS[level]}
        {parent ? `（${parent.name}下）` : ''}
      </View>
      <Field label='名称'>
        <TextBox value={name} onChange={setName} max={40} />
      </Field>
      <Field label='单位编码（名册导入时使用，不可重复）'>
        <TextBox value={code} onChange={setCode} max={32} />
      </Field>
      {problem && <View className='uh-field__error'>{problem}</View>}
      <View className='admin-actions'>
        <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={onCancel}>
          取消
        </Button>
        <Button
          className='uh-btn uh-btn--small'
          disabled={busy || !name.trim() || !code.trim() || undefined}
          onClick={save}
        >
          新建
        </Button>
      </View>
    </View>
  );
}

/** The new parent: any active unit one level up other than the current parent. */
function MoveForm({
  unit,
  units,
  onMove,
}: {
  unit: OrgUnitView;
  units: OrgUnitView[];
  onMove: (parentId: string) => void;
}) {
  const options = units.filter((p) => moveProblem(unit, p) === null);
  return (
    <View className='admin-panel'>
      <View className='uh-muted'>
        移到哪个{UNIT_LEVEL_LABELS[(unit.level - 1) as UnitLevel]}下？下级单位和成员一并移动。
      </View>
      {options.length === 0 && <View className='uh-muted'>没有可移入的上级单位</View>}
      <View className='admin-actions'>
        {options.map((p) => (
          <Button key={p.id} className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => onMove(p.id)}>
            {trailOf(units, p.id).join(' / ')}
          </Button>
        ))}
      </View>
    </View>
  );
}

function MoveMembersForm({
  unit,
  units,
  onMove,
}: {
  unit: OrgUnitView;
  units: OrgUnitView[];
  onMove: (toUnitId: string) => void;
}) {
  const [to, setTo] = useState<string | null>(null);
  return (
    <View className='admin-panel'>
      <View className='uh-muted'>
        把「{unit.name}」的 {unit.members} 名成员转到：
      </View>
      <UnitPicker units={units.filter((u) => !u.retired)} value={to} onChange={setTo} />
      <View className='admin-actions'>
        <Button
          className='uh-btn uh-btn--small'
          disabled={!to || to === unit.id || undefined}
          onClick={() => to && onMove(to)}
        >
          确认转移
        </Button>
      </View>
    </View>
  );
}
