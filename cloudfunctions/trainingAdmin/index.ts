import { trainingAdminContract } from '../../domain/contract/training-admin';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { listEssayQueue, reviewEssay } from '../../server/training/actions/essays-admin';
import { exportCompletion, exportLedger } from '../../server/training/actions/exports';
import { getLessonEditor, listLessons, saveLesson, setLessonStatus } from '../../server/training/actions/lessons-admin';
import { getPlanEditor } from '../../server/training/actions/get-plan-editor';
import { remindBehind } from '../../server/training/actions/remind-behind';
import { getRollup } from '../../server/training/actions/get-rollup';
import { savePlan } from '../../server/training/actions/save-plan';

/**
 * Organizer work on training (plans, rollups, reminders, exports, lessons, 心得 review): a function
 * apart from `training`, so the members' function never carries the spreadsheet code.
 */
const handlers = defineActions(trainingAdminContract, {
  getPlanEditor,
  savePlan,
  getRollup,
  remindBehind,
  exportLedger,
  exportCompletion,
  listLessons,
  getLessonEditor,
  saveLesson,
  setLessonStatus,
  listEssayQueue,
  reviewEssay,
});

export const main = createMain('trainingAdmin', trainingAdminContract, handlers);
