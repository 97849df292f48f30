import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { QuestionImportReport } from '@domain/contract/quiz-admin-model';
import { OPTION_LETTERS, UNCATEGORISED } from '@domain/rules/question-import';
import { call } from '../../../api';
import { Screen } from '../../../components/screen';
import { SheetImport } from '../../../components/SheetImport';
import { typeLabel } from '../../../utils/quiz-format';
import '../admin.scss';

const LAST = OPTION_LETTERS[OPTION_LETTERS.length - 1];

const calls = {
  purpose: 'questions' as const,
  check: async (fileId: string) => {
    const out = await call('quizAdmin', 'importQuestions', { fileId, commit: false });
    if (out.mode !== 'report') throw new Error('unexpected');
    return out.report;
  },
  commit: async (fileId: string, cursor: number) => {
    const out = await call('quizAdmin', 'importQuestions', { fileId, commit: true, cursor });
    if (out.mode !== 'commit') throw new Error('unexpected');
    return out.chunk;
  },
};

const summaryOf = (r: QuestionImportReport) =>
  r.summary.length > 0 ? r.summary.map((s) => `${s.category}·${typeLabel(s.type)} ${s.count}题`).join('；') : null;

/**
 * Bank import: the shared spreadsheet import flow (components/SheetImport) for question files.
 * The questions join the bank of my own unit.
 */
export default function ImportQuestions() {
  return (
    <Screen>
      <SheetImport
        title='从 Excel 导入题目'
        intro={
          <>
            表头需要：题型、题目、答案；可选：选项A-{LAST}、解析、分类（不填归入“{UNCATEGORISED}
            ”）、难度、出处、标签。表头上方可以有标题行；题库按“单选题”“多选题”“判断题”分成几个工作表时可不要题型列。选择题答案填字母（如
            ABD），判断题填正确或错误。导入前会逐行检查，有问题的行会列出工作表、行号和原因；确认后只导入没有问题的行，导入到本单位题库。
          </>
        }
        pickLabel='选择题库文件（.xlsx）'
        unit='题'
        calls={calls}
        template={() => call('quizAdmin', 'getQuestionTemplate', {})}
        extra={summaryOf}
        doneText={({ written, skipped }) =>
          `已导入 ${written} 题${skipped > 0 ? `，跳过有问题的 ${skipped} 行` : ''}。`
        }
        doneActions={
          <Button className='uh-btn uh-btn--ghost' onClick={() => void Taro.navigateBack()}>
            返回题库
          </Button>
        }
      />
    </Screen>
  );
}
