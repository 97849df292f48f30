import crypto from 'crypto';
import type { trainingAdminContract } from '../../../domain/contract/training-admin';
import { AppError } from '../../../domain/errors';
import { managedRoot } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { trainingScope } from '../admin-scope';
import { checkLessonImages, checkLessonUnits, lessonFields, managedLessonOf } from '../lesson-admin';
import { lessonBlocks } from '../lesson-blocks';
import type { LessonDoc } from '../repos/docs';
import { findLesson, insertLesson, pageOwnedLessons, updateLesson } from '../repos/lessons';
import { managedLesson } from '../views';

const newLessonId = (): string => `ls${Date.now().toString(36)}${crypto.randomBytes(4).toString('hex')}`;

/** Lessons owned in my subtree, newest change first. Member, page and count (3 requests). */
export const listLessons: Handler<typeof trainingAdminContract.listLessons> = async ({ page, pageSize }, ctx) => {
  const { items, total } = await pageOwnedLessons(managedRoot(ctx.member), (page - 1) * pageSize, pageSize);
  return { items: items.map(managedLesson), total, page, pageSize };
};

export const getLessonEditor: Handler<typeof trainingAdminContract.getLessonEditor> = async ({ lessonId }, ctx) => {
  const [scope, doc] = await Promise.all([
    trainingScope(ctx.member, undefined),
    lessonId ? findLesson(lessonId) : Promise.resolve(null),
  ]);
  if (!lessonId) return { lesson: null, units: scope.options };
  const l = managedLessonOf(doc, ctx.member);
  return {
    lesson: {
      ...managedLesson(l),
      summary: l.summary,
      blocks: await lessonBlocks(l.blocks ?? []),
      link: l.link,
      audienceUnits: l.audienceUnits,
      audienceRoles: l.audienceRoles,
    },
    units: scope.options,
  };
};

/**
 * Saves the editor: a new lesson starts as a draft owned by my unit. Once published, its hours,
 * subject and minimum time are fixed (members have earned them under those terms).
 */
export const saveLesson: Handler<typeof trainingAdminContract.saveLesson> = async (
  { lessonId, lesson: draft },
  ctx,
) => {
  const actor = ctx.member;
  const now = ctx.now;
  const [scope, existingDoc] = await Promise.all([
    trainingScope(actor, undefined),
    lessonId ? findLesson(lessonId) : Promise.resolve(null),
  ]);
  const existing = lessonId ? managedLessonOf(existingDoc, actor) : null;
  checkLessonUnits(draft, actor, scope.units);
  checkLessonImages(draft, actor, existing);
  const fields = lessonFields(draft);
  if (!existing) {
    const doc: LessonDoc = {
      _id: newLessonId(),
      ...fields,
      status: 'draft',
      ownerUnitId: scope.unit._id,
      ownerUnitPath: scope.unit.path,
      ownerUnitName: scope.unit.name,
      createdBy: actor._id,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
    };
    await insertLesson(doc);
    return managedLesson(doc);
  }
  if (
    existing.status !== 'draft' &&
    (fields.hours !== existing.hours ||
      fields.subject !== existing.subject ||
      fields.minSeconds !== existing.minSeconds)
  ) {
    throw new AppError('CONFLICT', '已发布的学习资料不能修改学时、科目和最短学习时间');
  }
  await updateLesson(existing._id, { ...fields, updatedAt: now });
  return managedLesson({ ...existing, ...fields, updatedAt: now });
};

export const setLessonStatus: Handler<typeof trainingAdminContract.setLessonStatus> = async (
  { lessonId, status },
  ctx,
) => {
  const l = managedLessonOf(await findLesson(lessonId), ctx.member);
  if (l.status === status) return managedLesson(l);
  const now = ctx.now;
  const fields = { status, updatedAt: now, publishedAt: l.publishedAt ?? (status === 'published' ? now : null) };
  await updateLesson(lessonId, fields);
  return managedLesson({ ...l, ...fields });
};
