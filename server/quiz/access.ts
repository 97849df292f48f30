/** Who may see what: a paper only by its audience, an attempt only by its member. */
import { AppError } from '../../domain/errors';
import { inAudience } from '../../domain/rules/audience';
import type { MemberDoc } from '../member/repos/members';
import type { AttemptDoc, PaperHead } from './repos/docs';

/**
 * A paper not aimed at the member is NOT_FOUND, exactly like one that does not exist: members
 * outside the audience learn nothing about it, not even that it exists.
 */
export function aimedAt<P extends PaperHead>(paper: P | null, member: MemberDoc): P {
  if (!paper || paper.status !== 'published' || !inAudience(paper, member)) {
    throw new AppError('NOT_FOUND', '试卷不存在或未向您开放');
  }
  return paper;
}

/** Someone else's attempt is NOT_FOUND too. */
export function ownAttempt(a: AttemptDoc | null, member: MemberDoc): AttemptDoc {
  if (!a || a.openid !== member._id) throw new AppError('NOT_FOUND', '作答记录不存在');
  return a;
}
