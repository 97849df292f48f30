import { Button, Picker, Text, View } from '@tarojs/components';
import type { BankCount } from '@domain/contract/quiz-admin-model';
import { DIFFICULTY_LABELS } from '@domain/rules/question-import';
import { available, newKey, type QuotaRow } from './form';
import { Chips } from '../../../components/Chips';
import { QA_CHIPS, TYPE_OPTIONS } from '../chips';
import { TextBox } from '../../../components/Form';

const DIFFICULTIES = [0, 1, 2, 3] as const;
const difficultyLabel = (d: QuotaRow['difficulty']) => (d === 0 ? '不限难度' : DIFFICULTY_LABELS[d]);

export interface QuotasEditorProps {
  quotas: QuotaRow[];
  bank: BankCount[];
  locked: boolean;
  onChange: (quotas: QuotaRow[]) => void;
}

/** Random papers: how many questions of which category, type (and difficulty) each member draws, with what the bank holds. */
export function QuotasEditor({ quotas, bank, locked, onChange }: QuotasEditorProps) {
  const categories = [...new Set(bank.map((b) => b.category))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const set = (key: string, p: Partial<QuotaRow>) => onChange(quotas.map((q) => (q.key === key ? { ...q, ...p } : q)));
  return (
    <View>
      {quotas.map((q) => {
        const have = available(bank, q);
        const want = Number(q.count) || 0;
        return (
          <View key={q.key} className='quiz-admin-paper__quota'>
            <View className='uh-row quiz-admin-paper__quota-line'>
              <Picker
                mode='selector'
                range={categories}
                disabled={locked}
                value={Math.max(0, categories.indexOf(q.category))}
                onChange={(e) => set(q.key, { category: categories[Number(e.detail.value)] })}
              >
                <View className='uh-input quiz-admin-paper__pick'>{q.category || '选择分类'}</View>
              </Picker>
              <TextBox
                className='quiz-admin-paper__count'
                type='number'
                disabled={locked}
                value={q.count}
                onChange={(count) => set(q.key, { count })}
                max={4}
              />
              <Text>题</Text>
            </View>
            <Chips
              options={TYPE_OPTIONS}
              isOn={(t) => q.type === t}
              onTap={(t) => set(q.key, { type: t })}
              skin={QA_CHIPS}
              locked={locked}
            />
            <Chips
              options={DIFFICULTIES.map((d) => ({ id: d, name: difficultyLabel(d) }))}
              isOn={(d) => q.difficulty === d}
              onTap={(d) => set(q.key, { difficulty: d })}
              skin={QA_CHIPS}
              locked={locked}
            />
            <View className='uh-row'>
              <Text className={want > have ? 'uh-danger' : 'uh-muted'}>题库中有 {have} 题</Text>
              {!locked && quotas.length > 1 && (
                <Text className='uh-muted' onClick={() => onChange(quotas.filter((x) => x.key !== q.key))}>
                  删除
                </Text>
              )}
            </View>
          </View>
        );
      })}
      {!locked && (
        <Button
          className='uh-btn uh-btn--small uh-btn--ghost'
          onClick={() =>
            onChange([
              ...quotas,
              { key: newKey(), category: categories[0] ?? '', type: 'single', difficulty: 0, count: '5' },
            ])
          }
        >
          添加抽题规则
        </Button>
      )}
    </View>
  );
}
