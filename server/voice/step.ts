/**
 * Every change to a request goes through `runStep`: read, decide (the rule refuses in the member's
 * words), write only if nobody changed it since (rev), send what the change promised, read it back.
 * A lost race re-reads and decides again, so two organizers replying at once both land.
 */
import { AppError } from '../../domain/errors';
import { canManageUnit } from '../../domain/rules/authority';
import type { MemberCtx } from '../lib/context';
import { flushIntents, intentFields } from './outbox';
import { findForOrganizer, updateIfRev, type OrganizerDoc, type OutboxIntent } from './repos/requests';
import { settle } from './settle';

export interface StepChange {
  data: Record<string, unknown>;
  intents?: OutboxIntent[];
}

const ATTEMPTS = 3;

export async function runStep<T extends OrganizerDoc>(
  load: () => Promise<T | null>,
  decide: (doc: T) => StepChange | Promise<StepChange>,
  now: Date,
): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const found = await load();
    if (!found) throw new AppError('NOT_FOUND', '诉求不存在');
    // A step on an overdue request first records the escalation it is owed.
    const doc = await settle(found, now);
    const change = await decide(doc);
    const intents = change.intents ?? [];
    if (await updateIfRev(doc._id, doc.rev, { ...change.data, updatedAt: now, ...intentFields(intents) })) {
      await flushIntents(doc._id, intents);
      const after = await load();
      if (!after) throw new AppError('NOT_FOUND', '诉求不存在');
      return after;
    }
  }
  throw new AppError('CONFLICT', '其他人正在处理这件诉求，请刷新后重试');
}

/** Refuses a step the rule does not allow, with the rule's own words. */
export function allow(problem: string | null, code: 'CLOSED' | 'CONFLICT' | 'BAD_REQUEST' = 'CLOSED'): void {
  if (problem) throw new AppError(code, problem);
}

/** A request the organizer may handle (its writer's union is in their subtree), else NOT_FOUND. */
export async function loadManaged(id: string, ctx: MemberCtx): Promise<OrganizerDoc> {
  const doc = await findForOrganizer(id);
  if (!doc || !canManageUnit(ctx.member, doc.unitPath)) throw new AppError('NOT_FOUND', '诉求不存在');
  return doc;
}

/** How an organizer appears on the writer's timeline. */
export const actorOf = (ctx: MemberCtx) => {
  const names = ctx.member.unitNames ?? [];
  return { name: ctx.member.name, unitName: names[names.length - 1] ?? '' };
};
