import crypto from 'crypto';
import type { quizContract } from '../../../domain/contract/quiz';
import { AppError } from '../../../domain/errors';
import { countedAttempt } from '../../../domain/rules/paper-window';
import { UNION_NAME } from '../../../domain/union';
import type { Handler } from '../../lib/dispatch';
import { listMyAttempts } from '../repos/attempts';
import { ms } from '../repos/docs';
import { findPaperHead } from '../repos/papers';
import { findUnit } from '../../member/repos/units';
import { inAudience } from '../../../domain/rules/audience';

/** Printed on the certificate: the same for the same member and paper, and meaningless to anyone else. */
const serialOf = (paperId: string, openid: string): string =>
  `ZS${crypto.createHash('sha256').update(`${paperId}:${openid}`).digest('hex').slice(0, 10).toUpperCase()}`;

/**
 * My certificate for a paper that gives one, once the attempt that counts (best or last, by the
 * paper's rule) has passed. Member, paper, my attempts (and the unit's name if I have moved since).
 */
export const getCertificate: Handler<typeof quizContract.getCertificate> = async ({ paperId }, ctx) => {
  const member = ctx.member;
  const paper = await findPaperHead(paperId);
  if (!paper || paper.status === 'draft' || paper.withCertificate !== true)
    throw new AppError('NOT_FOUND', '该考试没有证书');
  const mine = await listMyAttempts(paperId, member._id);
  // Outside the audience, with no attempt of mine: exactly like a paper that does not exist.
  if (mine.length === 0 && !inAudience(paper, member)) throw new AppError('NOT_FOUND', '该考试没有证书');
  const attempts = mine.filter((a) => a.status === 'submitted');
  const counted = countedAttempt(
    attempts.map((a) => ({
      id: a._id,
      score: a.score ?? 0,
      passed: a.passed === true,
      submittedAt: ms(a.submittedAt ?? a.startedAt),
      unitId: a.unitId,
    })),
    paper.counts,
  );
  if (!counted || !counted.passed) throw new AppError('FORBIDDEN', '通过考试后才能查看证书');
  const names = member.unitNames;
  const unitName =
    counted.unitId === member.unitId && names?.length
      ? names[names.length - 1]
      : ((await findUnit(counted.unitId))?.name ?? '');
  return {
    paperId,
    paperTitle: paper.title,
    memberName: member.name,
    unitName,
    score: counted.score,
    maxScore: paper.maxScore,
    passedAt: counted.submittedAt,
    unionName: UNION_NAME,
    serial: serialOf(paperId, member._id),
  };
};
