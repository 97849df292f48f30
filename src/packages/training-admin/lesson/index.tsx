import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LESSON_SECONDS, LESSON_STATUS_LABELS, type LessonEditor } from '@domain/contract/training-admin-model';
import type { LessonFormat } from '@domain/contract/training-model';
import { paragraphsOf } from '@domain/rules/notice-content';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS, hoursText, type StudySubject } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { AudienceChips } from '../../../components/AudienceChips';
import { Chips, optionsOf, type ChipOption, type ChipSkin } from '../../../components/Chips';
import { TextBox } from '../../../components/Form';
import '../training-admin.scss';

const TRA_CHIPS: ChipSkin = {
  list: 'uh-field training-admin-chips',
  chip: 'training-admin-chip',
  on: 'training-admin-chip--on',
};
const SUBJECT_OPTIONS = optionsOf(STUDY_SUBJECTS, STUDY_SUBJECT_LABELS);
const FORMAT_OPTIONS: ChipOption<LessonFormat>[] = [
  { id: 'text', name: '图文' },
  { id: 'link', name: '公众号文章链接' },
];

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
  // A dialog, not a toast: the reason for refusing can be long, and must be read.
  const { busy, run } = useAction({ dialog: '未能保存' });
  const locked = status !== 'draft';

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
    }, '已保存');
  const setState = (next: 'published' | 'withdrawn') =>
    run(async () => {
      if (!id) return;
      setStatus((await call('trainingAdmin', 'setLessonStatus', { lessonId: id, status: next })).status);
    });

  return (
    <View className='uh-section uh-card'>
      <View className='uh-card__meta'>{id ? LESSON_STATUS_LABELS[status] : '新建'}</View>
      <LineField placeholder='标题' value={title} maxlength={40} onChange={setTitle} />
      <LineField placeholder='一句话简介（可不填）' value={summary} maxlength={120} onChange={setSummary} />
      <Chips
        options={SUBJECT_OPTIONS}
        isOn={(s) => s === subject}
        onTap={setSubject}
        skin={TRA_CHIPS}
        locked={locked}
      />
      <View className='uh-row uh-field'>
        <Text>学时</Text>
        <DigitInput locked={locked} value={hours} onChange={setHours} />
        <Text>最短学习（分钟）</Text>
        <DigitInput locked={locked} value={minutes} onChange={setMinutes} />
      </View>
      <Chips options={FORMAT_OPTIONS} isOn={(f) => f === format} onTap={setFormat} skin={TRA_CHIPS} />
      {format === 'text' ? (
        <View className='uh-field'>
          <TextBox
            className='uh-textarea--tall'
            value={body}
            onChange={setBody}
            max={20000}
            placeholder='正文，空一行分段'
            multiline
          />
        </View>
      ) : (
        <LineField placeholder='https://mp.weixin.qq.com/s/...' value={link} maxlength={420} onChange={setLink} />
      )}
      <View className='uh-card__meta'>面向单位（含下级）</View>
      <AudienceChips options={e.units} chosen={units} onChange={setUnits} skin={TRA_CHIPS} />
      {locked && <View className='uh-card__meta'>已发布：学时、科目和最短学习时间不能再改</View>}
      <Button className='uh-btn' disabled={busy || undefined} onClick={() => void save()}>
        保存
      </Button>
      {id && (
        <Button
          className='uh-btn uh-btn--ghost'
          disabled={busy || undefined}
          onClick={() => void setState(status === 'published' ? 'withdrawn' : 'published')}
        >
          {status === 'published' ? '撤回' : '发布'}
        </Button>
      )}
    </View>
  );
}

function LineField(p: { placeholder: string; value: string; maxlength: number; onChange: (value: string) => void }) {
  return (
    <View className='uh-field'>
      <TextBox value={p.value} onChange={p.onChange} max={p.maxlength} placeholder={p.placeholder} />
    </View>
  );
}

/** Hours and minimum study time: fixed once the lesson leaves draft, as the note under the form says. */
function DigitInput(p: { locked: boolean; value: string; onChange: (value: string) => void }) {
  return <TextBox type='digit' disabled={p.locked} value={p.value} onChange={p.onChange} max={6} />;
}
