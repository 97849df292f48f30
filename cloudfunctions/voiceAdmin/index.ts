import { voiceAdminContract } from '../../domain/contract/voice-admin';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { exportRequests, exportSurvey } from '../../server/voice/actions/exports';

const handlers = defineActions(voiceAdminContract, { exportRequests, exportSurvey });

/** Spreadsheets only: exceljs lives here, not in `voice`, which every member calls. */
export const main = createMain('voiceAdmin', voiceAdminContract, handlers);
