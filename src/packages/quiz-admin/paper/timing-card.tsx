import { View } from '@tarojs/components';
import { COUNT_MODES, COUNT_MODE_LABELS, PAPER_PURPOSES, PAPER_PURPOSE_LABELS } from '@domain/contract/quiz-model';
import type { PaperForm } from './form';
import { Line, NumberLine, When } from './lines';
import { StudyHoursLine } from './study-hours';
import { Chips, optionsOf } from '../../../components/Chips';
import { QA_CHIPS } from '../chips';
import { Toggle } from '../../../components/Form';

export interface TimingCardProps {
  form: PaperForm;
  /** Someone has started: only the close time, the certificate and the hours may change. */
  locked: boolean;
  set: (patch: Partial<PaperForm>) => void;
}

/** Time, window and attempts; which attempt counts; 学习型 or 考试型; certificate and study hours. */
export function TimingCard({ form, locked, set }: TimingCardProps) {
  return (
    <View className='uh-card'>
      <View className='uh-card__title'>时间与次数</View>
      <NumberLine
        label='答题时长（分钟）'
        value={form.timeLimitMinutes}
        disabled={locked}
        onChange={(timeLimitMinutes) => set({ timeLimitMinutes })}
      />
      <When label='开始时间' value={form.opens} disabled={locked} onChange={(opens) => set({ opens })} />
      <When label='截止时间' value={form.closes} disabled={false} onChange={(closes) => set({ closes })} />
      <NumberLine
        label='总作答次数（空为不限）'
        value={form.maxTotal}
        disabled={locked}
        onChange={(maxTotal) => set({ maxTotal })}
      />
      <NumberLine
        label='每天作答次数（空为不限）'
        value={form.maxPerDay}
        disabled={locked}
        onChange={(maxPerDay) => set({ maxPerDay })}
      />
      <View className='uh-field__label'>多次作答时成绩</View>
      <Chips
        options={optionsOf(COUNT_MODES, COUNT_MODE_LABELS)}
        isOn={(c) => form.counts === c}
        onTap={(c) => set({ counts: c })}
        skin={QA_CHIPS}
        locked={locked}
      />
      <View className='uh-field__label'>试卷类型（考试型：考试结束前题目不进入练习、不公布答案）</View>
      <Chips
        options={optionsOf(PAPER_PURPOSES, PAPER_PURPOSE_LABELS)}
        isOn={(p) => form.purpose === p}
        onTap={(p) => set({ purpose: p })}
        skin={QA_CHIPS}
        locked={locked}
      />
      <Line label='通过后颁发电子证书'>
        <Toggle
          className='quiz-admin-paper__cert-switch'
          checked={form.withCertificate}
          onChange={(withCertificate) => set({ withCertificate })}
        />
      </Line>
      <StudyHoursLine form={form} set={set} />
    </View>
  );
}
