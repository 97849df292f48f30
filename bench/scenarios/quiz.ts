/**
 * A typical call of every quiz action: an organizer sets a 20-question paper, a worker takes it
 * (start, resume after a reload, save each answer, submit), reads the result, practises from the
 * wrong-answer book and the bank once the paper is closed, looks at the study record, the
 * leaderboard and a certificate; the overdue sweep runs as the timer.
 */
import { PERSONAS } from '../../demo/union';
import { openPaperInput } from '../support/paper';
import type { Scenario } from './kit';

const { admin, worker } = PERSONAS;

export const scenario: Scenario = async ({ measure, cloud }) => {
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
  // The exam lock keeps an open exam's questions out of practice: the organizer ends it first.
  await measure(admin.openid, 'quizAdmin', 'closePaper', { paperId });
  await measure(worker.openid, 'quiz', 'getWrongBook', {});
  const wrong = await measure(worker.openid, 'quiz', 'drawPractice', { source: 'wrong' });
  const next = wrong.question ?? (await measure(worker.openid, 'quiz', 'drawPractice', { source: 'bank' })).question;
  if (!next) throw new Error('nextPractice offered no question from the wrong-answer book or the bank');
  await measure(worker.openid, 'quiz', 'answerPractice', {
    practiceId: next.practiceId,
    tokens: [next.options[0].token],
  });
  await measure(worker.openid, 'quiz', 'getStudyRecord', {});
  await measure(worker.openid, 'quiz', 'getLeaderboard', { paperId });
  await measure(worker.openid, 'quiz', 'getLeaderboard', {});
  // Nobody passes on option A throughout: the certificate is measured on a paper set up to pass.
  const easy = await cloud.ok(admin.openid, 'quizAdmin', 'savePaper', {
    paper: { ...openPaperInput('基准测试证书卷', 5), passScore: 0 },
    withCertificate: true,
  });
  await cloud.ok(admin.openid, 'quizAdmin', 'publishPaper', { paperId: easy.id });
  const sat = await cloud.ok(worker.openid, 'quiz', 'start', { paperId: easy.id });
  await cloud.ok(worker.openid, 'quiz', 'submit', { attemptId: sat.attemptId });
  await measure(worker.openid, 'quiz', 'getCertificate', { paperId: easy.id });
  await measure('', 'quiz', 'markOverdue', {});
};
