import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { QUESTION_STATUS_LABELS, type BankQuestion, type QuestionStatus } from '@domain/contract/quiz-admin-model';
import { QUESTION_TYPES, type QuestionType } from '@domain/contract/quiz-model';
import { DIFFICULTY_LABELS, OPTION_LETTERS } from '@domain/rules/question-import';
import { call } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { typeLabel } from '../../../utils/quiz-format';
import { openFile } from '../../../utils/open-file';
import { link } from '../../../navigation';
import { confirm, say } from '../../../ui/confirm';
import { SearchBar } from '../../../components/SearchBar';
import '../admin.scss';
import './index.scss';

const PAGE_SIZE = 20;

interface Filters {
  query: string;
  category?: string;
  type?: QuestionType;
  difficulty?: 1 | 2 | 3;
  tag?: string;
  status: QuestionStatus;
}

/** Organizer: the bank I use, searched and filtered; add, edit, retire, import and export. */
export default function Bank() {
  const [filters, setFilters] = useState<Filters>({ query: '', status: 'active' });
  const [typed, setTyped] = useState('');
  const [more, setMore] = useState<BankQuestion[]>([]);
  // Loading more and exporting share one busy flag; retiring and restoring a card have their own.
  const { busy, run } = useAction();
  const { run: change } = useAction();
  // Categories and tags run to dozens of chips: folded away until asked for (or one is chosen).
  const [moreFilters, setMoreFilters] = useState(false);
  const input = { ...filters, query: filters.query || undefined };
  const { data, error, loading, reload } = useLoad(async () => {
    setMore([]);
    return call('quizAdmin', 'listQuestions', { ...input, page: 1, pageSize: PAGE_SIZE });
  }, [JSON.stringify(filters)]);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  const set = (p: Partial<Filters>) => setFilters((f) => ({ ...f, ...p }));
  const toggle = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    set({ [key]: filters[key] === value ? undefined : value } as Partial<Filters>);
  const items = [...(data?.items ?? []), ...more];

  const loadMore = () =>
    run(async () => {
      if (!data) return;
      const next = await call('quizAdmin', 'listQuestions', {
        ...input,
        page: Math.floor(items.length / PAGE_SIZE) + 1,
        pageSize: PAGE_SIZE,
      });
      setMore((m) => [...m, ...next.items]);
    });

  const exportBank = () =>
    run(async () => {
      const file = await call('quizAdmin', 'exportQuestions', input);
      await openFile(file);
      say(`已导出${file.rows}题`);
    });

  const retire = async (q: BankQuestion) => {
    const ok = await confirm({
      title: '停用题目',
      content: '停用后新试卷不再抽到这道题；已考过的成绩不受影响。没有被考过的题目将直接删除。',
      confirmText: '停用',
      danger: true,
    });
    if (!ok) return;
    await change(async () => {
      const out = await call('quizAdmin', 'retireQuestion', { questionId: q.id });
      say(out.outcome === 'deleted' ? '已删除' : '已停用');
      await reload();
    });
  };

  const restore = (q: BankQuestion) =>
    change(async () => {
      await call('quizAdmin', 'restoreQuestion', { questionId: q.id });
      await reload();
    }, '已恢复');

  return (
    <Screen error={error} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-row quiz-admin-bank__head'>
          <Button className='uh-btn uh-btn--small' onClick={link('quizQuestion')}>
            新增题目
          </Button>
          <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={link('quizImport')}>
            Excel导入
          </Button>
          <Button className='uh-btn uh-btn--small uh-btn--ghost' disabled={busy || undefined} onClick={exportBank}>
            导出
          </Button>
        </View>

        <View className='uh-card'>
          <SearchBar
            value={typed}
            placeholder='搜索题目内容'
            max={50}
            onChange={setTyped}
            onSearch={() => set({ query: typed.trim() })}
          />
          <FilterRow
            label='状态'
            options={(['active', 'retired'] as const).map((s) => [s, QUESTION_STATUS_LABELS[s]])}
            value={filters.status}
            onPick={(s) => set({ status: s })}
          />
          <FilterRow
            label='题型'
            options={QUESTION_TYPES.map((t) => [t, typeLabel(t)])}
            value={filters.type}
            onPick={(t) => toggle('type', t)}
          />
          <FilterRow
            label='难度'
            options={([1, 2, 3] as const).map((d) => [d, DIFFICULTY_LABELS[d]])}
            value={filters.difficulty}
            onPick={(d) => toggle('difficulty', d)}
          />
          {moreFilters || filters.category || filters.tag ? (
            <>
              {data && data.categories.length > 0 && (
                <FilterRow
                  label='分类'
                  options={data.categories.map((c) => [c, c])}
                  value={filters.category}
                  onPick={(c) => toggle('category', c)}
                />
              )}
              {data && data.tags.length > 0 && (
                <FilterRow
                  label='标签'
                  options={data.tags.slice(0, 40).map((t) => [t, t])}
                  value={filters.tag}
                  onPick={(t) => toggle('tag', t)}
                />
              )}
            </>
          ) : (
            <View className='quiz-admin-bank__more' onClick={() => setMoreFilters(true)}>
              按分类、标签筛选（{data?.categories.length ?? 0} 个分类）
            </View>
          )}
        </View>

        {loading && !data ? (
          <View className='uh-empty'>加载中…</View>
        ) : (
          <View className='uh-muted quiz-admin-bank__total'>共 {data?.total ?? 0} 题</View>
        )}
        {data && items.length === 0 && <View className='uh-empty'>没有符合条件的题目</View>}
        {items.map((q) => (
          <QuestionCard
            key={q.id}
            q={q}
            onEdit={link('quizQuestion', { id: q.id })}
            onRetire={() => retire(q)}
            onRestore={() => restore(q)}
          />
        ))}
        {data && items.length < data.total && (
          <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={loadMore}>
            加载更多
          </Button>
        )}
      </View>
    </Screen>
  );
}

