import { quizContract } from '../../domain/contract/quiz';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { answerPractice } from '../../server/quiz/actions/answer-practice';
import { certificate } from '../../server/quiz/actions/certificate';
import { getPaper } from '../../server/quiz/actions/get-paper';
import { getResult } from '../../server/quiz/actions/get-result';
import { getStudyRecord } from '../../server/quiz/actions/get-study-record';
import { getWrongBook } from '../../server/quiz/actions/get-wrong-book';
import { leaderboard } from '../../server/quiz/actions/leaderboard';
import { listPapers } from '../../server/quiz/actions/list-papers';
import { markOverdue } from '../../server/quiz/actions/mark-overdue';
import { nextPractice } from '../../server/quiz/actions/next-practice';
import { resume } from '../../server/quiz/actions/resume';
import { saveAnswer } from '../../server/quiz/actions/save-answer';
import { start } from '../../server/quiz/actions/start';
import { submit } from '../../server/quiz/actions/submit';

const handlers = defineActions(quizContract, {
  listPapers,
  getPaper,
  start,
  resume,
  saveAnswer,
  submit,
  getResult,
  getWrongBook,
  nextPractice,
  answerPractice,
  getStudyRecord,
  leaderboard,
  certificate,
  markOverdue,
});

export const main = createMain('quiz', quizContract, handlers, { timers: { markOverdue: 'markOverdue' } });
