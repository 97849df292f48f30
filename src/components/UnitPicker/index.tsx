import { View, Text } from '@tarojs/components';
import { useMemo } from 'react';
import type { UnitView } from '@domain/contract/member';
import { UNIT_LEVEL_LABELS, childrenOf, pathOf, trailOf, type UnitLevel } from '@domain/rules/unit-tree';
import './index.scss';

export interface UnitPickerProps {
  /** The tree, flat (one `member.listUnits` call). */
  units: UnitView[];
  /** The chosen unit id, or null. */
  value: string | null;
  onChange: (unitId: string) => void;
  /**
   * Offer only this unit and what is below it (an organizer's subtree); its ancestors are shown
   * fixed. @default null (the whole tree)
   */
  rootId?: string | null;
  /** Shown in red under the picker. */
  error?: string;
  /** What the summary line says while nothing is chosen. @default '请选择所在单位' */
  placeholder?: string;
}

/**
 * The three-level unit picker: branch company, then brigade, then grassroots union, each level a row
 * of large tappable choices (no scrolling wheels: easier for older members and for tests). Any level
 * may be the answer; choosing a higher level clears the levels below.
 */
export function UnitPicker({
  units,
  value,
  onChange,
  rootId = null,
  error,
  placeholder = '请选择所在单位',
}: UnitPickerProps) {
  const chosenPath = useMemo(() => (value ? pathOf(units, value) : []), [units, value]);
  const rootPath = useMemo(() => (rootId ? pathOf(units, rootId) : []), [units, rootId]);
  const levels: { level: UnitLevel; options: UnitView[]; selected: string | null; locked: boolean }[] = [];
  let implied: string | null = null;
  for (let i = 0; i < 3; i++) {
    const parentId: string | null = i === 0 ? null : (chosenPath[i - 1] ?? rootPath[i - 1] ?? implied);
    if (i > 0 && !parentId) break;
    // Above the organizer's root only the root's own ancestor is offered.
    const fixed = rootPath[i];
    const options: UnitView[] = childrenOf(units, parentId).filter((u) => !fixed || u.id === fixed);
    if (options.length === 0) break;
    // Ancestors of the root are context, not choices.
    const locked = Boolean(fixed) && i < rootPath.length - 1;
    const selected = locked ? fixed : (chosenPath[i] ?? null);
    // A level with a single choice (one branch company) opens the next level without a tap.
    implied = selected ?? (options.length === 1 ? options[0].id : null);
    levels.push({ level: (i + 1) as UnitLevel, options, selected, locked });
  }
  return (
    <View className='uh-unit-picker'>
      {levels.map(({ level, options, selected, locked }) => (
        <View key={level} className='uh-unit-picker__level'>
          <Text className='uh-unit-picker__label'>{UNIT_LEVEL_LABELS[level]}</Text>
          <View className='uh-unit-picker__options'>
            {options.map((u) => (
              <View
                key={u.id}
                className={`uh-unit-picker__chip ${selected === u.id ? 'uh-unit-picker__chip--on' : ''} ${locked ? 'uh-unit-picker__chip--locked' : ''}`}
                onClick={() => !locked && onChange(u.id)}
              >
                {u.name}
              </View>
            ))}
          </View>
        </View>
      ))}
      <View className='uh-unit-picker__chosen'>
        {value ? `已选：${trailOf(units, value).join(' / ')}` : placeholder}
      </View>
      {error && <Text className='uh-field__error'>{error}</Text>}
    </View>
  );
}
