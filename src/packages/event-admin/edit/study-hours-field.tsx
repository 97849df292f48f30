import { Text, View } from '@tarojs/components';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS } from '@domain/rules/training-subjects';
import type { FormState } from './form';
import { Field, TextBox } from '../../../components/Form';

export interface StudyHoursFieldProps {
  form: FormState;
  set: (p: Partial<FormState>) => void;
}

/** 培训 / 会议 (以会代训): the study hours a member earns when checked in, and their subject (issue 20). */
export function StudyHoursField({ form, set }: StudyHoursFieldProps) {
  return (
    <Field label='签到后计入学时'>
      <TextBox type='digit' value={form.studyHours} onChange={(studyHours) => set({ studyHours })} max={6} />
      <View className='event-admin-edit__chips'>
        {STUDY_SUBJECTS.map((s) => (
          <Text
            key={s}
            className={`event-admin-edit__chip ${form.studySubject === s ? 'event-admin-edit__chip--on' : ''}`}
            onClick={() => set({ studySubject: s })}
          >
            {STUDY_SUBJECT_LABELS[s]}
          </Text>
        ))}
      </View>
    </Field>
  );
}
