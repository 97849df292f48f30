import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import type { Handler } from '../../lib/dispatch';
import { findPaperHead } from '../repos/papers';
import { publishFile } from '../../lib/storage';
import { viewablePaper } from '../paper-access';
import { paperFigures } from '../results';
import { adminScope } from '../admin-scope';
import { resultsWorkbook } from '../sheet/write-results';

/** Temporary links last two hours: long enough to open and save, short enough not to leak a bank. */
const LINK_SECONDS = 2 * 3600;

/** Every member's counted result in my part of the audience, and the figures by unit, as .xlsx. */
export const exportResults: Handler<typeof quizAdminContract.exportResults> = async ({ paperId }, ctx) => {
  const scope = await adminScope(ctx);
  const { paper, roots } = viewablePaper(await findPaperHead(paperId), scope);
  const figures = await paperFigures(paper, roots, scope);
  const content = await resultsWorkbook({ ranked: figures.ranked, unitName: scope.nameOf, units: figures.units });
  const safeTitle = paper.title.replace(/[\\/:*?"<>|]/g, '').slice(0, 30);
  return publishFile(
    ctx.openid,
    'results',
    `${safeTitle}-成绩.xlsx`,
    content,
    figures.ranked.length,
    LINK_SECONDS,
    ctx.now,
  );
};
