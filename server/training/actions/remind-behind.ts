import type { trainingAdminContract } from '../../../domain/contract/training-admin';
import { chinaDate, chinaDayKey, chinaTime, chinaYearRange } from '../../../domain/rules/china-time';
import { STUDY_SUBJECT_LABELS, hoursText } from '../../../domain/rules/training-subjects';
import type { Handler } from '../../lib/dispatch';
import { notify } from '../../lib/notify';
import { forEachLimited } from '../../notice/fanout/pool';
import { trainingScope } from '../admin-scope';
import { deadlineOver, standingsUnder } from '../rollup';
import { messagePage } from '../../../domain/routes';

/** Sends in flight at once: each is an in-app message and, with quota, one subscription send. */
const CONCURRENCY = 20;
const PAGE = messagePage('trainingProgress');

/**
 * Reminds every member of a subtree with hours left. Each gets an in-app message (once a day at most:
 * the message id carries the day) and, if they accepted a 学时提醒 subscription, one subscription
 * message, spending exactly that accept (notify's quota rule).
 */
export const remindBehind: Handler<typeof trainingAdminContract.remindBehind> = async ({ year, unitId }, ctx) => {
  const scope = await trainingScope(ctx.member, unitId);
  const { plans, members } = await standingsUnder(year, scope.unit);
  const behind = members.filter((m) => !m.standing.done);
  const deadline = deadlineOver(scope.unit, plans) ?? chinaYearRange(year).to - 60_000;
  const day = chinaDayKey(ctx.now.getTime());
  let messages = 0;
  let pushed = 0;
  await forEachLimited(behind, CONCURRENCY, async ({ trainee, standing }) => {
    const missing = standing.subjects
      .filter((s) => s.left > 0)
      .map((s) => `${STUDY_SUBJECT_LABELS[s.subject]}${hoursText(s.left)}学时`);
    const outcome = await notify({
      openid: trainee._id,
      kind: 'training_reminder',
      title: `${year}年度学时提醒`,
      body: `您本年度的培训学时还差${hoursText(standing.left)}学时（${missing.join('、')}），请在${chinaDate(deadline)}前完成。`,
      page: PAGE,
      fields: [`${year}年度培训学时`, `还差${hoursText(standing.left)}学时`, chinaTime(deadline)],
      dedupeKey: `train_${year}_${day}_${trainee._id}`,
    });
    if (outcome !== 'duplicate') messages += 1;
    if (outcome === 'sent') pushed += 1;
  });
  return { behind: behind.length, messages, pushed };
};
