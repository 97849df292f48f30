import { quizContract } from '../../domain/contract/quiz';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { answerPractice } from '../../server/quiz/actions/answer-practice';
import { getCertificate } from '../../server/quiz/actions/get-certificate';
import { getPaper } from '../../server/quiz/actions/get-paper';
import { getResult } from '../../server/quiz/actions/get-result';
import { getStudyRecord } from '../../server/quiz/actions/get-study-record';
import { getWrongBook } from '../../server/quiz/actions/get-wrong-book';
import { getLeaderboard } from '../../server/quiz/actions/get-leaderboard';
import { listPapers } from '../../server/quiz/actions/list-papers';
import { markOverdue } from '../../server/quiz/actions/mark-overdue';
import { drawPractice } from '../../server/quiz/actions/draw-practice';
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
  drawPractice,
  answerPractice,
  getStudyRecord,
  getLeaderboard,
  getCertificate,
  markOverdue,
});

export const main = createMain('quiz', quizContract, handlers, { timers: { markOverdue: 'markOverdue' } });
