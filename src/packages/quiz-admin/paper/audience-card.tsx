import { View } from '@tarojs/components';
import type { UnitOption } from '@domain/contract/common';
import type { PaperForm } from './form';
import { AudienceChips, ROLE_OPTIONS } from '../../../components/AudienceChips';
import { QA_CHIPS } from '../chips';
import type { ChipSkin } from '../../../components/Chips';

/** Top-level units stand out in bold (pe-unit--l1). */
const UNIT_SKIN: ChipSkin = { ...QA_CHIPS, level: 'quiz-admin-paper__unit--l' };

export interface AudienceCardProps {
  form: PaperForm;
  units: UnitOption[];
  /** Someone has started: who takes it is fixed. */
  locked: boolean;
  set: (patch: Partial<PaperForm>) => void;
}

/** Who takes the paper: units (each with its subtree) and roles. */
export function AudienceCard({ form, units, locked, set }: AudienceCardProps) {
  return (
    <View className='uh-card'>
      <View className='uh-card__title'>面向单位（含下级单位）</View>
      <AudienceChips
        options={units}
        chosen={form.audienceUnits}
        onChange={(audienceUnits) => set({ audienceUnits })}
        skin={UNIT_SKIN}
        locked={locked}
      />
      <View className='uh-field__label'>面向身份（不选为全部）</View>
      <AudienceChips
        options={ROLE_OPTIONS}
        chosen={form.audienceRoles}
        onChange={(audienceRoles) => set({ audienceRoles })}
        skin={QA_CHIPS}
        locked={locked}
      />
    </View>
  );
}
