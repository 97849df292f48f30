import { QUESTION_TYPE_LABELS, type quizContract } from '../../../domain/contract/quiz';
import { AppError, type InputIssue } from '../../../domain/errors';
import { canManageUnit } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { insertPaper } from '../repos/papers';
import { findQuestions, listActiveQuestions } from '../repos/questions';
import { listUnits } from '../../member/repos/units';
import { MAX_POOL, buildPaperDoc, poolEntry, poolFor, shortfallsOf } from '../paper-doc';
import { newPaperId } from '../random';
import { bankScopeOf } from '../scope';

const refuse = (message: string, issues: InputIssue[]): never => {
  throw new AppError('BAD_REQUEST', message, issues);
};

/**
 * Sets up and publishes a paper (the organizer pages of issue 6 build on it). Aimed only at units
 * the organizer manages; drawn only from banks they can see; the pool is frozen with the paper.
 */
export const createPaper: Handler<typeof quizContract.createPaper> = async (input, ctx) => {
  const actor = ctx.member;
  const units = new Map((await listUnits()).map((u) => [u._id, u]));
  input.audienceUnits.forEach((id, i) => {
    const unit = units.get(id);
    if (!unit || unit.retired) refuse('面向的单位不存在', [{ path: ['audienceUnits', i], message: '单位不存在' }]);
    else if (!canManageUnit(actor, unit.path)) throw new AppError('FORBIDDEN', '只能面向本单位及下级单位出卷');
  });
  if (input.closesAt <= ctx.now.getTime()) refuse('截止时间已过', [{ path: ['closesAt'], message: '截止时间必须晚于现在' }]);

  const scope = bankScopeOf(actor);
  const visible = (ownerUnitId: string) => scope.ownerUnitIds === null || scope.ownerUnitIds.includes(ownerUnitId);
  const candidates =
    input.draw.mode === 'random'
      ? await listActiveQuestions(scope, [...new Set(input.draw.quotas.map((q) => q.category))], [...new Set(input.draw.quotas.map((q) => q.type))])
      : (await findQuestions([...new Set(input.draw.questionIds)])).filter((q) => q.status === 'active' && visible(q.ownerUnitId));
  const { pool, missing } = poolFor(input, candidates.map(poolEntry));
  if (missing.length) refuse('有题目不存在或不可用', [{ path: ['draw', 'questionIds'], message: `不可用：${missing.slice(0, 10).join('、')}` }]);
  const shortfalls = shortfallsOf(input, pool);
  if (shortfalls.length) {
    refuse(
      '题库题目不足',
      shortfalls.map((s) => ({
        path: ['draw', 'quotas'],
        message: `${s.quota.category}${QUESTION_TYPE_LABELS[s.quota.type]}${s.quota.difficulty ? `（难度${s.quota.difficulty}）` : ''}只有${s.available}题，需要${s.quota.count}题`,
      })),
    );
  }
  if (pool.length > MAX_POOL) refuse('抽题范围过大', [{ path: ['draw'], message: `可抽题目${pool.length}题，超过${MAX_POOL}题，请按难度缩小范围` }]);

  const doc = buildPaperDoc(input, pool, { id: newPaperId(), ownerUnitId: actor.unitId, createdBy: actor._id, now: ctx.now });
  if (input.passScore > doc.maxScore) refuse('及格分不能高于总分', [{ path: ['passScore'], message: `总分${doc.maxScore}分` }]);
  await insertPaper(doc);
  return { paperId: doc._id, questionCount: doc.questionCount, maxScore: doc.maxScore, poolSize: pool.length };
};
