/** An organizer's lesson draft, checked against the org tree and their authority. */
import type { z } from 'zod';
import type { zLessonDraft } from '../../domain/contract/training-admin';
import { AppError } from '../../domain/errors';
import { normaliseAudience } from '../../domain/rules/audience';
import { canManageUnit } from '../../domain/rules/authority';
import { isUploadOf } from '../lib/storage';
import type { MemberDoc } from '../member/repos/members';
import type { UnitDoc } from '../member/repos/units';
import type { LessonDoc } from './repos/docs';

export type LessonDraftParsed = z.output<typeof zLessonDraft>;

/** Audience units must exist, be live, and lie within the organizer's authority. */
export function checkLessonUnits(draft: LessonDraftParsed, actor: MemberDoc, units: UnitDoc[]): void {
  const byId = new Map(units.map((u) => [u._id, u]));
  draft.audienceUnits.forEach((id, i) => {
    const unit = byId.get(id);
    if (!unit || unit.retired)
      throw new AppError('BAD_REQUEST', '所选单位不存在', [
        { path: ['lesson', 'audienceUnits', i], message: '所选单位不存在' },
      ]);
    if (!canManageUnit(actor, unit.path)) throw new AppError('FORBIDDEN', '只能面向本单位及下级单位发布学习资料');
  });
}

/**
 * Body images must be the organizer's own uploads (member.getUploadPath, purpose notice: the images
 * organizers put in what members read) or already in the lesson being edited: every member of the
 * audience gets a link to them, made with the function's rights, so someone else's file id (a
 * member's proof, another brigade's roster) must never get in.
 */
export function checkLessonImages(draft: LessonDraftParsed, actor: MemberDoc, existing: LessonDoc | null): void {
  const kept = new Set((existing?.blocks ?? []).flatMap((b) => (b.type === 'img' ? [b.fileID] : [])));
  const foreign = draft.blocks.flatMap((b, i) =>
    b.type === 'img' && !kept.has(b.fileID) && !isUploadOf(b.fileID, actor._id, 'notice') ? [i] : [],
  );
  if (foreign.length)
    throw new AppError(
      'BAD_REQUEST',
      '图片不是您上传的，请重新上传',
      foreign.map((i) => ({ path: ['lesson', 'blocks', i], message: '请重新上传图片' })),
    );
}

/** The stored fields a draft sets. A link lesson keeps no body; a text lesson no link. */
export function lessonFields(d: LessonDraftParsed) {
  const audience = normaliseAudience(d.audienceUnits, d.audienceRoles);
  return {
    title: d.title,
    summary: d.summary ?? '',
    subject: d.credit.subject,
    hours: d.credit.hours,
    minSeconds: d.minSeconds,
    format: d.format,
    blocks: d.format === 'text' ? d.blocks : [],
    link: d.format === 'link' ? (d.link ?? null) : null,
    audienceUnits: audience.audienceUnits,
    audienceRoles: audience.audienceRoles,
  } satisfies Partial<LessonDoc>;
}

/** A lesson the organizer may manage: owned in their subtree. Others are NOT_FOUND (ids reveal nothing). */
export function managedLessonOf(lesson: LessonDoc | null, actor: MemberDoc): LessonDoc {
  if (!lesson || !canManageUnit(actor, lesson.ownerUnitPath)) throw new AppError('NOT_FOUND', '学习资料不存在');
  return lesson;
}
