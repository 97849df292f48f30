import { trainingAdminContract } from '../../domain/contract/training-admin';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { essayQueue, reviewEssay } from '../../server/training/actions/essays-admin';
import { exportCompletion, exportLedger } from '../../server/training/actions/exports';
import { lessonEditor, lessons, saveLesson, setLessonStatus } from '../../server/training/actions/lessons-admin';
import { planEditor } from '../../server/training/actions/plan-editor';
import { remindBehind } from '../../server/training/actions/remind-behind';
import { rollup } from '../../server/training/actions/rollup';
import { savePlan } from '../../server/training/actions/save-plan';

/**
 * Organizer work on training (plans, rollups, reminders, exports, lessons, 心得 review): a function
 * apart from `training`, so the members' function never carries the spreadsheet code.
 */
const handlers = defineActions(trainingAdminContract, {
  planEditor,
  savePlan,
  rollup,
  remindBehind,
  exportLedger,
  exportCompletion,
  lessons,
  lessonEditor,
  saveLesson,
  setLessonStatus,
  essayQueue,
  reviewEssay,
});

export const main = createMain('trainingAdmin', trainingAdminContract, handlers);
