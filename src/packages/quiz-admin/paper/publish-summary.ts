import { countsOf, maxScoreOf, type PaperForm } from './form';
import { score } from '../../../utils/quiz-format';

/** What the publish confirmation shows: the paper as it is on screen now, in the words members see. */
export function publishSummary(f: PaperForm): string {
  const counts = countsOf(f);
  const questions = counts.single + counts.multiple + counts.judge;
  return [
    f.title.trim(),
    `${questions}题 · 满分${score(maxScoreOf(f))} · ${f.passScore}分及格 · 限时${f.timeLimitMinutes}分钟`,
    `${f.opens.date} ${f.opens.time} 至 ${f.closes.date} ${f.closes.time}`,
    '有人开始作答后，题目和评分设置不能再修改。',
  ].join('\n');
}
