import { Text, View } from '@tarojs/components';
import type { UnitOption } from '@domain/contract/common';
import { ROLES, ROLE_LABELS, type Role } from '@domain/roles';
import type { PaperForm } from './form';
import { toggled } from '../../../utils/toggled';

export interface AudienceCardProps {
  form: PaperForm;
  units: UnitOption[];
  /** Someone has started: who takes it is fixed. */
  locked: boolean;
  set: (patch: Partial<PaperForm>) => void;
}

/** Who takes the paper: units (each with its subtree) and roles. */
export function AudienceCard({ form, units, locked, set }: AudienceCardProps) {
  const toggleUnit = (id: string) => set({ audienceUnits: toggled(form.audienceUnits, id) });
  const toggleRole = (r: Role) => set({ audienceRoles: toggled(form.audienceRoles, r) });
  return (
    <View className='uh-card'>
      <View className='uh-card__title'>面向单位（含下级单位）</View>
      <View className='qa-chips'>
        {units.map((u) => (
          <Text
            key={u.id}
            className={`qa-chip pe-unit--l${u.level} ${form.audienceUnits.includes(u.id) ? 'qa-chip--on' : ''}`}
            onClick={() => !locked && toggleUnit(u.id)}
          >
            {u.name}
          </Text>
        ))}
      </View>
      <View className='uh-field__label'>面向身份（不选为全部）</View>
      <View className='qa-chips'>
        {ROLES.map((r) => (
          <Text
            key={r}
            className={`qa-chip ${form.audienceRoles.includes(r) ? 'qa-chip--on' : ''}`}
            onClick={() => !locked && toggleRole(r)}
          >
            {ROLE_LABELS[r]}
          </Text>
        ))}
      </View>
    </View>
  );
}
