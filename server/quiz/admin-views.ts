/** What organizers' pages receive: questions with their owner, papers with their state and settings. */
import type { AdminPaper, AdminPaperCard, BankQuestion, FixedQuestionView } from '../../domain/contract/quiz-admin';
import type { EditableTerms } from '../../domain/rules/paper-edit';
import { normaliseAudience } from '../../domain/rules/audience';
import { paperWindow } from '../../domain/rules/paper-window';
import { ms, type PaperHead, type QuestionDoc } from './repos/docs';
import type { PaperTakeUp } from './repos/admin-papers';
import type { PaperSetup } from './paper-setup';
import type { AdminScope } from './admin-scope';
import { paperTerms } from './views';

export function bankQuestionView(q: QuestionDoc, scope: AdminScope): BankQuestion {
  return {
    id: q._id,
    type: q.type,
    stem: q.stem,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation ?? '',
    source: q.source ?? '',
    category: q.category,
    difficulty: q.difficulty,
    tags: q.tags ?? [],
    status: q.status,
    ownerUnitId: q.ownerUnitId,
    ownerUnitName: scope.nameOf(q.ownerUnitId),
    editable: scope.canManage(q.ownerUnitId),
    updatedAt: ms(q.updatedAt),
  };
}

const NO_TAKE_UP: PaperTakeUp = { started: 0, taken: 0 };

export function paperCard(p: PaperHead, scope: AdminScope, takeUp: PaperTakeUp | undefined, now: Date): AdminPaperCard {
  const t = takeUp ?? NO_TAKE_UP;
  return {
    id: p._id,
    title: p.title,
    status: p.status,
    window: paperWindow({ opensAt: ms(p.opensAt), closesAt: ms(p.closesAt) }, now.getTime()),
    opensAt: ms(p.opensAt),
    closesAt: ms(p.closesAt),
    questionCount: p.questionCount,
    maxScore: p.maxScore,
    passScore: p.passScore,
    audienceNames: p.audienceUnits.map((id) => scope.nameOf(id) || id),
    withCertificate: p.withCertificate === true,
    studyHours: p.studyHours ?? null,
    ownerUnitName: scope.nameOf(p.ownerUnitId),
    takenMembers: t.taken,
    locked: t.started > 0,
    editable: scope.canManage(p.ownerUnitId),
  };
}

/** The settings as the editor form holds them. */
export function setupOf(p: PaperHead): PaperSetup {
  return {
    title: p.title,
    description: p.description,
    audienceUnits: p.audienceUnits,
    audienceRoles: p.audienceRoles,
    draw: p.draw,
    shuffleQuestions: p.shuffleQuestions,
    shuffleOptions: p.shuffleOptions,
    ...paperTerms(p),
    purpose: p.purpose ?? 'exam',
  };
}

export function adminPaperView(
  p: PaperHead,
  scope: AdminScope,
  takeUp: PaperTakeUp | undefined,
  now: Date,
  fixedQuestions: FixedQuestionView[],
): AdminPaper {
  return { ...paperCard(p, scope, takeUp, now), description: p.description, setup: setupOf(p), fixedQuestions };
}

/** The fixed list's questions as the editor shows them, from the paper's own pool. */
export function fixedQuestionsOf(
  p: PaperHead & { pool?: { id: string; type: FixedQuestionView['type']; category: string; stem: string }[] },
): FixedQuestionView[] {
  if (p.draw.mode !== 'fixed' || !p.pool) return [];
  const byId = new Map(p.pool.map((q) => [q.id, q]));
  return p.draw.questionIds.flatMap((id) => {
    const q = byId.get(id);
    return q ? [{ id, type: q.type, category: q.category, stem: q.stem }] : [];
  });
}

/** The terms the marking lock compares: the editor's settings plus the certificate switch. */
export function termsOfDoc(p: PaperHead): EditableTerms {
  return termsOfSetup(setupOf(p), p.withCertificate === true);
}

export function termsOfSetup(s: PaperSetup, withCertificate: boolean): EditableTerms {
  const audience = normaliseAudience(s.audienceUnits, s.audienceRoles);
  return {
    title: s.title,
    description: s.description ?? '',
    audienceUnits: audience.audienceUnits,
    audienceRoles: audience.audienceRoles,
    draw: s.draw,
    shuffleQuestions: s.shuffleQuestions,
    shuffleOptions: s.shuffleOptions,
    points: s.points,
    partialCredit: s.partialCredit,
    passScore: s.passScore,
    timeLimitMinutes: s.timeLimitMinutes,
    opensAt: s.opensAt,
    closesAt: s.closesAt,
    maxAttemptsTotal: s.maxAttemptsTotal,
    maxAttemptsPerDay: s.maxAttemptsPerDay,
    counts: s.counts,
    purpose: s.purpose,
    withCertificate,
  };
}
