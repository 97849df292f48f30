/**
 * Turns the editor's settings into a paper document: aimed only within the organizer's subtree,
 * drawn only from the banks they use, its pool frozen. The pure parts (pool, shortfalls, the
 * document itself) are the quiz area's own (quiz/paper-doc.ts), so an organizer's paper is built
 * exactly as savePaper and the demo seed build one.
 */
import { QUESTION_TYPE_LABELS } from '../../domain/contract/quiz';
import { AppError, type InputIssue } from '../../domain/errors';
import type { Shortfall } from '../../domain/rules/draw';
import { findQuestions, listActiveQuestions } from './repos/questions';
import type { PaperDoc } from './repos/docs';
import {
  MAX_POOL,
  buildPaperDoc,
  poolEntry,
  poolFor,
  shortfallsOf,
  type PaperMeta,
  type PaperSetup,
} from './paper-doc';
import type { AdminScope } from './admin-scope';

export type { PaperSetup };

const refuse = (message: string, issues: InputIssue[]): never => {
  throw new AppError('BAD_REQUEST', message, issues);
};

export const shortfallMessage = (s: Shortfall): string =>
  `${s.quota.category}${QUESTION_TYPE_LABELS[s.quota.type]}${s.quota.difficulty ? `（难度${s.quota.difficulty}）` : ''}只有${s.available}题，需要${s.quota.count}题`;

/** Audience and window checks that need no bank. */
export function checkTerms(setup: PaperSetup, scope: AdminScope, now: Date): void {
  setup.audienceUnits.forEach((id, i) => {
    const unit = scope.units.find((u) => u._id === id);
    if (!unit || unit.retired)
      refuse('面向的单位不存在', [{ path: ['paper', 'audienceUnits', i], message: '单位不存在' }]);
    else if (!scope.canManage(id)) throw new AppError('FORBIDDEN', '只能面向本单位及下级单位出卷');
  });
  if (setup.closesAt <= now.getTime())
    refuse('截止时间已过', [{ path: ['paper', 'closesAt'], message: '截止时间必须晚于现在' }]);
}

/** The whole paper from the settings, with its pool drawn from the bank as it is now. */
export async function preparePaper(
  setup: PaperSetup,
  scope: AdminScope,
  now: Date,
  meta: PaperMeta,
): Promise<PaperDoc> {
  checkTerms(setup, scope, now);
  const owners = scope.bankOwners;
  const candidates =
    setup.draw.mode === 'random'
      ? await listActiveQuestions(
          { ownerUnitIds: owners },
          [...new Set(setup.draw.quotas.map((q) => q.category))],
          [...new Set(setup.draw.quotas.map((q) => q.type))],
        )
      : (await findQuestions([...new Set(setup.draw.questionIds)])).filter(
          (q) => q.status === 'active' && (owners === null || owners.includes(q.ownerUnitId)),
        );
  const { pool, missing } = poolFor(setup, candidates.map(poolEntry));
  if (missing.length)
    refuse('有题目不存在或已停用', [
      { path: ['paper', 'draw', 'questionIds'], message: `不可用的题目：${missing.slice(0, 10).join('、')}` },
    ]);
  const shortfalls = shortfallsOf(setup, pool);
  if (shortfalls.length)
    refuse(
      '题库题目不足',
      shortfalls.map((s) => ({ path: ['paper', 'draw', 'quotas'], message: shortfallMessage(s) })),
    );
  if (pool.length > MAX_POOL)
    refuse('抽题范围过大', [
      { path: ['paper', 'draw'], message: `可抽题目${pool.length}题，超过${MAX_POOL}题，请按难度缩小范围` },
    ]);
  const doc = buildPaperDoc(setup, pool, meta);
  if (setup.passScore > doc.maxScore)
    refuse('及格分不能高于总分', [{ path: ['paper', 'passScore'], message: `总分${doc.maxScore}分` }]);
  return doc;
}
