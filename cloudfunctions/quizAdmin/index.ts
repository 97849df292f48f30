import { quizAdminContract } from '../../domain/contract/quiz-admin';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { closePaper } from '../../server/quiz/actions/close-paper';
import { getEditor } from '../../server/quiz/actions/get-editor';
import { exportQuestions } from '../../server/quiz/actions/export-questions';
import { exportResults } from '../../server/quiz/actions/export-results';
import { getQuestion } from '../../server/quiz/actions/get-question';
import { importQuestions } from '../../server/quiz/actions/import-questions';
import { listPapers } from '../../server/quiz/actions/list-managed-papers';
import { listQuestions } from '../../server/quiz/actions/list-questions';
import { getPaperResults } from '../../server/quiz/actions/get-paper-results';
import { previewPaper } from '../../server/quiz/actions/preview-paper';
import { publishPaper } from '../../server/quiz/actions/publish-paper';
import { getQuestionTemplate } from '../../server/quiz/actions/get-question-template';
import { restoreQuestion } from '../../server/quiz/actions/restore-question';
import { retireQuestion } from '../../server/quiz/actions/retire-question';
import { saveQuestion } from '../../server/quiz/actions/save-question';
import { savePaper } from '../../server/quiz/actions/save-paper';

const handlers = defineActions(quizAdminContract, {
  listQuestions,
  getQuestion,
  saveQuestion,
  retireQuestion,
  restoreQuestion,
  importQuestions,
  exportQuestions,
  getQuestionTemplate,
  listPapers,
  getEditor,
  savePaper,
  publishPaper,
  closePaper,
  previewPaper,
  getPaperResults,
  exportResults,
});

export const main = createMain('quizAdmin', quizAdminContract, handlers);
