/**
 * A typical call of every member training action: the cadre opens 我的学时 (progress and what is open
 * now), reads a demo lesson (the clock moved past its minimum time), hands in a 心得, reads 工作交流,
 * draws the certificate and someone checks its code.
 */
import { PERSONAS } from '../../demo/union';
import { DEMO_LESSONS } from '../../demo/training-lessons';
import { chinaYear } from '../../domain/rules/china-time';
import { withClockAhead } from '../support/clock';
import type { Scenario } from './kit';

const { cadre } = PERSONAS;

export const scenario: Scenario = async ({ measure }) => {
  await measure(cadre.openid, 'training', 'getProgress', {});
  await measure(cadre.openid, 'training', 'listOpenNow', {});
  const lessonId = DEMO_LESSONS[0].id;
  await measure(cadre.openid, 'training', 'getLesson', { lessonId });
  const started = await measure(cadre.openid, 'training', 'startLesson', { lessonId });
  // The minimum study time passes on the functions' clock, not in the benchmark's.
  await withClockAhead(started.finishableAt - started.startedAt + 1000, () =>
    measure(cadre.openid, 'training', 'finishLesson', { lessonId, session: started.session }),
  );
  await measure(cadre.openid, 'training', 'getProgress', {});
  await measure(cadre.openid, 'training', 'submitEssay', {
    title: '以会代训学习体会',
    text: '参加大队以会代训后，我对工会经费的使用规定有了更清楚的认识。今后我们队的职工之家活动要按规定列支，每一笔都公开，让职工放心。',
    subject: 'business',
    share: true,
  });
  await measure(cadre.openid, 'training', 'listMyEssays', {});
  await measure(cadre.openid, 'training', 'listSharedEssays', {});
  const cert = await measure(cadre.openid, 'training', 'getCertificate', { year: chinaYear(Date.now()) });
  await measure('o-passer-by', 'training', 'verifyCertificate', { code: cert.code });
};
