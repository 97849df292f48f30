import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LESSON_SECONDS, LESSON_STATUS_LABELS, type LessonEditor } from '@domain/contract/training-admin-model';
import type { LessonFormat } from '@domain/contract/training-model';
import { paragraphsOf } from '@domain/rules/notice-content';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS, hoursText, type StudySubject } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { toggled } from '../../../utils/toggled';
import '../training-admin.scss';

/** The lesson editor: text or a 公众号 link, subject, hours, minimum study time, audience; publish or withdraw. */
export default function LessonEditorPage() {
  const id = useParam('trainingLessonEdit', 'id') || undefined;
  const { data, error, loading, reload } = useLoad(
    () => call('trainingAdmin', 'getLessonEditor', { lessonId: id }),
    [id],
    { refreshOnShow: false },
  );
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && <Form e={data} />}
    </Screen>
  );
}

function Form({ e }: { e: LessonEditor }) {
  const l = e.lesson;
  const [id, setId] = useState(l?.id);
  const [status, setStatus] = useState(l?.status ?? 'draft');
  const [title, setTitle] = useState(l?.title ?? '');
  const [summary, setSummary] = useState(l?.summary ?? '');
  const [subject, setSubject] = useState<StudySubject>(l?.subject ?? 'law');
  const [hours, setHours] = useState(l ? hoursText(l.hours) : '1');
  const [minutes, setMinutes] = useState(l ? String(Math.round(l.minSeconds / 60)) : '5');
  const [format, setFormat] = useState<LessonFormat>(l?.format ?? 'text');
  const [body, setBody] = useState(l ? l.blocks.flatMap((b) => (b.type === 'p' ? [b.text] : [])).join('\n\n') : '');
  const [link, setLink] = useState(l?.link ?? '');
  const [units, setUnits] = useState<string[]>(l?.audienceUnits ?? (e.units[0] ? [e.units[0].id] : []));
  const [busy, setBusy] = useState(false);
  const locked = status !== 'draft';

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      void Taro.showModal({ title: '未能保存', content: messageOf(err), showCancel: false });
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const minSeconds = Math.min(LESSON_SECONDS.max, Math.max(LESSON_SECONDS.min, Math.round(Number(minutes) * 60)));
      const lesson = {
        title,
        summary,
        credit: { subject, hours: Math.round(Number(hours) * 2) / 2 },
        minSeconds,
        format,
        // Images already in the body are kept as they were; the editor edits the paragraphs.
        blocks:
          format === 'text'
            ? [
                ...paragraphsOf(body),
                ...(l?.blocks.flatMap((b) => (b.type === 'img' ? [{ type: 'img' as const, fileID: b.fileID }] : [])) ??
                  []),
              ]
            : [],
        link: format === 'link' ? link.trim() : undefined,
        audienceUnits: units,
        audienceRoles: [],
      };
      const saved = await call('trainingAdmin', 'saveLesson', { lessonId: id, lesson });
      setId(saved.id);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    });
  const setState = (next: 'published' | 'withdrawn') =>
    run(async () => {
      if (!id) return;
      setStatus((await call('trainingAdmin', 'setLessonStatus', { lessonId: id, status: next })).status);
    });

  return (
    <View className='uh-section uh-card'>
      <View className='uh-card__meta'>{id ? LESSON_STATUS_LABELS[status] : '新建'}</View>
      <View className='uh-field'>
        <Input
          className='uh-input'
          placeholder='标题'
          value={title}
          maxlength={40}
          onInput={(ev) => setTitle(ev.detail.value)}
        />
      </View>
      <View className='uh-field'>
        <Input
          className='uh-input'
          placeholder='一句话简介（可不填）'
          value={summary}
          maxlength={120}
          onInput={(ev) => setSummary(ev.detail.value)}
        />
      </View>
      <View className='uh-field tra-chips'>
        {STUDY_SUBJECTS.map((s) => (
          <Text
            key={s}
            className={`tra-chip ${s === subject ? 'tra-chip--on' : ''}`}
            onClick={() => !locked && setSubject(s)}
          >
            {STUDY_SUBJECT_LABELS[s]}
          </Text>
        ))}
      </View>
      <View className='uh-row uh-field'>
        <Text>学时</Text>
        <Input
          className='uh-input'
          type='digit'
          disabled={locked || undefined}
          value={hours}
          onInput={(ev) => setHours(ev.detail.value)}
        />
        <Text>最短学习（分钟）</Text>
        <Input
          className='uh-input'
          type='digit'
          disabled={locked || undefined}
          value={minutes}
          onInput={(ev) => setMinutes(ev.detail.value)}
        />
      </View>
      <View className='uh-field tra-chips'>
        <Text className={`tra-chip ${format === 'text' ? 'tra-chip--on' : ''}`} onClick={() => setFormat('text')}>
          图文
        </Text>
        <Text className={`tra-chip ${format === 'link' ? 'tra-chip--on' : ''}`} onClick={() => setFormat('link')}>
          公众号文章链接
        </Text>
      </View>
      {format === 'text' ? (
        <View className='uh-field'>
          <Textarea
            className='uh-input tra-textarea'
            placeholder='正文，空一行分段'
            value={body}
            maxlength={20000}
            onInput={(ev) => setBody(ev.detail.value)}
          />
        </View>
      ) : (
        <View className='uh-field'>
          <Input
            className='uh-input'
            placeholder='https://mp.weixin.qq.com/s/...'
            value={link}
            maxlength={420}
            onInput={(ev) => setLink(ev.detail.value)}
          />
        </View>
      )}
      <View className='uh-card__meta'>面向单位（含下级）</View>
      <View className='uh-field tra-chips'>
        {e.units.map((u) => (
          <Text
            key={u.id}
            className={`tra-chip ${units.includes(u.id) ? 'tra-chip--on' : ''}`}
            onClick={() => setUnits((all) => toggled(all, u.id))}
          >
            {u.name}
          </Text>
        ))}
      </View>
      {locked && <View className='uh-card__meta'>已发布：学时、科目和最短学习时间不能再改</View>}
      <Button className='uh-btn' disabled={busy || undefined} onClick={() => void save()}>
        保存
      </Button>
      {id && status !== 'published' && (
        <Button
          className='uh-btn uh-btn--ghost'
          disabled={busy || undefined}
          onClick={() => void setState('published')}
        >
          发布
        </Button>
      )}
      {id && status === 'published' && (
        <Button
          className='uh-btn uh-btn--ghost'
          disabled={busy || undefined}
          onClick={() => void setState('withdrawn')}
        >
          撤回
        </Button>
      )}
    </View>
  );
}
