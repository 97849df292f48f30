import { Button, Image, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { EVENT_KIND_LABELS, isActiveState, type Answer, type FormField } from '@domain/contract/event-model';
import { answerProblem } from '@domain/rules/event-form';
import { pickerParts } from '@domain/rules/china-time';
import { eventSpanText } from '@domain/rules/event-window';
import { call, isApiError, messageOf } from '../../../api';
import { pickImage } from '../../../api/pick-image';
import { uploadToCloud } from '../../../api/upload';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { replaceWith, useParam } from '../../../navigation';
import { TextBox } from '../../../components/Form';
import { say } from '../../../ui/confirm';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

/** What the form holds per field while the member types: text as typed, and a preview for images. */
interface Draft {
  value: string;
  preview?: string;
}

function answerOf(f: FormField, d: Draft | undefined): Answer | null {
  const raw = d?.value.trim() ?? '';
  if (!raw) return null;
  if (f.type === 'number') return { fieldId: f.id, value: Number(raw) };
  return { fieldId: f.id, value: raw };
}

function problemOf(f: FormField, d: Draft | undefined): string | null {
  const a = answerOf(f, d);
  return answerProblem(f, a ? a.value : undefined);
}

/** The sign-up form: the event's own questions, pre-filled from the member's latest answers. */
export default function EventSignup() {
  const id = useParam('eventSignup', 'id');
  const { data, error, loading, reload } = useLoad(() => call('event', 'getSignupForm', { eventId: id }), [id], {
    refreshOnShow: false,
  });
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, run } = useAction();
  /** An image's upload (one at a time), and which field it is for: that field's button says 上传中…. */
  const upload = useAction();
  const [uploadField, setUploadField] = useState<string | null>(null);
  const uploading = upload.busy ? uploadField : null;

  useEffect(() => {
    if (!data) return;
    const filled: Record<string, Draft> = {};
    for (const a of data.prefill) filled[a.fieldId] = { value: String(a.value) };
    setDrafts(filled);
  }, [data]);

  const set = (fieldId: string, d: Draft) => {
    setDrafts((all) => ({ ...all, [fieldId]: d }));
    setErrors((all) => ({ ...all, [fieldId]: '' }));
  };

  const chooseImage = async (f: FormField) => {
    const picked = await pickImage();
    if (!picked) return; // The member closed the picker.
    const { path, file, ext } = picked;
    setUploadField(f.id);
    await upload.run(async () => {
      const fileID = await uploadToCloud('proof', ext, file ? { file } : { filePath: path });
      set(f.id, { value: fileID, preview: path });
    });
  };

  const submit = async () => {
    if (!data) return;
    const found: Record<string, string> = {};
    for (const f of data.fields) {
      const p = problemOf(f, drafts[f.id]);
      if (p) found[f.id] = p;
    }
    setErrors(found);
    if (Object.keys(found).length) {
      say('请检查标红的内容');
      return;
    }
    const answers = data.fields.map((f) => answerOf(f, drafts[f.id])).filter((a): a is Answer => a !== null);
    await run(async () => {
      const reg = await call('event', 'signUp', { eventId: id, answers }).catch((e: unknown) => {
        // The server's per-answer complaints go beside their fields; the hook still toasts the message.
        if (isApiError(e) && e.issues) {
          const byField: Record<string, string> = {};
          for (const i of e.issues)
            if (i.path[0] === 'answers' && typeof i.path[1] === 'string') byField[i.path[1]] = i.message;
          setErrors(byField);
        }
        throw e;
      });
      say(
        reg.state === 'confirmed'
          ? '报名成功'
          : reg.state === 'waitlisted'
            ? '已进入候补'
            : reg.state === 'pending'
              ? '已提交，等待审核'
              : '报名未成功',
      );
      // Back to the event (it reloads on show), or to it when this page was opened directly.
      if (Taro.getCurrentPages().length > 1) await Taro.navigateBack();
      else replaceWith('eventDetail', { id });
    });
  };

  const mine = data?.event.mine;
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <View className='uh-section member-event-signup'>
          <View className='uh-card'>
            <Text className='uh-tag'>{EVENT_KIND_LABELS[data.event.kind]}</Text>
            <View className='uh-card__title member-event-signup__title'>{data.event.title}</View>
            <View className='uh-card__meta'>
              {eventSpanText(data.event.startsAt, data.event.endsAt)} · {data.event.place}
            </View>
          </View>

          {mine && isActiveState(mine.state) ? (
            <View className='uh-card'>
              <View className='uh-card__title'>您已报名</View>
              <Button className='uh-btn' onClick={() => replaceWith('eventDetail', { id })}>
                查看我的报名
              </Button>
            </View>
          ) : (
            <View className='uh-card'>
              {data.fields.length === 0 && <View className='uh-muted'>此活动无需填写信息，直接提交即可。</View>}
              {data.fields.map((f) => {
                const d = drafts[f.id];
                return (
                  <View key={f.id} className='uh-field member-event-signup__field'>
                    <Text className='uh-field__label'>
                      {f.label}
                      {f.required ? <Text className='uh-danger'> *</Text> : <Text className='uh-muted'>（选填）</Text>}
                    </Text>
                    {f.type === 'text' && (
                      <TextBox value={d?.value ?? ''} onChange={(v) => set(f.id, { value: v })} max={200} />
                    )}
                    {f.type === 'number' && (
                      <TextBox
                        type='digit'
                        value={d?.value ?? ''}
                        onChange={(value) => set(f.id, { value })}
                        max={12}
                      />
                    )}
                    {f.type === 'choice' && (
                      <View className='member-event-signup__chips'>
                        {(f.options ?? []).map((o) => (
                          <View
                            key={o}
                            className={`member-event-signup__chip ${d?.value === o ? 'member-event-signup__chip--on' : ''}`}
                            onClick={() => set(f.id, { value: d?.value === o && !f.required ? '' : o })}
                          >
                            {o}
                          </View>
                        ))}
                      </View>
                    )}
                    {f.type === 'date' && (
                      <Picker
                        mode='date'
                        value={d?.value || pickerParts(Date.now()).date}
                        onChange={(e) => set(f.id, { value: String(e.detail.value) })}
                      >
                        <View className='uh-input member-event-signup__picker'>{d?.value || '请选择日期'}</View>
                      </Picker>
                    )}
                    {f.type === 'image' && (
                      <View className='member-event-signup__image'>
                        {d?.value && d.preview && (
                          <Image className='member-event-signup__preview' src={d.preview} mode='aspectFill' />
                        )}
                        {d?.value && !d.preview && <Text className='uh-ok'>已上传（沿用上次）</Text>}
                        <Button
                          className='uh-btn uh-btn--ghost uh-btn--small'
                          disabled={uploading !== null || undefined}
                          onClick={() => void chooseImage(f)}
                        >
                          {uploading === f.id ? '上传中…' : d?.value ? '重新上传' : '拍照或选择图片'}
                        </Button>
                      </View>
                    )}
                    {f.hint && <Text className='uh-muted'>{f.hint}</Text>}
                    {errors[f.id] && <Text className='uh-field__error'>{errors[f.id]}</Text>}
                  </View>
                );
              })}
              <Button
                className='uh-btn member-event-signup__submit'
                disabled={busy || uploading !== null || undefined}
                onClick={submit}
              >
                提交报名
              </Button>
            </View>
          )}
        </View>
      )}
    </Screen>
  );
}
