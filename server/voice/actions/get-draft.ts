import { randomBytes } from 'crypto';
import type { voiceContract } from '../../../domain/contract/voice';
import { PROMISE_DAYS } from '../../../domain/rules/voice-promise';
import type { Handler } from '../../lib/dispatch';
import { trailOf } from '../../member/views';
import { findUnitSettings } from '../repos/settings';
import { uploadFolderOf } from '../writer-link';

/** The form's start: a draft id (a retried submit of it is a no-op) and where its images go. 2-3 requests. */
export const getDraft: Handler<typeof voiceContract.getDraft> = async (_input, ctx) => {
  const m = ctx.member;
  const clientId = randomBytes(12).toString('hex');
  const [uploadFolder, settings] = await Promise.all([uploadFolderOf(m._id, clientId), findUnitSettings(m.unitId)]);
  const trail = trailOf(m);
  return {
    clientId,
    uploadFolder,
    unitName: trail[trail.length - 1] ?? '',
    promiseDays: settings?.promiseDays ?? PROMISE_DAYS.default,
  };
};
