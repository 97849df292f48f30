/**
 * A typical call of every quiz action: an organizer sets a 20-question paper, a worker takes it
 * (start, resume after a reload, save each answer, submit), reads the result, practises from the
 * wrong-answer book and the bank, and looks at the study record; the overdue sweep runs as the timer.
 */
import { PERSONAS } from '../../demo/union';
import { openPaperInput } from '../support/paper';
import type { Scenario } from './kit';

const { admin, worker } = PERSONAS;

export const scenario: Scenario = async ({ measure }) => {
  const draft = await measure(admin.openid, 'quizAdmin', 'savePaper', {
    paper: openPaperInput('劳动合同法专题测验', 20),
  });
  const { id: paperId } = await measure(admin.openid, 'quizAdmin', 'publishPaper', { paperId: draft.id });
  await measure(worker.openid, 'quiz', 'listPapers', {});
  await measure(worker.openid, 'quiz', 'getPaper', { paperId });
  const live = await measure(worker.openid, 'quiz', 'start', { paperId });
  await measure(worker.openid, 'quiz', 'resume', { attemptId: live.attemptId });
  // Every answer of the paper is saved as it is chosen; each save is measured.
  for (const q of live.questions) {
    await measure(worker.openid, 'quiz', 'saveAnswer', {
      attemptId: live.attemptId,
      index: q.index,
      tokens: [q.options[0].token],
    });
  }
  await measure(worker.openid, 'quiz', 'submit', { attemptId: live.attemptId });
  await measure(worker.openid, 'quiz', 'getResult', { attemptId: live.attemptId });
  await measure(worker.openid, 'quiz', 'getWrongBook', {});
  const wrong = await measure(worker.openid, 'quiz', 'nextPractice', { source: 'wrong' });
  const next = wrong.question ?? (await measure(worker.openid, 'quiz', 'nextPractice', { source: 'bank' })).question;
  if (!next) throw new Error('nextPractice offered no question from the wrong-answer book or the bank');
  await measure(worker.openid, 'quiz', 'answerPractice', {
    practiceId: next.practiceId,
    tokens: [next.options[0].token],
  });
  await measure(worker.openid, 'quiz', 'getStudyRecord', {});
  await measure('', 'quiz', 'markOverdue', {});
};
