import type { quizContract } from '../../../domain/contract/quiz';
import { paperStanding } from '../../../domain/rules/paper-window';
import type { Handler } from '../../lib/dispatch';
import { attemptFacts, listMyAttemptsAt } from '../repos/attempts';
import { ms } from '../repos/docs';
import { listPapersFor, paperTerms } from '../repos/papers';

/** Open and upcoming papers aimed at me, with my standing: two requests whatever the number of papers. */
export const listPapers: Handler<typeof quizContract.listPapers> = async (_input, ctx) => {
  const member = ctx.member;
  const papers = await listPapersFor(member, ctx.now);
  const attempts = await listMyAttemptsAt(
    member._id,
    papers.map((p) => p._id),
  );
  const now = ctx.now.getTime();
  return {
    items: papers.map((p) => {
      const s = paperStanding(paperTerms(p), attempts.filter((a) => a.paperId === p._id).map(attemptFacts), now);
      return {
        id: p._id,
        title: p.title,
        window: s.window,
        opensAt: ms(p.opensAt),
        closesAt: ms(p.closesAt),
        questionCount: p.questionCount,
        timeLimitMinutes: p.timeLimitMinutes,
        maxScore: p.maxScore,
        passScore: p.passScore,
        state: s.state,
        countedScore: s.counted?.score ?? null,
        attemptsLeft: s.left.now,
      };
    }),
  };
};
