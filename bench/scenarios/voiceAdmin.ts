/** The two spreadsheets: a month of requests (demo data) and the demo survey's results. */
import { PERSONAS } from '../../demo/union';
import { DEMO_SURVEY_ID } from '../../demo/seed-voice-survey';
import type { Scenario } from './kit';

export const scenario: Scenario = async ({ measure }) => {
  await measure(PERSONAS.organizer.openid, 'voiceAdmin', 'exportRequests', {});
  await measure(PERSONAS.admin.openid, 'voiceAdmin', 'exportSurvey', { id: DEMO_SURVEY_ID });
};
