/**
 * What reaches the phone. Before submission an attempt shows option texts and tokens only: no key,
 * no explanation, no bank id. After submission the result shows everything, except for questions
 * an exam still open for the member uses (the exam lock): those show the member's own choices only.
 */
import type {
  AttemptResult,
  LiveAttempt,
  MyAttemptSummary,
  PaperRules,
  PaperTerms,
  ResultQuestion,
  SubmitOutput,
} from '../../domain/contract/quiz';
import { remainingSeconds } from '../../domain/rules/paper-window';
import { ms, msOrNull, type AttemptDoc, type AttemptHead, type PaperHead } from './repos/docs';
import { NO_NOTES, type QuestionNotes } from './notes';

export function liveView(a: AttemptDoc, now: Date): LiveAttempt {
  const deadline = ms(a.deadline);
  return {
    state: 'in_progress',
    attemptId: a._id,
    paperId: a.paperId,
    title: a.paper.title,
    n: a.n,
    deadline,
    serverNow: now.getTime(),
    remainingSeconds: remainingSeconds(deadline, now.getTime()),
    questions: a.questions.map((q, index) => ({
      index,
      type: q.type,
      stem: q.stem,
      points: q.points,
      options: q.options.map((text, i) => ({ token: q.tokens[i], text })),
    })),
    answers: a.questions.map((_, i) => a.answers[i] ?? []),
    flagged: a.questions.map((_, i) => a.flagged[i] === true),
  };
}

export function submitView(a: AttemptDoc): SubmitOutput {
  return {
    attemptId: a._id,
    paperId: a.paperId,
    score: a.score ?? 0,
    maxScore: a.paper.maxScore,
    passed: a.passed ?? false,
    usedSeconds: a.usedSeconds ?? 0,
    correctCount: a.correctCount ?? 0,
    questionCount: a.questions.length,
    autoSubmitted: a.autoSubmitted ?? false,
  };
}

export function resultQuestions(
  a: AttemptDoc,
  notes: Map<string, QuestionNotes>,
  locked: ReadonlySet<string>,
): ResultQuestion[] {
  return a.questions.map((q, index) => {
    const n = notes.get(q.qid) ?? NO_NOTES;
    const chosen = new Set(a.answers[index] ?? []);
    if (locked.has(q.qid)) {
      return {
        index,
        type: q.type,
        category: n.category,
        stem: q.stem,
        options: q.options.map((text, i) => ({ text, chosen: chosen.has(q.tokens[i]), correct: false })),
        points: q.points,
        earned: null,
        right: null,
        answered: chosen.size > 0,
        keyHidden: true,
        explanation: '',
        source: '',
      };
    }
    const key = new Set(q.correct);
    const earned = a.earned?.[index] ?? 0;
    return {
      index,
      type: q.type,
      category: n.category,
      stem: q.stem,
      options: q.options.map((text, i) => ({ text, chosen: chosen.has(q.tokens[i]), correct: key.has(q.tokens[i]) })),
      points: q.points,
      earned,
      right: !(a.wrongQids ?? []).includes(q.qid),
      answered: chosen.size > 0,
      keyHidden: false,
      explanation: n.explanation,
      source: n.source,
    };
  });
}

export function resultView(
  a: AttemptDoc,
  notes: Map<string, QuestionNotes>,
  locked: ReadonlySet<string>,
  counted: AttemptResult['counted'],
  rank: AttemptResult['rank'],
): AttemptResult {
  return {
    ...submitView(a),
    title: a.paper.title,
    n: a.n,
    passScore: a.paper.passScore,
    startedAt: ms(a.startedAt),
    submittedAt: ms(a.submittedAt ?? a.startedAt),
    counted,
    rank,
    unranked: a.unranked === true,
    questions: resultQuestions(a, notes, locked),
  };
}

/** How the paper marks and counts, as both the member page and the editor show it. */
export function paperTerms(p: PaperHead): PaperTerms {
  return {
    points: p.points,
    passScore: p.passScore,
    partialCredit: p.partialCredit,
    timeLimitMinutes: p.timeLimitMinutes,
    opensAt: ms(p.opensAt),
    closesAt: ms(p.closesAt),
    maxAttemptsTotal: p.maxAttemptsTotal,
    maxAttemptsPerDay: p.maxAttemptsPerDay,
    counts: p.counts,
  };
}

export function paperRules(p: PaperHead): PaperRules {
  return { ...paperTerms(p), questionCount: p.questionCount, countsByType: p.countsByType, maxScore: p.maxScore };
}

export function attemptSummary(h: AttemptHead): MyAttemptSummary {
  return {
    attemptId: h._id,
    n: h.n,
    status: h.status,
    startedAt: ms(h.startedAt),
    submittedAt: msOrNull(h.submittedAt),
    score: h.score ?? null,
    passed: h.passed ?? null,
    usedSeconds: h.usedSeconds ?? null,
  };
}
