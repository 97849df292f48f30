/** Draws a member's attempt from a paper: questions, option orders and tokens, all on the server. */
import { drawQuestions, type RandomInt } from '../../domain/rules/draw';
import { answersAcceptedUntil, attemptDeadline } from '../../domain/rules/paper-window';
import { chinaDayKey } from '../../domain/rules/china-time';
import { AppError } from '../../domain/errors';
import type { MemberDoc } from '../member/repos/members';
import { ms, type AttemptDoc, type AttemptQuestion, type PaperDoc } from './repos/docs';
import { attemptIdOf } from './repos/attempts';
import { present } from './shuffled';

/** `paper` may come without the pool's explanations and sources: the attempt does not keep them. */
export function buildAttempt(
  paper: PaperDoc,
  member: MemberDoc,
  n: number,
  now: Date,
  rand: RandomInt,
  unranked = false,
): AttemptDoc {
  const drawn = drawQuestions(paper.pool, paper.draw, paper.shuffleQuestions, rand);
  // The pool was checked against the draw when the paper was saved; this means it was edited badly.
  if (!drawn) throw new AppError('CONFLICT', '试卷题目不足，请联系组织者');
  const taken = new Set<string>();
  const questions: AttemptQuestion[] = drawn.map((q) => ({
    qid: q.id,
    type: q.type,
    stem: q.stem,
    ...present(q, paper.shuffleOptions, rand, taken),
    points: paper.points[q.type],
  }));
  const deadline = attemptDeadline(now.getTime(), paper.timeLimitMinutes, ms(paper.closesAt));
  return {
    _id: attemptIdOf(paper._id, member._id, n),
    paperId: paper._id,
    openid: member._id,
    n,
    ...(unranked ? { unranked: true } : {}),
    memberName: member.name,
    employeeNo: member.employeeNo,
    unitId: member.unitId,
    unitPath: member.unitPath,
    day: chinaDayKey(now.getTime()),
    paper: {
      title: paper.title,
      passScore: paper.passScore,
      maxScore: paper.maxScore,
      partialCredit: paper.partialCredit,
      counts: paper.counts,
      // Kept with the attempt so marking can credit the hours without reading the paper again.
      studyHours: paper.studyHours ?? null,
    },
    status: 'in_progress',
    startedAt: now,
    deadline: new Date(deadline),
    acceptUntil: new Date(answersAcceptedUntil(deadline)),
    questions,
    answers: {},
    flagged: {},
    rev: 0,
    savedAt: null,
  };
}
