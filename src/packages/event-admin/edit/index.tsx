import { Button, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { EVENT_KINDS, EVENT_KIND_LABELS, EVENT_STATUS_LABELS, isTrainingKind, type AdminEvent } from '@domain/contract/event-model';
import { ROLES, ROLE_LABELS, type Role } from '@domain/roles';
import { call, isApiError, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { FieldsEditor } from './fields-editor';
import { blankForm, formOf, TIME_KEYS, TIME_LABELS, toDraft, type FormState } from './form';
import { QuotasEditor } from './quotas-editor';
import { StudyHoursField } from './study-hours-field';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

/** The three welfare kinds are once-a-year benefits by default. */
const ONCE_A_YEAR_BY_DEFAULT = new Set(['summer_cooling', 'autumn_aid', 'winter_warmth']);

/** Organizer: create or edit an event, aim it, set places, waitlist, window, form and quotas; publish or close it. */
export default function EventEdit() {
  const editId = (useRouter().params as Record<string, string | undefined>).id;
  const { data, error, loading, reload } = useLoad(() => call('event', 'editorData', editId ? { eventId: editId } : {}), [editId], { refreshOnShow: false });
  const [event, setEvent] = useState<AdminEvent | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!data) return;
    setEvent(data.event);
    setForm(data.event ? formOf(data.event) : blankForm(data.units, Date.now()));
  }, [data]);

  const units = data?.units ?? [];
  const locked = event?.locked ?? false;
  const set = (p: Partial<FormState>) => setForm((f) => (f ? { ...f, ...p } : f));

  const act = async (work: () => Promise<AdminEvent>, done: string) => {
    setBusy(true);
    setProblems([]);
    try {
      const saved = await work();
      setEvent(saved);
      setForm(formOf(saved));
      void Taro.showToast({ title: done, icon: 'success' });
    } catch (e) {
      setProblems(isApiError(e) && e.issues?.length ? e.issues.map((i) => i.message) : [messageOf(e)]);
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (!form) return;
    const out = toDraft(form);
    if ('problem' in out) {
      setProblems([out.problem]);
      void Taro.showToast({ title: out.problem, icon: 'none' });
      return;
    }
    void act(() => (event ? call('event', 'update', { eventId: event.id, draft: out.draft }) : call('event', 'create', out.draft)), '已保存');
  };

  const publish = () => event && void act(() => call('event', 'publish', { eventId: event.id }), '已发布');

  const close = async () => {
    if (!event) return;
    const { confirm } = await Taro.showModal({ title: '关闭报名', content: '关闭后不能再报名，也不能重新开放。已报名的记录保留。确定关闭吗？', confirmText: '关闭报名' });
    if (confirm) void act(() => call('event', 'close', { eventId: event.id }), '已关闭');
  };

  const toggleUnit = (id: string) => form && set({ audienceUnits: form.audienceUnits.includes(id) ? form.audienceUnits.filter((u) => u !== id) : [...form.audienceUnits, id] });
  const toggleRole = (r: Role) => form && set({ audienceRoles: form.audienceRoles.includes(r) ? form.audienceRoles.filter((x) => x !== r) : [...form.audienceRoles, r] });

  return (
    <Screen loading={loading && !form} error={error && messageOf(error)} onRetry={reload}>
      {form && (
        <View className='uh-section ee'>
          {event && (
            <View className='uh-card ee-status'>
              <Text className={`uh-tag ${event.status === 'published' ? 'uh-tag--ok' : 'uh-tag--muted'}`}>{EVENT_STATUS_LABELS[event.status]}</Text>
              <Text className='uh-muted'>
                确认 {event.seats.confirmed} · 候补 {event.seats.waitlisted} · 待审核 {event.seats.pending}
              </Text>
            </View>
          )}
          {problems.length > 0 && (
            <View className='uh-card ee-problems'>
              {problems.map((p, i) => (
                <View key={i} className='uh-danger'>
                  {p}
                </View>
              ))}
            </View>
          )}

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
            {isTrainingKind(form.kind) && <StudyHoursField form={form} set={set} />}
            <View className='uh-field'>
              <Text className='uh-field__label'>活动名称</Text>
              <Input className='uh-input' value={form.title} maxlength={40} placeholder='如：夏送清凉慰问一线职工' onInput={(e) => set({ title: e.detail.value })} />
            </View>
            <View className='uh-field'>
              <Text className='uh-field__label'>活动地点</Text>
              <Input className='uh-input' value={form.place} maxlength={60} onInput={(e) => set({ place: e.detail.value })} />
            </View>
            <View className='uh-field'>
              <Text className='uh-field__label'>活动说明</Text>
              <Textarea className='uh-input ee-desc' value={form.description} maxlength={2000} onInput={(e) => set({ description: e.detail.value })} />
            </View>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>时间</View>
            {TIME_KEYS.map((k) => (
              <View key={k} className='uh-row ee-when'>
                <Text className='ee-when__label'>{TIME_LABELS[k]}</Text>
                <Picker mode='date' value={form.times[k].date} onChange={(e) => set({ times: { ...form.times, [k]: { ...form.times[k], date: String(e.detail.value) } } })}>
                  <View className='uh-input ee-when__pick'>{form.times[k].date}</View>
                </Picker>
                <Picker mode='time' value={form.times[k].time} onChange={(e) => set({ times: { ...form.times, [k]: { ...form.times[k], time: String(e.detail.value) } } })}>
                  <View className='uh-input ee-when__pick'>{form.times[k].time}</View>
                </Picker>
              </View>
            ))}
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>名额</View>
            <View className='uh-row ee-line'>
              <Text>不限名额</Text>
              <Switch checked={form.unlimited} onChange={(e) => set({ unlimited: e.detail.value })} />
            </View>
            {!form.unlimited && (
              <View className='uh-row ee-line'>
                <Text>名额</Text>
                <Input className='uh-input ee-number' type='number' value={form.capacity} onInput={(e) => set({ capacity: e.detail.value })} />
              </View>
            )}
            <View className='uh-row ee-line'>
              <Text>满员后可候补</Text>
              <Switch checked={form.waitlistOn} onChange={(e) => set({ waitlistOn: e.detail.value })} />
            </View>
            {form.waitlistOn && (
              <View className='uh-row ee-line'>
                <Text>候补人数</Text>
                <Input className='uh-input ee-number' type='number' value={form.waitlistSize} onInput={(e) => set({ waitlistSize: e.detail.value })} />
              </View>
            )}
            <View className='uh-row ee-line'>
              <Text>报名需审核{locked ? '（不可修改）' : ''}</Text>
              <Switch checked={form.needsReview} disabled={locked} onChange={(e) => set({ needsReview: e.detail.value })} />
            </View>
            <View className='uh-row ee-line'>
              <Text>同类活动每人每年限一次{locked ? '（不可修改）' : ''}</Text>
              <Switch checked={form.oncePerKindPerYear} disabled={locked} onChange={(e) => set({ oncePerKindPerYear: e.detail.value })} />
            </View>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>面向单位（含下级单位）</View>
            <View className='ee-units'>
              {units.map((u) => (
                <Text key={u.id} className={`ee-chip ee-unit ee-unit--l${u.level} ${form.audienceUnits.includes(u.id) ? 'ee-chip--on' : ''}`} onClick={() => toggleUnit(u.id)}>
                  {u.name}
                </Text>
              ))}
            </View>
            <View className='uh-field__label ee-roles-label'>面向身份（不选为全部）</View>
            <View className='ee-chips'>
              {ROLES.map((r) => (
                <Text key={r} className={`ee-chip ${form.audienceRoles.includes(r) ? 'ee-chip--on' : ''}`} onClick={() => toggleRole(r)}>
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

          {event?.status !== 'closed' && (
            <Button className='uh-btn' disabled={busy || undefined} onClick={save}>
              {event ? '保存修改' : '保存草稿'}
            </Button>
          )}
          {event?.status === 'draft' && (
            <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={publish}>
              发布活动
            </Button>
          )}
          {event && event.status !== 'closed' && (
            <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={close}>
              关闭报名
            </Button>
          )}
        </View>
      )}
    </Screen>
  );
}
