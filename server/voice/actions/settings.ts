/** My union's promise and saved reply templates; the admin's holiday calendar. */
import { randomBytes } from 'crypto';
import type { voiceContract } from '../../../domain/contract/voice';
import type { VoiceSettingsView } from '../../../domain/contract/voice-model';
import { AppError } from '../../../domain/errors';
import { PROMISE_DAYS } from '../../../domain/rules/voice-promise';
import { VOICE_LIMITS } from '../../../domain/rules/voice-request';
import { BUILT_IN_CALENDAR, yearsOf } from '../../../domain/rules/voice-working-days';
import type { MemberCtx } from '../../lib/context';
import type { Handler } from '../../lib/dispatch';
import { trailOf } from '../../member/views';
import {
  findUnitSettings,
  loadSettings,
  saveCalendar as storeCalendar,
  saveUnitSettings,
  type UnitSettingsDoc,
} from '../repos/settings';

function viewOf(ctx: MemberCtx, doc: UnitSettingsDoc | null): VoiceSettingsView {
  const trail = trailOf(ctx.member);
  return {
    unitId: ctx.member.unitId,
    unitName: trail[trail.length - 1] ?? '',
    promiseDays: doc?.promiseDays ?? PROMISE_DAYS.default,
    templates: (doc?.templates ?? []).map((t) => ({ id: t.id, title: t.title, text: t.text })),
  };
}

/** Settings belong to the organizer's own union (the one whose office they sit in). */
async function change(ctx: MemberCtx, edit: (doc: UnitSettingsDoc) => void): Promise<VoiceSettingsView> {
  const doc = (await findUnitSettings(ctx.member.unitId)) ?? { _id: ctx.member.unitId, updatedAt: ctx.now };
  edit(doc);
  doc.updatedAt = ctx.now;
  await saveUnitSettings(doc);
  return viewOf(ctx, doc);
}

export const getSettings: Handler<typeof voiceContract.getSettings> = async (_input, ctx) =>
  viewOf(ctx, await findUnitSettings(ctx.member.unitId));

export const saveSettings: Handler<typeof voiceContract.saveSettings> = ({ promiseDays }, ctx) =>
  change(ctx, (doc) => {
    doc.promiseDays = promiseDays;
  });

export const saveTemplate: Handler<typeof voiceContract.saveTemplate> = ({ id, title, text }, ctx) =>
  change(ctx, (doc) => {
    const list = doc.templates ?? [];
    const existing = id ? list.find((t) => t.id === id) : undefined;
    if (id && !existing) throw new AppError('NOT_FOUND', '模板不存在');
    if (existing) Object.assign(existing, { title, text });
    else if (list.length >= VOICE_LIMITS.templates)
      throw new AppError('FULL', `最多保存${VOICE_LIMITS.templates}个模板`);
    else list.push({ id: `t${randomBytes(5).toString('hex')}`, title, text });
    doc.templates = list;
  });

export const removeTemplate: Handler<typeof voiceContract.removeTemplate> = ({ id }, ctx) =>
  change(ctx, (doc) => {
    const list = doc.templates ?? [];
    if (!list.some((t) => t.id === id)) throw new AppError('NOT_FOUND', '模板不存在');
    doc.templates = list.filter((t) => t.id !== id);
  });

export const getCalendar: Handler<typeof voiceContract.getCalendar> = async () => {
  const { calendar: added } = await loadSettings([]);
  return {
    builtInYears: yearsOf(BUILT_IN_CALENDAR),
    holidays: [...(added?.holidays ?? [])],
    workdays: [...(added?.workdays ?? [])],
  };
};

export const saveCalendar: Handler<typeof voiceContract.saveCalendar> = async ({ holidays, workdays }, ctx) => {
  const both = holidays.filter((d) => workdays.includes(d));
  if (both.length) throw new AppError('BAD_REQUEST', `${both[0]} 不能既是假日又是工作日`);
  const clean = { holidays: [...new Set(holidays)].sort(), workdays: [...new Set(workdays)].sort() };
  await storeCalendar(clean, ctx.now);
  return { builtInYears: yearsOf(BUILT_IN_CALENDAR), ...clean };
};
