import type { HomePaper } from '../../domain/contract/home';
import { paperStanding } from '../../domain/rules/paper-window';
import { attemptFacts, listMyAttemptsAt } from '../quiz/repos/attempts';
import { ms } from '../quiz/repos/docs';
import { listPapersFor, paperTerms } from '../quiz/repos/papers';
import type { HomePart } from './types';

/** Papers open to the member now, with their standing: two requests (papers, then my attempts at them). */
export const papersForHome: HomePart<HomePaper[]> = async (member, now) => {
  const papers = await listPapersFor(member, now, true);
  const attempts = await listMyAttemptsAt(
    member._id,
    papers.map((p) => p._id),
  );
  return papers.map((p) => {
    const s = paperStanding(
      paperTerms(p),
      attempts.filter((a) => a.paperId === p._id).map(attemptFacts),
      now.getTime(),
    );
    return { id: p._id, title: p.title, closesAt: ms(p.closesAt), attemptsLeft: s.left.now, state: s.state };
  });
};
