import { Picker, Text, View } from '@tarojs/components';
import { EVENT_KINDS, EVENT_KIND_LABELS, isTrainingKind, type UnitOption } from '@domain/contract/event-model';
import { FieldsEditor } from './fields-editor';
import { TIME_KEYS, TIME_LABELS, type FormState } from './form';
import { QuotasEditor } from './quotas-editor';
import { StudyHoursField } from './study-hours-field';
import { AudienceCard } from '../../../components/AudienceChips';
import { Chips, optionsOf, type ChipSkin } from '../../../components/Chips';
import { Field, TextBox, Toggle } from '../../../components/Form';

/** The three welfare kinds are once-a-year benefits by default. */
const ONCE_A_YEAR_BY_DEFAULT = new Set(['summer_cooling', 'autumn_aid', 'winter_warmth']);

const KIND_OPTIONS = optionsOf(EVENT_KINDS, EVENT_KIND_LABELS);
const CHIP_SKIN: ChipSkin = {
  list: 'event-admin-edit__chips',
  chip: 'event-admin-edit__chip',
  on: 'event-admin-edit__chip--on',
};
/** Units stand one a line, indented by their depth in the tree. */
const UNIT_SKIN: ChipSkin = {
  list: 'event-admin-edit__units',
  chip: 'event-admin-edit__chip event-admin-edit__unit',
  on: 'event-admin-edit__chip--on',
  level: 'event-admin-edit__unit--l',
};

export interface EventFormViewProps {
  form: FormState;
  units: UnitOption[];
  /** Published with registrations: kind, review, form and quotas are fixed. */
  locked: boolean;
  set: (patch: Partial<FormState>) => void;
}

/** The event editor's inputs: what, where, when, places, audience, sign-up form, unit quotas. */
export function EventFormView({ form, units, locked, set }: EventFormViewProps) {
  const fixed = locked ? '（不可修改）' : '';
  return (
    <View>
      <View className='uh-card'>
        <Field label={<>活动类型{locked ? '（发布后不可修改）' : ''}</>}>
          <Chips
            options={KIND_OPTIONS}
            isOn={(k) => form.kind === k}
            onTap={(k) => set({ kind: k, oncePerKindPerYear: ONCE_A_YEAR_BY_DEFAULT.has(k) })}
            skin={CHIP_SKIN}
            locked={locked}
          />
        </Field>
        <Field label='活动名称'>
          <TextBox
            value={form.title}
            onChange={(title) => set({ title })}
            max={40}
            placeholder='如：夏送清凉慰问一线职工'
          />
        </Field>
        <Field label='活动地点'>
          <TextBox value={form.place} onChange={(place) => set({ place })} max={60} />
        </Field>
        <Field label='活动说明'>
          <TextBox value={form.description} onChange={(description) => set({ description })} max={2000} multiline />
        </Field>
        {isTrainingKind(form.kind) ? <StudyHoursField form={form} set={set} /> : null}
      </View>

      <View className='uh-card'>
        <View className='uh-card__title'>时间</View>
        {TIME_KEYS.map((k) => (
          <View key={k} className='uh-row event-admin-edit__when'>
            <Text className='event-admin-edit__when-label'>{TIME_LABELS[k]}</Text>
            {(['date', 'time'] as const).map((part) => (
              <Picker
                key={part}
                mode={part}
                value={form.times[k][part]}
                onChange={(e) =>
                  set({ times: { ...form.times, [k]: { ...form.times[k], [part]: String(e.detail.value) } } })
                }
              >
                <View className='uh-input event-admin-edit__when-pick'>{form.times[k][part]}</View>
              </Picker>
            ))}
          </View>
        ))}
      </View>

      <View className='uh-card'>
        <View className='uh-card__title'>名额</View>
        <SwitchLine label='不限名额' checked={form.unlimited} onChange={(unlimited) => set({ unlimited })} />
        {!form.unlimited && (
          <NumberLine label='名额' value={form.capacity} onChange={(capacity) => set({ capacity })} />
        )}
        <SwitchLine label='满员后可候补' checked={form.waitlistOn} onChange={(waitlistOn) => set({ waitlistOn })} />
        {form.waitlistOn && (
          <NumberLine label='候补人数' value={form.waitlistSize} onChange={(waitlistSize) => set({ waitlistSize })} />
        )}
        <SwitchLine
          label={`报名需审核${fixed}`}
          checked={form.needsReview}
          disabled={locked}
          onChange={(needsReview) => set({ needsReview })}
        />
        <SwitchLine
          label={`同类活动每人每年限一次${fixed}`}
          checked={form.oncePerKindPerYear}
          disabled={locked}
          onChange={(oncePerKindPerYear) => set({ oncePerKindPerYear })}
        />
      </View>

      <AudienceCard form={form} units={units} set={set} unitSkin={UNIT_SKIN} roleSkin={CHIP_SKIN} />

      <View className='uh-card'>
        <View className='uh-card__title'>报名表单{locked ? '（发布后不可修改）' : ''}</View>
        <FieldsEditor fields={form.fields} locked={locked} onChange={(fields) => set({ fields })} />
      </View>

      <View className='uh-card'>
        <View className='uh-card__title'>单位名额分配{locked ? '（发布后不可修改）' : ''}</View>
        <QuotasEditor quotas={form.quotas} units={units} locked={locked} onChange={(quotas) => set({ quotas })} />
      </View>
    </View>
  );
}

function SwitchLine(p: { label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className='uh-row event-admin-edit__line'>
      <Text>{p.label}</Text>
      <Toggle checked={p.checked} disabled={p.disabled} onChange={p.onChange} />
    </View>
  );
}

function NumberLine(p: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <View className='uh-row event-admin-edit__line'>
      <Text>{p.label}</Text>
      <TextBox className='event-admin-edit__number' type='number' value={p.value} onChange={p.onChange} max={6} />
    </View>
  );
}
