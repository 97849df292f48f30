import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RIGHTS_TO_LEAVE_BOOK, type WrongItemView } from '@domain/contract/quiz-model';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../../api';
import { ChoiceList } from '../../../components/ChoiceList';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { typeLabel } from '../../../utils/quiz-format';
import { goTo } from '../../../navigation';
import './index.scss';

const practise = (source: 'wrong' | 'bank', category: string | null) =>
  goTo('practice', { source, ...(category ? { category } : {}) });

function Item({ w }: { w: WrongItemView }) {
  const [open, setOpen] = useState(false);
  return (
    <View className='uh-card study-wrong-book__item' onClick={() => setOpen(!open)}>
      <View className='study-wrong-book__item-head'>
        <Text className='uh-tag'>{typeLabel(w.type)}</Text>
        <Text className='uh-tag uh-tag--muted'>{w.category}</Text>
        <Text className='uh-muted study-wrong-book__count'>错{w.wrongCount}次</Text>
      </View>
      <View className='study-wrong-book__stem'>{w.stem}</View>
      {open ? (
        <View>
          <ChoiceList
            choices={w.options.map((text, i) => ({
              key: String(i),
              text,
              mark: w.correct.includes(i) ? 'key' : 'none',
            }))}
            selected={[]}
            multiple={w.type === 'multiple'}
          />
          <View className='study-wrong-book__explain'>
            <Text className='study-wrong-book__explain-title'>解析</Text>
            <Text>{w.explanation}</Text>
            {w.source && <View className='uh-muted'>依据：{w.source}</View>}
          </View>
        </View>
      ) : (
        <View className='uh-card__meta'>点击查看答案和解析</View>
      )}
      <View className='uh-card__meta'>
        最近答错 {chinaTime(w.lastWrongAt)} · 再练对{Math.max(0, RIGHTS_TO_LEAVE_BOOK - w.rightCount)}次移出
      </View>
    </View>
  );
}

/** Every question I got wrong, by category, with practice from here; one call on load. */
export default function WrongBook() {
  const { data, error, loading, reload } = useLoad(() => call('quiz', 'getWrongBook', {}));
  const [category, setCategory] = useState<string | null>(null);
  const items = data ? data.items.filter((w) => !category || w.category === category) : [];
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <View className='uh-section'>
          <View className='study-wrong-book__tabs'>
            <Text
              className={`study-wrong-book__tab ${category === null ? 'study-wrong-book__tab--on' : ''}`}
              onClick={() => setCategory(null)}
            >
              全部 {data.total}
            </Text>
            {data.categories.map((c) => (
              <Text
                key={c.category}
                className={`study-wrong-book__tab ${category === c.category ? 'study-wrong-book__tab--on' : ''}`}
                onClick={() => setCategory(c.category)}
              >
                {c.category} {c.count}
              </Text>
            ))}
          </View>

          {data.withheld > 0 && (
            <View className='uh-muted study-wrong-book__withheld'>
              另有{data.withheld}道错题来自尚未结束的考试，考试结束后显示
            </View>
          )}

          {data.total > 0 ? (
            <Button className='uh-btn' onClick={() => practise('wrong', category)}>
              练习{category ?? ''}错题（{items.length}题）
            </Button>
          ) : (
            data.withheld === 0 && (
              <View className='uh-empty'>
                错题本是空的。考试答错的题会收在这里，练对{RIGHTS_TO_LEAVE_BOOK}次后移出。
              </View>
            )
          )}

          {items.map((w) => (
            <Item key={w.questionId} w={w} />
          ))}

          {data.bankCategories.length > 0 && (
            <View className='study-wrong-book__bank'>
              <View className='uh-section__title'>
                <Text>题库练习</Text>
              </View>
              <View className='study-wrong-book__chips'>
                {data.bankCategories.map((c) => (
                  <Button key={c} className='uh-btn uh-btn--ghost uh-btn--small' onClick={() => practise('bank', c)}>
                    {c}
                  </Button>
                ))}
              </View>
            </View>
          )}
        </View>
      )}
    </Screen>
  );
}
