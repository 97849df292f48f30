import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { AppError } from '../../../domain/errors';
import { lockedChanges, lockedMessage } from '../../../domain/rules/paper-edit';
import type { Handler } from '../../lib/dispatch';
import { putPaper, takeUpOf, updatePaperFields } from '../repos/admin-papers';
import type { PaperDoc } from '../repos/docs';
import { findPaperHead, insertPaper, listPaperPools } from '../repos/papers';
import { newPaperId } from '../random';
import { editablePaper } from '../paper-access';
import { preparePaper } from '../paper-setup';
import { adminScope } from '../admin-scope';
import { adminPaperView, fixedQuestionsOf, termsOfDoc, termsOfSetup } from '../admin-views';

/**
 * Saves the editor: a new paper starts as a draft. Until someone starts it, every setting may change
 * and the pool is frozen again from the bank. Once started, the attempts carry its questions and
 * marking, so only the title, description, close time and certificate may change (CONFLICT naming
 * the rest).
 */
export const savePaper: Handler<typeof quizAdminContract.savePaper> = async (
  { paperId, paper: setup, withCertificate, studyHours },
  ctx,
) => {
  const scope = await adminScope(ctx);
  const now = ctx.now;
  if (!paperId) {
    const built = await preparePaper(setup, scope, now, {
      id: newPaperId(),
      ownerUnitId: scope.actor.unitId,
      createdBy: scope.actor._id,
      now,
    });
    const doc: PaperDoc = { ...built, status: 'draft', withCertificate, studyHours: studyHours ?? null };
    await insertPaper(doc);
    return adminPaperView(doc, scope, undefined, now, fixedQuestionsOf(doc));
  }

  const existing = editablePaper(await findPaperHead(paperId), scope);
  // An editor that does not know about study hours leaves them as they are.
  const hours = studyHours === undefined ? (existing.studyHours ?? null) : studyHours;
  const takeUp = (await takeUpOf([paperId])).get(paperId);
  if (takeUp && takeUp.started > 0) {
    const changed = lockedChanges(termsOfDoc(existing), termsOfSetup(setup, withCertificate));
    if (changed.length) throw new AppError('CONFLICT', lockedMessage(changed));
    if (setup.closesAt <= now.getTime()) {
      throw new AppError('BAD_REQUEST', '截止时间必须晚于现在；要立即结束考试请使用“结束考试”', [
        { path: ['paper', 'closesAt'], message: '截止时间必须晚于现在' },
      ]);
    }
    const fields = {
      title: setup.title,
      description: setup.description ?? '',
      closesAt: new Date(setup.closesAt),
      withCertificate,
      studyHours: hours,
      updatedAt: now,
    };
    await updatePaperFields(paperId, fields);
    const pools = existing.draw.mode === 'fixed' ? await listPaperPools([paperId]) : [];
    return adminPaperView(
      { ...existing, ...fields },
      scope,
      takeUp,
      now,
      fixedQuestionsOf({ ...existing, pool: pools[0]?.pool }),
    );
  }
  const built = await preparePaper(setup, scope, now, {
    id: paperId,
    ownerUnitId: existing.ownerUnitId,
    createdBy: existing.createdBy,
    now,
  });
  const doc: PaperDoc = {
    ...built,
    status: existing.status,
    withCertificate,
    studyHours: hours,
    createdAt: existing.createdAt,
  };
  await putPaper(doc);
  return adminPaperView(doc, scope, undefined, now, fixedQuestionsOf(doc));
};
