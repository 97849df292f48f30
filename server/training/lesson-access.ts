import { AppError } from '../../domain/errors';
import { inAudience } from '../../domain/rules/audience';
import type { MemberDoc } from '../member/repos/members';
import type { LessonDoc } from './repos/docs';

/** A lesson the member may read: published and aimed at them; anything else is NOT_FOUND (ids reveal nothing). */
export function visibleLesson(lesson: LessonDoc | null, member: MemberDoc): LessonDoc {
  if (!lesson || lesson.status !== 'published' || !inAudience(lesson, member))
    throw new AppError('NOT_FOUND', '学习资料不存在或已下线');
  return lesson;
}
