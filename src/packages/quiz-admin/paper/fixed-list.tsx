import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BankQuestion, FixedQuestionView } from '@domain/contract/quiz-admin-model';
import { call } from '../../../api';
import { useAction } from '../../../hooks/useAction';
import { typeLabel } from '../../../utils/quiz-format';
import { SearchBar } from '../../../components/SearchBar';

export interface FixedListProps {
  questions: FixedQuestionView[];
  locked: boolean;
  onChange: (questions: FixedQuestionView[]) => void;
}

/** A fixed paper: the chosen questions in order, and a bank search to add more. */
export function FixedList({ questions, locked, onChange }: FixedListProps) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<BankQuestion[] | null>(null);
  const { run } = useAction();
  const search = () =>
    run(async () => {
      const page = await call('quizAdmin', 'listQuestions', {
        query: query.trim() || undefined,
        page: 1,
        pageSize: 30,
      });
      setFound(page.items);
    });
  const chosen = new Set(questions.map((q) => q.id));
  const move = (i: number) =>
    i > 0 && onChange(questions.map((q, j) => (j === i - 1 ? questions[i] : j === i ? questions[i - 1] : q)));
  return (
    <View>
      {questions.length === 0 && <View className='uh-muted'>还没有选题</View>}
      {questions.map((q, i) => (
        <View key={q.id} className='quiz-admin-paper__fixed'>
          <Text className='quiz-admin-paper__fixed-n'>{i + 1}.</Text>
          <Stem q={q} />
          {!locked && (
            <View className='quiz-admin-paper__fixed-ops'>
              {i > 0 && (
                <Text className='uh-muted' onClick={() => move(i)}>
                  上移
                </Text>
              )}
              <Text className='uh-muted' onClick={() => onChange(questions.filter((x) => x.id !== q.id))}>
                移除
              </Text>
            </View>
          )}
        </View>
      ))}
      {!locked && (
        <View className='quiz-admin-paper__search'>
          <SearchBar value={query} placeholder='搜索题库' max={50} onChange={setQuery} onSearch={search} ghost />
          {found?.map((q) => (
            <View key={q.id} className='quiz-admin-paper__fixed'>
              <Stem q={q} />
              {chosen.has(q.id) ? (
                <Text className='uh-muted'>已选</Text>
              ) : (
                <Text
                  className='quiz-admin-paper__add'
                  onClick={() =>
                    onChange([...questions, { id: q.id, type: q.type, category: q.category, stem: q.stem }])
                  }
                >
                  添加
                </Text>
              )}
            </View>
          ))}
          {found && found.length === 0 && <View className='uh-muted'>没有找到</View>}
        </View>
      )}
    </View>
  );
}

/** A question as the lists show it: [type·category] then the stem. */
function Stem({ q }: { q: Pick<BankQuestion, 'type' | 'category' | 'stem'> }) {
  return (
    <View className='quiz-admin-paper__fixed-stem'>
      <Text className='uh-muted'>
        [{typeLabel(q.type)}·{q.category}]
      </Text>{' '}
      {q.stem}
    </View>
  );
}