function FilterRow<V extends string | number>({
  label,
  options,
  value,
  onPick,
}: {
  label: string;
  options: (readonly [V, string])[];
  value: V | undefined;
  onPick: (v: V) => void;
}) {
  return (
    <View className='quiz-admin-bank__filter'>
      <Text className='uh-muted quiz-admin-bank__filter-label'>{label}</Text>
      <View className='quiz-admin-chips'>
        {options.map(([v, text]) => (
          <Text
            key={String(v)}
            className={`quiz-admin-chip ${value === v ? 'quiz-admin-chip--on' : ''}`}
            onClick={() => onPick(v)}
          >
            {text}
          </Text>
        ))}
      </View>
    </View>
  );
}

function QuestionCard({
  q,
  onEdit,
  onRetire,
  onRestore,
}: {
  q: BankQuestion;
  onEdit: () => void;
  onRetire: () => void;
  onRestore: () => void;
}) {
  return (
    <View className='uh-card quiz-admin-bank__item'>
      <View className='quiz-admin-chips'>
        <Text className='uh-tag'>{typeLabel(q.type)}</Text>
        <Text className='uh-tag uh-tag--muted'>{q.category}</Text>
        <Text className='uh-tag uh-tag--muted'>{DIFFICULTY_LABELS[q.difficulty]}</Text>
        {q.status === 'retired' && <Text className='uh-tag uh-tag--warn'>已停用</Text>}
      </View>
      <View className='quiz-admin-bank__item-stem'>{q.stem}</View>
      {q.options.map((o, i) => (
        <View
          key={i}
          className={`quiz-admin-bank__item-option ${q.answer.includes(i) ? 'quiz-admin-option--right' : ''}`}
        >
          {q.type === 'judge' ? o : `${OPTION_LETTERS[i]}. ${o}`}
          {q.answer.includes(i) ? ' ✓' : ''}
        </View>
      ))}
      {q.source && <View className='uh-muted'>出处：{q.source}</View>}
      <View className='uh-card__meta'>
        {q.ownerUnitName}
        {q.tags.length > 0 ? ` · ${q.tags.join('、')}` : ''}
      </View>
      {q.editable && (
        <View className='quiz-admin-actions'>
          <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={onEdit}>
            编辑
          </Button>
          {q.status === 'active' ? (
            <Button className='uh-btn uh-btn--small uh-btn--danger' onClick={onRetire}>
              停用
            </Button>
          ) : (
            <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={onRestore}>
              恢复
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
