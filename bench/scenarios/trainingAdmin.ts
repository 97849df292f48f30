/**
 * A typical call of every organizer training action on the demo union: 采油一大队's organizer looks
 * at the plan and saves it tightened, reads the rollup, reminds those behind, exports, edits and
 * publishes a lesson, and reviews the 心得 awaiting review.
 */
import { PERSONAS } from '../../demo/union';
import { chinaYear, chinaYearRange } from '../../domain/rules/china-time';
import type { Scenario } from './kit';

const { organizer } = PERSONAS;

export const scenario: Scenario = async ({ measure }) => {
  const year = chinaYear(Date.now());
  const editor = await measure(organizer.openid, 'trainingAdmin', 'getPlanEditor', { year });
  await measure(organizer.openid, 'trainingAdmin', 'savePlan', {
    year,
    unitId: editor.unit.id,
    deadline: Math.min(editor.inherited.deadline ?? Infinity, chinaYearRange(year).to - 86_400_000),
    rows: editor.inherited.rows.map((r) => ({ ...r, hours: { ...r.hours, counselling: r.hours.counselling + 1 } })),
  });
  await measure(organizer.openid, 'trainingAdmin', 'getRollup', { year });
  await measure(organizer.openid, 'trainingAdmin', 'remindBehind', { year, unitId: editor.unit.id });
  await measure(organizer.openid, 'trainingAdmin', 'exportLedger', { year });
  await measure(organizer.openid, 'trainingAdmin', 'exportCompletion', { year });
  await measure(organizer.openid, 'trainingAdmin', 'listLessons', {});
  await measure(organizer.openid, 'trainingAdmin', 'getLessonEditor', {});
  const saved = await measure(organizer.openid, 'trainingAdmin', 'saveLesson', {
    lesson: {
      title: '工会会员的权利和义务',
      credit: { subject: 'business', hours: 1 },
      minSeconds: 300,
      format: 'link',
      link: 'https://mp.weixin.qq.com/s/union-member-rights',
      audienceUnits: [editor.unit.id],
    },
  });
  await measure(organizer.openid, 'trainingAdmin', 'setLessonStatus', { lessonId: saved.id, status: 'published' });
  const queue = await measure(organizer.openid, 'trainingAdmin', 'listEssayQueue', {});
  const first = queue.items[0];
  if (!first) throw new Error('the demo union has no 心得 awaiting review');
  await measure(organizer.openid, 'trainingAdmin', 'reviewEssay', {
    essayId: first.id,
    decision: 'accept',
    hours: 1,
    comment: '好',
  });
};
