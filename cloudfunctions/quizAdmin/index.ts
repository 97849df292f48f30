import { quizAdminContract } from '../../domain/contract/quiz-admin';
import { createMain, defineActions } from '../lib/dispatch';
import { certificate } from './actions/certificate';
import { closePaper } from './actions/close-paper';
import { editorData } from './actions/editor-data';
import { exportQuestions } from './actions/export-questions';
import { exportResults } from './actions/export-results';
import { getQuestion } from './actions/get-question';
import { importQuestions } from './actions/import-questions';
import { leaderboard } from './actions/leaderboard';
import { listPapers } from './actions/list-papers';
import { listQuestions } from './actions/list-questions';
import { paperResults } from './actions/paper-results';
import { previewPaper } from './actions/preview-paper';
import { publishPaper } from './actions/publish-paper';
import { questionTemplate } from './actions/question-template';
import { restoreQuestion } from './actions/restore-question';
import { retireQuestion } from './actions/retire-question';
import { saveQuestion } from './actions/save-question';
import { savePaper } from './actions/save-paper';

const handlers = defineActions(quizAdminContract, {
  listQuestions,
  getQuestion,
  saveQuestion,
  retireQuestion,
  restoreQuestion,
  importQuestions,
  exportQuestions,
  questionTemplate,
  listPapers,
  editorData,
  savePaper,
  publishPaper,
  closePaper,
  previewPaper,
  paperResults,
  exportResults,
  leaderboard,
  certificate,
});

export const main = createMain('quizAdmin', quizAdminContract, handlers);
