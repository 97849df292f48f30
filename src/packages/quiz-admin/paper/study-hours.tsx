import { View } from '@tarojs/components';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS } from '@domain/rules/training-subjects';
import type { PaperForm } from './form';
import { Chips, optionsOf } from '../../../components/Chips';
import { QA_CHIPS } from '../chips';
import { TextBox } from '../../../components/Form';

export interface StudyHoursLineProps {
  form: PaperForm;
  set: (p: Partial<PaperForm>) => void;
}

/** The study hours a pass earns, once per member (issue 20); may change even after the paper started. */
export function StudyHoursLine({ form, set }: StudyHoursLineProps) {
  return (
    <View className='uh-field quiz-admin-paper__hours'>
      <View className='uh-field__label'>通过后计入学时（不填为不计）</View>
      <TextBox
        type='digit'
        value={form.studyHours}
        placeholder='如 2'
        onChange={(studyHours) => set({ studyHours })}
        max={6}
      />
      <Chips
        options={optionsOf(STUDY_SUBJECTS, STUDY_SUBJECT_LABELS)}
        isOn={(s) => form.studySubject === s}
        onTap={(s) => set({ studySubject: s })}
        skin={QA_CHIPS}
      />
    </View>
  );
}
