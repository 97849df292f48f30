import { trainingContract } from '../../domain/contract/training';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { finishLesson } from '../../server/training/actions/finish-lesson';
import { lesson } from '../../server/training/actions/lesson';
import { myCertificate } from '../../server/training/actions/my-certificate';
import { myEssays } from '../../server/training/actions/my-essays';
import { openNow } from '../../server/training/actions/open-now';
import { progress } from '../../server/training/actions/progress';
import { sharedEssays } from '../../server/training/actions/shared-essays';
import { startLesson } from '../../server/training/actions/start-lesson';
import { submitEssay } from '../../server/training/actions/submit-essay';
import { verifyCertificate } from '../../server/training/actions/verify-certificate';

/** What members call for their study hours (progress, lessons, 心得, certificate) and the public check of a certificate. */
const handlers = defineActions(trainingContract, {
  progress,
  openNow,
  lesson,
  startLesson,
  finishLesson,
  myEssays,
  submitEssay,
  sharedEssays,
  myCertificate,
  verifyCertificate,
});

export const main = createMain('training', trainingContract, handlers);
