/**
 * An organizer's draft, checked against the org tree and their authority, and turned into the
 * stored fields. The schema (zod) already checked shapes, the schedule and the form.
 */
import type { z } from 'zod';
import type { zEventDraft } from '../../domain/contract/event';
import type { FormField } from '../../domain/contract/event-model';
import { AppError, type InputIssue } from '../../domain/errors';
import { normaliseAudience } from '../../domain/rules/audience';
import { canManageUnit } from '../../domain/rules/authority';
import { quotasProblem } from '../../domain/rules/eligibility';
import { rulesChangeProblem } from '../../domain/rules/event-seats';
import type { EventDoc } from './repos/docs';
import type { MemberDoc } from '../member/repos/members';
import type { UnitDoc } from '../member/repos/units';

export type Draft = z.output<typeof zEventDraft>;

const badRequest = (issues: InputIssue[]): AppError => new AppError('BAD_REQUEST', issues[0].message, issues);

/** Audience and quota units must exist, be live, and lie within the organizer's authority. */
export function checkDraftUnits(draft: Draft, member: MemberDoc, units: UnitDoc[]): void {
  const byId = new Map(units.map((u) => [u._id, u]));
  const actor = { role: member.role, unitId: member.unitId };
  for (const [i, id] of draft.audienceUnits.entries()) {
    const unit = byId.get(id);
    if (!unit || unit.retired) throw badRequest([{ path: ['audienceUnits', i], message: '所选单位不存在' }]);
    if (!canManageUnit(actor, unit.path)) throw new AppError('FORBIDDEN', '只能面向本单位及下级单位发布活动');
  }
  const problem = quotasProblem(draft.unitQuotas, draft.capacity, draft.audienceUnits, (id) => {
    const u = byId.get(id);
    return u && !u.retired ? u.path : null;
  });
  if (problem) throw badRequest([{ path: problem.path.split('.'), message: problem.message }]);
}

function cleanField(f: Draft['fields'][number]): FormField {
  const field: FormField = { id: f.id, label: f.label, type: f.type, required: f.required };
  if (f.type === 'choice') field.options = f.options ?? [];
  if (f.hint) field.hint = f.hint;
  return field;
}

/** The stored fields a draft sets (everything an organizer edits). */
export function draftFields(
  draft: Draft,
): Omit<
  EventDoc,
  | '_id'
  | 'status'
  | 'ownerUnitId'
  | 'ownerUnitPath'
  | 'ownerUnitName'
  | 'seats'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
> {
  const audience = normaliseAudience(draft.audienceUnits, draft.audienceRoles);
  return {
    kind: draft.kind,
    title: draft.title,
    description: draft.description,
    place: draft.place,
    startsAt: new Date(draft.startsAt),
    endsAt: new Date(draft.endsAt),
    signupOpensAt: new Date(draft.signupOpensAt),
    signupClosesAt: new Date(draft.signupClosesAt),
    cancelDeadline: new Date(draft.cancelDeadline),
    capacity: draft.capacity,
    waitlistSize: draft.waitlistSize,
    needsReview: draft.needsReview,
    audienceUnits: audience.audienceUnits,
    audienceRoles: audience.audienceRoles,
    fields: draft.fields.map(cleanField),
    oncePerKindPerYear: draft.oncePerKindPerYear,
    unitQuotas: draft.unitQuotas.map((q) => ({ unitId: q.unitId, limit: q.limit })),
    studyHours: draft.studyHours ?? null,
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What may change once members can sign up: not the kind, review, form or eligibility rules
 * (registrations were made under them), nor capacity or waitlist below what is already held.
 */
export function checkEditable(event: EventDoc, next: ReturnType<typeof draftFields>): void {
  if (event.status === 'closed') throw new AppError('CONFLICT', '活动已关闭，不能再修改');
  if (event.status === 'published') {
    const locked: [keyof typeof next, string][] = [
      ['kind', '活动类型'],
      ['needsReview', '是否审核'],
      ['fields', '报名表单'],
      ['oncePerKindPerYear', '每年限报一次'],
      ['unitQuotas', '单位名额'],
    ];
    for (const [key, label] of locked) {
      if (!same(event[key], next[key]))
        throw badRequest([{ path: ['draft', key], message: `活动发布后不能修改${label}` }]);
    }
  }
  const problem = rulesChangeProblem(
    {
      capacity: next.capacity,
      waitlistSize: next.waitlistSize,
      needsReview: next.needsReview,
      unitQuotas: next.unitQuotas,
    },
    event.seats,
  );
  if (problem) throw badRequest([{ path: ['draft', ...problem.path.split('.')], message: problem.message }]);
}
