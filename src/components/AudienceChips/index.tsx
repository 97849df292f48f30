import { View } from '@tarojs/components';
import { ROLES, ROLE_LABELS, type Role } from '@domain/roles';
import { toggled } from '../../utils/toggled';
import { Chips, optionsOf, type ChipOption, type ChipSkin } from '../Chips';
import './index.scss';

/** The roles an audience may be narrowed to, in the order every editor lists them. */
export const ROLE_OPTIONS = optionsOf(ROLES, ROLE_LABELS);

/** A saved audience names every role when none was picked; the picker shows that as no role chosen. */
export const pickedRoles = (roles: Role[]): Role[] => (roles.length === ROLES.length ? [] : roles);

export interface AudienceChipsProps<T extends string> {
  /** Org units (a UnitOption, standing for its subtree) or ROLE_OPTIONS. */
  options: readonly ChipOption<T>[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  skin: ChipSkin;
  /** The audience is fixed (someone has started). */
  locked?: boolean;
}

/** Who an event, paper, notice, survey or lesson is for: tapping a unit or a role adds or drops it. */
export function AudienceChips<T extends string>({ options, chosen, onChange, skin, locked }: AudienceChipsProps<T>) {
  return (
    <Chips
      options={options}
      isOn={(id) => chosen.includes(id)}
      onTap={(id) => onChange(toggled(chosen, id))}
      skin={skin}
      locked={locked}
    />
  );
}

/** The audience as the editors keep it: unit ids (each with its subtree) and roles (none picked = all). */
export interface AudienceForm {
  audienceUnits: string[];
  audienceRoles: Role[];
}

export interface AudienceCardProps {
  form: AudienceForm;
  units: readonly ChipOption<string>[];
  set: (patch: Partial<AudienceForm>) => void;
  unitSkin: ChipSkin;
  roleSkin: ChipSkin;
  locked?: boolean;
}

/** The 面向 card of an event or a paper: which units, then which roles. */
export function AudienceCard({ form, units, set, unitSkin, roleSkin, locked }: AudienceCardProps) {
  return (
    <View className='uh-card'>
      <View className='uh-card__title'>面向单位（含下级单位）</View>
      <AudienceChips
        options={units}
        chosen={form.audienceUnits}
        onChange={(audienceUnits) => set({ audienceUnits })}
        skin={unitSkin}
        locked={locked}
      />
      <View className='uh-field__label audience-chips__roles'>面向身份（不选为全部）</View>
      <AudienceChips
        options={ROLE_OPTIONS}
        chosen={form.audienceRoles}
        onChange={(audienceRoles) => set({ audienceRoles })}
        skin={roleSkin}
        locked={locked}
      />
    </View>
  );
}
