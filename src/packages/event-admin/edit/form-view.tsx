import { Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import { EVENT_KINDS, EVENT_KIND_LABELS, isTrainingKind, type UnitOption } from '@domain/contract/event-model';
import { ROLES, ROLE_LABELS, type Role } from '@domain/roles';
import { FieldsEditor } from './fields-editor';
import { TIME_KEYS, TIME_LABELS, type FormState } from './form';
import { QuotasEditor } from './quotas-editor';
import { StudyHoursField } from './study-hours-field';
import { toggled } from '../../../utils/toggled';

/** The three welfare kinds are once-a-year benefits by default. */
const ONCE_A_YEAR_BY_DEFAULT = new Set(['summer_cooling', 'autumn_aid', 'winter_warmth']);

export interface EventFormViewProps {
  form: FormState;
  units: UnitOption[];
  /** Published with registrations: kind, review, form and quotas are fixed. */
  locked: boolean;
  set: (patch: Partial<FormState>) => void;
}

/** The event editor's inputs: what, where, when, places, audience, sign-up form, unit quotas. */
export function EventFormView({ form, units, locked, set }: EventFormViewProps) {
  const toggleUnit = (id: string) => set({ audienceUnits: toggled(form.audienceUnits, id) });
  const toggleRole = (r: Role) => set({ audienceRoles: toggled(form.audienceRoles, r) });
  return (
    <View>
      <View className='uh-card'>
        <View className='uh-field'>
          <Text className='uh-field__label'>活动类型{locked ? '（发布后不可修改）' : ''}</Text>
          <View className='ee-chips'>
            {EVENT_KINDS.map((k) => (
              <Text
                key={k}
                className={`ee-chip ${form.kind === k ? 'ee-chip--on' : ''}`}
                onClick={() => !locked && set({ kind: k, oncePerKindPerYear: ONCE_A_YEAR_BY_DEFAULT.has(k) })}
              >
                {EVENT_KIND_LABELS[k]}
              </Text>
            ))}
          </View>
        </View>
        <View className='uh-field'>
          <Text className='uh-field__label'>活动名称</Text>
          <Input
            className='uh-input'
            value={form.title}
            maxlength={40}
            placeholder='如：夏送清凉慰问一线职工'
            onInput={(e) => set({ title: e.detail.value })}
          />
        </View>
        <View className='uh-field'>
          <Text className='uh-field__label'>活动地点</Text>
          <Input
            className='uh-input'
            value={form.place}
            maxlength={60}
            onInput={(e) => set({ place: e.detail.value })}
          />
        </View>
        <View className='uh-field'>
          <Text className='uh-field__label'>活动说明</Text>
          <Textarea
            className='uh-input ee-desc'
            value={form.description}
            maxlength={2000}
            onInput={(e) => set({ description: e.detail.value })}
          />
        </View>
        {isTrainingKind(form.kind) ? <StudyHoursField form={form} set={set} /> : null}
      </View>

      <View className='uh-card'>
        <View className='uh-card__title'>时间</View>
        {TIME_KEYS.map((k) => (
          <View key={k} className='uh-row ee-when'>
            <Text className='ee-when__label'>{TIME_LABELS[k]}</Text>
            <Picker
              mode='date'
              value={form.times[k].date}
              onChange={(e) =>
                set({ times: { ...form.times, [k]: { ...form.times[k], date: String(e.detail.value) } } })
              }
            >
              <View className='uh-input ee-when__pick'>{form.times[k].date}</View>
            </Picker>
            <Picker
              mode='time'
              value={form.times[k].time}
              onChange={(e) =>
                set({ times: { ...form.times, [k]: { ...form.times[k], time: String(e.detail.value) } } })
              }
            >
              <View className='uh-input ee-when__pick'>{form.times[k].time}</View>
            </Picker>
          </View>
        ))}
      </View>

      <View className='uh-card'>
        <View className='uh-card__title'>名额</View>
        <View className='uh-row ee-line'>
          <Text>不限名额</Text>
          <Switch color='#c8231e' checked={form.unlimited} onChange={(e) => set({ unlimited: e.detail.value })} />
        </View>
        {!form.unlimited && (
          <View className='uh-row ee-line'>
            <Text>名额</Text>
            <Input
              className='uh-input ee-number'
              type='number'
              value={form.capacity}
              onInput={(e) => set({ capacity: e.detail.value })}
            />
          </View>
        )}
        <View className='uh-row ee-line'>
          <Text>满员后可候补</Text>
          <Switch color='#c8231e' checked={form.waitlistOn} onChange={(e) => set({ waitlistOn: e.detail.value })} />
        </View>
        {form.waitlistOn && (
          <View className='uh-row ee-line'>
            <Text>候补人数</Text>
            <Input
              className='uh-input ee-number'
              type='number'
              value={form.waitlistSize}
              onInput={(e) => set({ waitlistSize: e.detail.value })}
            />
          </View>
        )}
        <View className='uh-row ee-line'>
          <Text>报名需审核{locked ? '（不可修改）' : ''}</Text>
          <Switch
            color='#c8231e'
            checked={form.needsReview}
            disabled={locked}
            onChange={(e) => set({ needsReview: e.detail.value })}
          />
        </View>
        <View className='uh-row ee-line'>
          <Text>同类活动每人每年限一次{locked ? '（不可修改）' : ''}</Text>
          <Switch
            color='#c8231e'
            checked={form.oncePerKindPerYear}
            disabled={locked}
            onChange={(e) => set({ oncePerKindPerYear: e.detail.value })}
          />
        </View>
      </View>

      <View className='uh-card'>
        <View className='uh-card__title'>面向单位（含下级单位）</View>
        <View className='ee-units'>
          {units.map((u) => (
            <Text
              key={u.id}
              className={`ee-chip ee-unit ee-unit--l${u.level} ${form.audienceUnits.includes(u.id) ? 'ee-chip--on' : ''}`}
              onClick={() => toggleUnit(u.id)}
            >
              {u.name}
            </Text>
          ))}
        </View>
        <View className='uh-field__label ee-roles-label'>面向身份（不选为全部）</View>
        <View className='ee-chips'>
          {ROLES.map((r) => (
            <Text
              key={r}
              className={`ee-chip ${form.audienceRoles.includes(r) ? 'ee-chip--on' : ''}`}
              onClick={() => toggleRole(r)}
            >
              {ROLE_LABELS[r]}
            </Text>
          ))}
        </View>
      </View>

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
