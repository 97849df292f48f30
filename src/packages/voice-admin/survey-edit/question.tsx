import { Text, View } from '@tarojs/components';
import { SURVEY_TYPE_LABELS, type SurveyQuestion } from '@domain/rules/voice-survey';
import { TextBox, Toggle } from '../../../components/Form';

/** One question of the editor: its stem, its options (choices), whether it must be answered. */
export function QuestionEditor({
  index,
  question: q,
  onChange,
  onRemove,
}: {
  index: number;
  question: SurveyQuestion;
  onChange: (q: SurveyQuestion) => void;
  onRemove: () => void;
}) {
  const choice = q.type === 'single' || q.type === 'multiple';
  const setOption = (i: number, text: string) =>
    onChange({ ...q, options: q.options.map((o, k) => (k === i ? text : o)) });
  return (
    <View className='uh-card voice-admin-question'>
      <View className='uh-row'>
        <Text className='voice-parts__timeline-label'>
          第{index + 1}题 · {SURVEY_TYPE_LABELS[q.type]}
        </Text>
        <Text className='voice-admin-tab' onClick={onRemove}>
          删除
        </Text>
      </View>
      <TextBox value={q.stem} onChange={(v) => onChange({ ...q, stem: v })} max={200} placeholder='题目' />
      {choice &&
        q.options.map((o, i) => (
          <View key={i} className='voice-admin-option'>
            <TextBox
              className='voice-admin-option__input'
              value={o}
              onChange={(v) => setOption(i, v)}
              max={40}
              placeholder={`选项${i + 1}`}
            />
            {q.options.length > 2 && (
              <Text
                className='voice-admin-tab'
                onClick={() => onChange({ ...q, options: q.options.filter((_, k) => k !== i) })}
              >
                －
              </Text>
            )}
          </View>
        ))}
      {choice && q.options.length < 10 && (
        <Text className='voice-admin-tab' onClick={() => onChange({ ...q, options: [...q.options, ''] })}>
          ＋选项
        </Text>
      )}
      <View className='voice-parts__switch'>
        <Text className='uh-muted'>必答</Text>
        <Toggle checked={q.required} onChange={(on) => onChange({ ...q, required: on })} />
      </View>
    </View>
  );
}
