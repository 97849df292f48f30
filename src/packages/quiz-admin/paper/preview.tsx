import { Text, View } from '@tarojs/components';
import type { PaperPreview } from '@domain/contract/quiz-admin-model';
import { OPTION_LETTERS } from '@domain/rules/question-import';
import { score, typeLabel } from '../../../utils/quiz-format';

/** One sample paper as a member might draw it, with the key marked and the explanations. */
export function PreviewView({ preview }: { preview: PaperPreview }) {
  return (
    <View className='uh-card quiz-admin-paper__preview'>
      <View className='uh-card__title'>试卷预览（随机抽取的一份样卷）</View>
      <View className='uh-muted'>
        共 {preview.questionCount} 题，满分 {score(preview.maxScore)} 分；可抽题目 {preview.poolSize} 题
      </View>
      {preview.questions.map((q) => (
        <View key={q.index} className='quiz-admin-paper__preview-q'>
          <View>
            {q.index + 1}.{' '}
            <Text className='uh-muted'>
              [{typeLabel(q.type)}·{score(q.points)}分]
            </Text>{' '}
            {q.stem}
          </View>
          {q.options.map((o, i) => (
            <View
              key={i}
              className={`quiz-admin-paper__preview-o ${q.answer.includes(i) ? 'quiz-admin-option--right' : ''}`}
            >
              {q.type === 'judge' ? o : `${OPTION_LETTERS[i]}. ${o}`}
              {q.answer.includes(i) ? ' ✓' : ''}
            </View>
          ))}
          {q.explanation && <View className='uh-muted'>解析：{q.explanation}</View>}
        </View>
      ))}
    </View>
  );
}
