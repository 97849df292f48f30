import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { TEMPLATE_EXAMPLES } from '../../../domain/rules/question-template';
import type { Handler } from '../../lib/dispatch';
import { publishFile } from '../../lib/storage';
import { templateWorkbook } from '../sheet/write-questions';

/** Temporary links last two hours: long enough to open and save, short enough not to leak a bank. */
const LINK_SECONDS = 2 * 3600;

/** The import template: the columns, one example of each type, and a sheet of instructions. */
export const getQuestionTemplate: Handler<typeof quizAdminContract.getQuestionTemplate> = async (_input, ctx) =>
  publishFile(
    ctx.openid,
    'templates',
    '题库导入模板.xlsx',
    await templateWorkbook(),
    TEMPLATE_EXAMPLES.length,
    LINK_SECONDS,
    ctx.now,
  );
