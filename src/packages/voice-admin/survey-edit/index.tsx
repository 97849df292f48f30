import { Button, Picker, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { fromPickerParts, pickerParts } from '@domain/rules/china-time';
import {
  surveyProblem,
  SURVEY_QUESTION_TYPES,
  SURVEY_TYPE_LABELS,
  type SurveyQuestion,
  type SurveyQuestionType,
} from '@domain/rules/voice-survey';
import type { Role } from '@domain/roles';
import { call, messageOf } from '../../../api';
import { AudienceChips, pickedRoles, ROLE_OPTIONS } from '../../../components/AudienceChips';
import type { ChipSkin } from '../../../components/Chips';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { replaceWith, useParam } from '../../../navigation';
import { say } from '../../../ui/confirm';
import { QuestionEditor } from './question';
import { TextBox, Toggle } from '../../../components/Form';
import '../admin.scss';

const VA_TABS: ChipSkin = { list: 'voice-admin-tabs', chip: 'voice-admin-tab', on: 'voice-admin-tab--on' };

const WEEK = 7 * 86_400_000;

/** Build a survey: questions (single, multiple, rating, short text), audience, anonymity, deadline. */
export default function SurveyEdit() {
  const id = useParam('voiceSurveyEdit', 'id') || undefined;
  const { data, error, loading, reload } = useLoad(() => call('voice', 'getSurveyEditor', { id }), [id], {
    refreshOnShow: false,
  });
  const [title, setTitle] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [closesAt, setClosesAt] = useState(Date.now() + WEEK);
  const [units, setUnits] = useState<string[]>([]);
  const [roles, setRoles] = useState<Role[]>([]);
  const [questions, setQuestions] = useState<SurveyQuestion[]>([]);
  const { busy, run } = useAction();

  useEffect(() => {
    const s = data?.survey;
    if (!s) return;
    setTitle(s.title);
    setAnonymous(s.anonymous);
    setClosesAt(s.closesAt);
    setUnits(s.audience.units);
    setRoles(pickedRoles(s.audience.roles));
    setQuestions(s.questions);
  }, [data]);

  const add = (type: SurveyQuestionType) =>
    setQuestions((qs) => [
      ...qs,
      {
        id: `q${Date.now() % 100000}${qs.length}`,
        type,
        stem: '',
        options: type === 'single' || type === 'multiple' ? ['', ''] : [],
        required: type !== 'text',
      },
    ]);

  const save = (publish: boolean) => {
    const problem = !title.trim() ? '请填写问卷标题' : units.length === 0 ? '请选择调研范围' : surveyProblem(questions);
    if (problem) return void say(problem);
    return run(async () => {
      const saved = await call('voice', 'saveSurvey', {
        id,
        title: title.trim(),
        anonymous,
        closesAt,
        audience: { units, roles },
        questions,
      });
      if (publish) await call('voice', 'publishSurvey', { id: saved.id });
      if (publish) replaceWith('voiceSurveyResults', { id: saved.id });
      else replaceWith('voiceSurveyEdit', { id: saved.id });
    });
  };

  const date = pickerParts(closesAt);
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section voice-admin-survey-edit'>
        <View className='uh-card'>
          <TextBox
            className='voice-admin-survey-edit__title'
            value={title}
            onChange={setTitle}
            max={40}
            placeholder='问卷标题'
          />
          <View className='voice-parts__switch uh-field'>
            <Text>匿名问卷</Text>
            <Toggle checked={anonymous} onChange={setAnonymous} />
          </View>
          <View className='uh-muted'>
            {anonymous ? '匿名问卷不记录填写人；答卷少于5份的单位不单独显示结果。' : '实名问卷可导出每个人的答卷。'}
          </View>
          <Picker
            mode='date'
            value={date.date}
            onChange={(e) => setClosesAt(fromPickerParts(String(e.detail.value), '18:00') ?? closesAt)}
          >
            <View className='uh-field'>截止日期：{date.date} 18:00</View>
          </Picker>
        </View>
        <View className='uh-card'>
          <View className='uh-card__title'>调研范围</View>
          <AudienceChips options={data?.units ?? []} chosen={units} onChange={setUnits} skin={VA_TABS} />
          <AudienceChips options={ROLE_OPTIONS} chosen={roles} onChange={setRoles} skin={VA_TABS} />
          <View className='uh-muted'>不选身份即面向全部身份。</View>
        </View>
        {questions.map((q, i) => (
          <QuestionEditor
            key={q.id}
            index={i}
            question={q}
            onChange={(nq) => setQuestions((qs) => qs.map((x) => (x.id === q.id ? nq : x)))}
            onRemove={() => setQuestions((qs) => qs.filter((x) => x.id !== q.id))}
          />
        ))}
        <View className='voice-admin-buttons'>
          {SURVEY_QUESTION_TYPES.map((t) => (
            <Button key={t} className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => add(t)}>
              ＋{SURVEY_TYPE_LABELS[t]}题
            </Button>
          ))}
        </View>
        <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={() => void save(false)}>
          保存草稿
        </Button>
        <Button className='uh-btn' disabled={busy || undefined} onClick={() => void save(true)}>
          发布问卷
        </Button>
      </View>
    </Screen>
  );
}
