import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { STARTER_CATEGORIES, type QuestionType } from '@domain/contract/quiz-model';
import {
  DIFFICULTY_LABELS,
  JUDGE_OPTIONS,
  OPTION_LETTERS,
  questionProblems,
  splitTags,
  type QuestionContent,
} from '@domain/rules/question-import';
import { call, isApiError, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { toggled } from '../../../utils/toggled';
import { Chips, optionsOf } from '../../../components/Chips';
import { QA_CHIPS, TYPE_OPTIONS } from '../chips';
import { Field, TextBox } from '../../../components/Form';
import '../admin.scss';
import './index.scss';

interface Form {
  type: QuestionType;
  stem: string;
  options: string[];
  answer: number[];
  explanation: string;
  source: string;
  category: string;
  difficulty: 1 | 2 | 3;
  tags: string;
}

const BLANK: Form = {
  type: 'single',
  stem: '',
  options: ['', '', '', ''],
  answer: [],
  explanation: '',
  source: '',
  category: '',
  difficulty: 2,
  tags: '',
};

const contentOf = (f: Form): QuestionContent => ({
  type: f.type,
  stem: f.stem.trim(),
  options: f.type === 'judge' ? [...JUDGE_OPTIONS] : f.options.map((o) => o.trim()),
  answer: [...f.answer].sort((a, b) => a - b),
  explanation: f.explanation.trim(),
  source: f.source.trim(),
  category: f.category.trim(),
  difficulty: f.difficulty,
  tags: splitTags(f.tags),
});

/** Organizer: add a question to my unit's bank, or edit one (the same checks as the Excel import). */
export default function QuestionEdit() {
  const id = useParam('quizQuestion', 'id') || undefined;
  const { data, error, loading, reload } = useLoad(
    () => (id ? call('quizAdmin', 'getQuestion', { questionId: id }) : Promise.resolve(null)),
    [id],
    { refreshOnShow: false },
  );
  const [form, setForm] = useState<Form | null>(id ? null : BLANK);
  const [problems, setProblems] = useState<string[]>([]);
  // Inline: failures go to the problems card below (each rejected field), never a toast.
  const { busy, run } = useAction({ inline: true });

  useEffect(() => {
    if (data) setForm({ ...data, options: data.type === 'judge' ? [] : data.options, tags: data.tags.join('、') });
  }, [data]);

  const set = (p: Partial<Form>) => setForm((f) => (f ? { ...f, ...p } : f));

  const setType = (type: QuestionType) => {
    if (!form) return;
    const options = type === 'judge' ? [] : form.options.length >= 2 ? form.options : ['', '', '', ''];
    set({ type, options, answer: type === form.type ? form.answer : [] });
  };

  const pick = (i: number) => {
    if (!form) return;
    if (form.type === 'multiple') set({ answer: toggled(form.answer, i) });
    else set({ answer: [i] });
  };

  const save = () => {
    if (!form) return;
    const question = contentOf(form);
    const found = questionProblems(question);
    setProblems(found);
    if (found.length) return;
    void run(async () => {
      try {
        await call('quizAdmin', 'saveQuestion', id ? { questionId: id, question } : { question });
      } catch (e) {
        setProblems(isApiError(e) && e.issues?.length ? e.issues.map((i) => i.message) : [messageOf(e)]);
        throw e;
      }
      setTimeout(() => void Taro.navigateBack(), 600);
    }, '已保存');
  };

  const readOnly = data ? !data.editable : false;

  return (
    <Screen loading={loading && !form} error={error && messageOf(error)} onRetry={reload}>
      {form && (
        <View className='uh-section'>
          {readOnly && <View className='uh-card uh-muted'>这道题属于上级单位的题库，只能查看。</View>}
          {problems.length > 0 && (
            <View className='uh-card quiz-admin-problems'>
              {problems.map((p) => (
                <View key={p} className='uh-danger'>
                  {p}
                </View>
              ))}
            </View>
          )}
          <View className='uh-card'>
            <Field label='题型'>
              <Chips options={TYPE_OPTIONS} isOn={(t) => form.type === t} onTap={(t) => setType(t)} skin={QA_CHIPS} />
            </Field>
            <Field label='题目'>
              <TextBox
                value={form.stem}
                onChange={(stem) => set({ stem })}
                max={500}
                placeholder='题干，如：《工会法》规定……（　）'
                multiline
              />
            </Field>
            {form.type !== 'judge' &&
              form.options.map((o, i) => (
                <View key={i} className='uh-row quiz-admin-question__option'>
                  <Text
                    className={`quiz-admin-question__letter ${form.answer.includes(i) ? 'quiz-admin-question__letter--on' : ''}`}
                    onClick={() => pick(i)}
                  >
                    {OPTION_LETTERS[i]}
                  </Text>
                  <TextBox
                    className='quiz-admin-question__option-input'
                    value={o}
                    onChange={(v) => set({ options: form.options.map((x, j) => (j === i ? v : x)) })}
                    max={200}
                    placeholder={`选项${OPTION_LETTERS[i]}`}
                  />
                  {form.options.length > 2 && (
                    <Text
                      className='uh-muted'
                      onClick={() =>
                        set({
                          options: form.options.filter((_, j) => j !== i),
                          answer: form.answer.filter((a) => a !== i).map((a) => (a > i ? a - 1 : a)),
                        })
                      }
                    >
                      删除
                    </Text>
                  )}
                </View>
              ))}
            {form.type !== 'judge' && form.options.length < OPTION_LETTERS.length && (
              <Button
                className='uh-btn uh-btn--small uh-btn--ghost'
                onClick={() => set({ options: [...form.options, ''] })}
              >
                添加选项
              </Button>
            )}
            <View className='uh-field'>
              <Text className='uh-field__label'>
                正确答案（{form.type === 'multiple' ? '可多选' : '选一个'}，点字母或下面的选项）
              </Text>
              <Chips
                options={(form.type === 'judge' ? JUDGE_OPTIONS : OPTION_LETTERS.slice(0, form.options.length)).map(
                  (name, i) => ({ id: i, name }),
                )}
                isOn={(i) => form.answer.includes(i)}
                onTap={pick}
                skin={QA_CHIPS}
              />
            </View>
          </View>

          <View className='uh-card'>
            <Field label='分类'>
              <Chips
                options={STARTER_CATEGORIES.map((c) => ({ id: c, name: c }))}
                isOn={(c) => form.category === c}
                onTap={(c) => set({ category: c })}
                skin={QA_CHIPS}
              />
              <TextBox
                value={form.category}
                onChange={(category) => set({ category })}
                max={20}
                placeholder='或填写本单位自己的分类'
              />
            </Field>
            <Field label='难度'>
              <Chips
                options={optionsOf([1, 2, 3] as const, DIFFICULTY_LABELS)}
                isOn={(d) => form.difficulty === d}
                onTap={(d) => set({ difficulty: d })}
                skin={QA_CHIPS}
              />
            </Field>
            <Field label='解析'>
              <TextBox value={form.explanation} onChange={(explanation) => set({ explanation })} max={1000} multiline />
            </Field>
            <Field label='出处（法律名称和条款）'>
              <TextBox
                value={form.source}
                onChange={(source) => set({ source })}
                max={100}
                placeholder='如：《中华人民共和国工会法》（2021年修正）第二条'
              />
            </Field>
            <Field label='标签（用顿号分隔）'>
              <TextBox value={form.tags} onChange={(tags) => set({ tags })} max={200} />
            </Field>
          </View>

          {!readOnly && (
            <Button className='uh-btn' disabled={busy || undefined} onClick={save}>
              保存题目
            </Button>
          )}
        </View>
      )}
    </Screen>
  );
}
