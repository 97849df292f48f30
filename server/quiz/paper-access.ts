/** Which papers an organizer may edit, and which they may see the results of. */
import { AppError } from '../../domain/errors';
import { resultRoots } from '../../domain/rules/quiz-stats';
import type { PaperHead } from './repos/docs';
import type { AdminScope } from './admin-scope';

const NOT_MINE = '试卷不存在或不在您的管理范围内';

/** A paper set up in my subtree (admins: any). Others' papers are NOT_FOUND, as if absent. */
export function editablePaper<P extends PaperHead>(paper: P | null, scope: AdminScope): P {
  if (!paper) throw new AppError('NOT_FOUND', NOT_MINE);
  if (!scope.canManage(paper.ownerUnitId)) {
    // A paper aimed at my units but set up above me: I see its results, I do not edit it.
    if (resultRootsOf(paper, scope).length > 0)
      throw new AppError('FORBIDDEN', '该试卷由上级单位设置，只能查看本单位的成绩');
    throw new AppError('NOT_FOUND', NOT_MINE);
  }
  return paper;
}

/** Where my figures for a paper start; NOT_FOUND when it concerns nothing I manage. */
export function resultRootsOf(paper: PaperHead, scope: AdminScope): string[] {
  return resultRoots(
    { role: scope.actor.role, unitId: scope.actor.unitId, unitPath: scope.actor.unitPath },
    paper.audienceUnits,
    scope.pathOf,
  );
}

export function viewablePaper<P extends PaperHead>(paper: P | null, scope: AdminScope): { paper: P; roots: string[] } {
  if (!paper || paper.status === 'draft') throw new AppError('NOT_FOUND', NOT_MINE);
  const roots = resultRootsOf(paper, scope);
  if (roots.length === 0) throw new AppError('NOT_FOUND', NOT_MINE);
  return { paper, roots };
}
