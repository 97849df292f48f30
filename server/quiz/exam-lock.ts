/**
 * The exam lock: a question in the pool of an exam that is still open for a member is never shown
 * to them with its key, by any path (practice, the wrong-answer book, results), until that exam
 * closes for them. A pool is frozen from the same banks members practise from, so without this
 * practice hands out the key of the live exam (issue 16).
 *
 * "Open for them": a published 考试型 paper aimed at them that has not closed (open or upcoming),
 * unless they have used every attempt it allows and have none under way; plus any paper they have
 * an attempt under way on. 学习型 papers lock nothing.
 */
import type { MemberDoc } from '../member/repos/members';
import { loadUnits, type UnitDoc } from '../member/repos/units';
import { listMyAttemptsAt, myInProgressPaperIds } from './repos/attempts';
import type { PaperHead } from './repos/docs';
import { listLockingPapers, listLockingPapersByIds } from './repos/papers';

/** Question ids whose key the member may not see now: two requests at once, then up to two more at once. */
export async function lockedQuestionIds(member: MemberDoc, now: Date): Promise<Set<string>> {
  const [aimed, underWay] = await Promise.all([listLockingPapers(member, now), myInProgressPaperIds(member._id)]);
  const elsewhere = underWay.filter((id) => !aimed.some((p) => p._id === id));
  // A paper with an attempt under way stays locked whatever its limit: only the others may be used up.
  const limited = aimed.filter((p) => p.maxAttemptsTotal !== null && !underWay.includes(p._id));
  const [others, attempts] = await Promise.all([
    listLockingPapersByIds(elsewhere, now),
    limited.length
      ? listMyAttemptsAt(
          member._id,
          limited.map((p) => p._id),
        )
      : Promise.resolve([]),
  ]);
  const usedUp = new Set(
    limited
      .filter(
        (p) =>
          attempts.filter((a) => a.paperId === p._id).reduce((max, a) => Math.max(max, a.n), 0) >=
          (p.maxAttemptsTotal ?? Infinity),
      )
      .map((p) => p._id),
  );
  const locked = new Set<string>();
  for (const p of [...aimed, ...others]) if (!usedUp.has(p._id)) for (const q of p.pool ?? []) locked.add(q.id);
  return locked;
}

/**
 * May this member read the paper's key? Admins read every bank; an organizer reads the banks of
 * their own unit and those above it (quizAdmin.listQuestions), edits the banks and papers of their
 * subtree. Such a member may still take the paper, but 不计排名.
 */
export function readsKeyOf(
  member: Pick<MemberDoc, 'role' | 'unitId' | 'unitPath'>,
  paper: Pick<PaperHead, 'ownerUnitId' | 'bankOwnerIds'>,
  units: UnitDoc[],
): boolean {
  if (member.role === 'admin') return true;
  if (member.role !== 'organizer') return false;
  const pathOf = (id: string): string[] => units.find((u) => u._id === id)?.path ?? [id];
  const owners = new Set([...(paper.bankOwnerIds ?? []), paper.ownerUnitId]);
  return [...owners].some((id) => member.unitPath.includes(id) || pathOf(id).includes(member.unitId));
}

/** Whether the member's attempts at this paper are 不计排名; reads the org tree only for organizers and admins. */
export async function unrankedFor(
  member: MemberDoc,
  paper: Pick<PaperHead, 'ownerUnitId' | 'bankOwnerIds'>,
): Promise<boolean> {
  if (member.role !== 'organizer' && member.role !== 'admin') return false;
  return readsKeyOf(member, paper, member.role === 'admin' ? [] : await loadUnits());
}
