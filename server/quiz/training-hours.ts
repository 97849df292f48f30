/**
 * A passed paper with study hours earns them once per paper (issue 20): whichever attempt passes
 * first, by submit or by the overdue sweep. The ledger itself is the training subject's.
 */
import { creditHours } from '../training/credit';
import { ms, type AttemptDoc } from './repos/docs';

export async function creditPass(a: AttemptDoc, now: Date, replay = false): Promise<void> {
  const credit = a.paper.studyHours;
  if (!credit || a.status !== 'submitted' || a.passed !== true) return;
  const at = new Date(ms(a.submittedAt ?? now));
  await creditHours(
    { openid: a.openid, name: a.memberName, unitId: a.unitId, unitPath: a.unitPath },
    { source: 'quiz', refId: a.paperId, title: a.paper.title, credit, at, proof: `考试通过（${a.score ?? 0}分）` },
    now,
    replay,
  );
}
