import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { TEMPLATE_EXAMPLES } from '../../../domain/rules/question-import';
import type { Handler } from '../../lib/dispatch';
import { publishFile } from '../../lib/storage';

/** Temporary links last two hours: long enough to open and save, short enough not to leak a bank. */
const LINK_SECONDS = 2 * 3600;
import { templateWorkbook } from '../sheet/write-questions';

/** The import template: the columns, one example of each type, and a sheet of instructions. */
export const questionTemplate: Handler<typeof quizAdminContract.questionTemplate> = async () =>
  publishFile('templates', '题库导入模板.xlsx', await templateWorkbook(), TEMPLATE_EXAMPLES.length, LINK_SECONDS);
