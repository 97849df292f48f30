import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { TEMPLATE_EXAMPLES } from '../../../domain/rules/question-import';
import type { Handler } from '../../lib/dispatch';
import { publish } from '../files';
import { templateWorkbook } from '../sheet/write-questions';

/** The import template: the columns, one example of each type, and a sheet of instructions. */
export const questionTemplate: Handler<typeof quizAdminContract.questionTemplate> = async () =>
  publish('templates', '题库导入模板.xlsx', await templateWorkbook(), TEMPLATE_EXAMPLES.length);
