import { quizContract } from '../../domain/contract/quiz';
import { createMain, defineActions } from '../lib/dispatch';
import { answerPractice } from './actions/answer-practice';
import { createPaper } from './actions/create-paper';
import { getPaper } from './actions/get-paper';
import { getResult } from './actions/get-result';
import { getStudyRecord } from './actions/get-study-record';
import { getWrongBook } from './actions/get-wrong-book';
import { listPapers } from './actions/list-papers';
import { markOverdue } from './actions/mark-overdue';
import { nextPractice } from './actions/next-practice';
import { resume } from './actions/resume';
import { saveAnswer } from './actions/save-answer';
import { start } from './actions/start';
import { submit } from './actions/submit';

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
  createPaper,
  markOverdue,
});

export const main = createMain('quiz', quizContract, handlers, { timers: { markOverdue: 'markOverdue' } });
