import { zPaperInput } from '../../../domain/contract/quiz';
import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import type { Handler } from '../../lib/dispatch';
import { anyAttempt, putPaper, takeUpOf, updatePaperFields } from '../repos/admin-papers';
import type { PaperDoc } from '../repos/docs';
import { findPaperHead } from '../repos/papers';
import { editablePaper } from '../paper-access';
import { preparePaper } from '../paper-setup';
import { adminScope } from '../admin-scope';
import { adminPaperView, fixedQuestionsOf, setupOf } from '../admin-views';

/**
 * Publishes a draft (or a withdrawn paper): its settings are checked again and its pool frozen from
 * the bank as it is now, so members draw from exactly what the organizer last previewed. Publishing
 * a published paper changes nothing.
 */
export const publishPaper: Handler<typeof quizAdminContract.publishPaper> = async ({ paperId }, ctx) => {
  const scope = await adminScope(ctx);
  const existing = editablePaper(await findPaperHead(paperId), scope);
  if (existing.status === 'published') {
    return adminPaperView(existing, scope, (await takeUpOf([paperId])).get(paperId), ctx.now, []);
  }
  if (await anyAttempt(paperId)) {
    // Attempts carry their own questions: put it back as it was rather than re-freezing under them.
    await updatePaperFields(paperId, { status: 'published', updatedAt: ctx.now });
    return adminPaperView(
      { ...existing, status: 'published' },
      scope,
      (await takeUpOf([paperId])).get(paperId),
      ctx.now,
      [],
    );
  }
  const setup = zPaperInput.parse(setupOf(existing));
  const built = await preparePaper(setup, scope, ctx.now, {
    id: paperId,
    ownerUnitId: existing.ownerUnitId,
    createdBy: existing.createdBy,
    now: ctx.now,
  });
  const doc: PaperDoc = {
    ...built,
    status: 'published',
    withCertificate: existing.withCertificate === true,
    studyHours: existing.studyHours ?? null,
    createdAt: existing.createdAt,
  };
  await putPaper(doc);
  return adminPaperView(doc, scope, undefined, ctx.now, fixedQuestionsOf(doc));
};
