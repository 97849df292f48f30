import { trainingContract } from '../../domain/contract/training';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { finishLesson } from '../../server/training/actions/finish-lesson';
import { getLesson } from '../../server/training/actions/get-lesson';
import { getCertificate } from '../../server/training/actions/get-certificate';
import { listMyEssays } from '../../server/training/actions/list-my-essays';
import { listOpenNow } from '../../server/training/actions/list-open-now';
import { getProgress } from '../../server/training/actions/get-progress';
import { listSharedEssays } from '../../server/training/actions/list-shared-essays';
import { startLesson } from '../../server/training/actions/start-lesson';
import { submitEssay } from '../../server/training/actions/submit-essay';
import { verifyCertificate } from '../../server/training/actions/verify-certificate';

/** What members call for their study hours (progress, lessons, 心得, certificate) and the public check of a certificate. */
const handlers = defineActions(trainingContract, {
  getProgress,
  listOpenNow,
  getLesson,
  startLesson,
  finishLesson,
  listMyEssays,
  submitEssay,
  listSharedEssays,
  getCertificate,
  verifyCertificate,
});

export const main = createMain('training', trainingContract, handlers);
