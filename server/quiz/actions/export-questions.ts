import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { chinaDayKey } from '../../../domain/rules/china-time';
import type { Handler } from '../../lib/dispatch';
import { allQuestions } from '../repos/admin-questions';
import { publishFile } from '../../lib/storage';
import { adminScope } from '../admin-scope';
import { questionWorkbook } from '../sheet/write-questions';

/** Temporary links last two hours: long enough to open and save, short enough not to leak a bank. */
const LINK_SECONDS = 2 * 3600;

/** The bank I use (as filtered) in the import layout: what it exports, the import reads back unchanged. */
export const exportQuestions: Handler<typeof quizAdminContract.exportQuestions> = async (filters, ctx) => {
  const scope = await adminScope(ctx);
  const questions = await allQuestions({ ownerUnitIds: scope.bankOwners, ...filters });
  const content = await questionWorkbook(questions, false);
  return publishFile(
    ctx.openid,
    'questions',
    `题库导出-${chinaDayKey(ctx.now.getTime())}.xlsx`,
    content,
    questions.length,
    LINK_SECONDS,
    ctx.now,
  );
};
