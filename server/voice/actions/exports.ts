/** Spreadsheets (function voiceAdmin, which carries exceljs). */
import type { voiceAdminContract } from '../../../domain/contract/voice-admin';
import { AppError } from '../../../domain/errors';
import { managedRoot } from '../../../domain/rules/authority';
import { chinaDayKey, chinaMonthRange } from '../../../domain/rules/china-time';
import type { Handler } from '../../lib/dispatch';
import { publishFile } from '../../lib/storage';
import { requestsWorkbook } from '../export/requests-sheet';
import { surveyWorkbook } from '../export/survey-sheet';
import { listCreatedBetween } from '../repos/requests';
import { allAnswers } from '../survey/repos';
import { surveyResults } from '../survey/results';
import { managedUnits } from '../units';
import { loadManagedSurvey } from './survey-organizer';

const LINK_SECONDS = 2 * 3600;

export const exportRequests: Handler<typeof voiceAdminContract.exportRequests> = async ({ unitId, month }, ctx) => {
  const units = await managedUnits(ctx.member);
  if (unitId && !units.some((u) => u._id === unitId)) throw new AppError('NOT_FOUND', '单位不存在');
  const theMonth = month ?? chinaDayKey(ctx.now.getTime()).slice(0, 7);
  const { from, to } = chinaMonthRange(theMonth);
  const docs = await listCreatedBetween(unitId ?? managedRoot(ctx.member), new Date(from), new Date(to), true);
  const content = await requestsWorkbook(docs, ctx.now);
  return publishFile(ctx.openid, 'voice', `职工心声-${theMonth}.xlsx`, content, docs.length, LINK_SECONDS, ctx.now);
};

export const exportSurvey: Handler<typeof voiceAdminContract.exportSurvey> = async ({ id }, ctx) => {
  const s = await loadManagedSurvey(id, ctx);
  const [sheets, units] = await Promise.all([allAnswers(s._id), managedUnits(ctx.member)]);
  const results = surveyResults(s, sheets, units, 3);
  const names = new Map(units.map((u) => [u._id, u.name]));
  const content = await surveyWorkbook(results, s.anonymous ? null : sheets, (unit) => names.get(unit) ?? unit);
  const safeTitle = s.title.replace(/[\\/:*?"<>|]/g, '').slice(0, 30);
  return publishFile(ctx.openid, 'survey', `${safeTitle}-结果.xlsx`, content, sheets.length, LINK_SECONDS, ctx.now);
};
