/** 职工心声 spreadsheets: the function `voiceAdmin` carries exceljs so `voice` (which members call) stays small. */
import { z } from 'zod';
import { action } from './define';
import { zId } from './common';
import { zMonthInSubtree } from './voice';
import type { FileLink } from './quiz-admin-model';

export const voiceAdminContract = {
  exportRequests: action<FileLink>()({
    input: zMonthInSubtree,
    access: 'organizer',
    summary: 'Excel of a month of requests in my subtree; anonymous writers stay 匿名职工',
  }),
  exportSurvey: action<FileLink>()({
    input: z.object({ id: zId }).strict(),
    access: 'organizer',
    summary: 'Excel of survey results; anonymous surveys: counts only, small groups hidden',
  }),
};
