import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { BankQuestion, FixedQuestionView } from '@domain/contract/quiz-admin-model';
import { call, messageOf } from '../../../api';
import { typeLabel } from '../../../utils/quiz-format';
import { TextBox } from '../../../components/Form';

export interface FixedListProps {
  questions: FixedQuestionView[];
  locked: boolean;
  onChange: (questions: FixedQuestionView[]) => void;
}

/** A fixed paper: the chosen questions in order, and a bank search to add more. */
export function FixedList({ questions, locked, onChange }: FixedListProps) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<BankQuestion[] | null>(null);
  const search = async () => {
    try {
      setFound(
        (await call('quizAdmin', 'listQuestions', { query: query.trim() || undefined, page: 1, pageSize: 30 })).items,
      );
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    }
  };
  const chosen = new Set(questions.map((q) => q.id));
  const move = (i: number) =>
    i > 0 && onChange(questions.map((q, j) => (j === i - 1 ? questions[i] : j === i ? questions[i - 1] : q)));
  return (
    <View>
      {questions.length === 0 && <View className='uh-muted'>还没有选题</View>}
      {questions.map((q, i) => (
        <View key={q.id} className='quiz-admin-paper__fixed'>
          <Text className='quiz-admin-paper__fixed-n'>{i + 1}.</Text>
          <View className='quiz-admin-paper__fixed-stem'>
            <Text className='uh-muted'>
              [{typeLabel(q.type)}·{q.category}]
            </Text>{' '}
            {q.stem}
          </View>
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
          <View className='uh-row'>
            <TextBox
              className='uh-input quiz-admin-paper__search-input'
              value={query}
              placeholder='搜索题库'
              max={50}
              onChange={setQuery}
              onSearch={search}
            />
            <Button className='uh-btn uh-btn--small uh-btn--ghost quiz-admin-paper__search-btn' onClick={search}>
              搜索
            </Button>
          </View>
          {found?.map((q) => (
            <View key={q.id} className='quiz-admin-paper__fixed'>
              <View className='quiz-admin-paper__fixed-stem'>
                <Text className='uh-muted'>
                  [{typeLabel(q.type)}·{q.category}]
                </Text>{' '}
                {q.stem}
              </View>
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
