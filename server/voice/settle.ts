/**
 * Escalation when read: any read of an awaiting request (the writer's page, an organizer's queue, the
 * sweep) first applies the escalations its stored deadlines say are due, so a request is never shown
 * as waiting at a union whose time has run out, with or without a timer. One conditional update
 * (rev), then the escalation notices go to the next union's organizers.
 */
import { command } from '../lib/collection';
import { escalationsDue } from '../../domain/rules/voice-promise';
import { isAwaiting } from '../../domain/rules/voice-request';
import { ms } from '../lib/time';
import { escalatedIntent } from './intents';
import { flushIntents, intentFields } from './outbox';
import { updateIfRev, type OrganizerDoc, type TimelineEntry } from './repos/requests';

/** Returns the request as it stands after any due escalation (the same object when none was due). */
export async function settle<T extends OrganizerDoc>(doc: T, now: Date): Promise<T> {
  const deadlines = doc.deadlines.map(ms);
  const steps = escalationsDue({ stage: doc.stage, deadlines, awaiting: isAwaiting(doc.status) }, now.getTime());
  if (steps.length === 0) return doc;
  const stage = steps[steps.length - 1].stage;
  const entries: TimelineEntry[] = steps.map((s) => ({
    at: new Date(s.at),
    kind: 'escalated',
    to: doc.chain[s.stage].name,
  }));
  const intents = steps.map((s) => escalatedIntent(doc, s.stage, s.at));
  const dueAt = new Date(deadlines[stage]);
  const nextEscalationAt = stage < deadlines.length - 1 ? dueAt : null;
  const ok = await updateIfRev(doc._id, doc.rev, {
    stage,
    dueAt,
    nextEscalationAt,
    timeline: command().push(entries),
    updatedAt: now,
    ...intentFields(intents),
  });
  // Somebody else changed it first (and settled it, or answered it): the next read shows theirs.
  if (!ok) return doc;
  await flushIntents(doc._id, intents);
  return {
    ...doc,
    stage,
    dueAt,
    nextEscalationAt,
    rev: doc.rev + 1,
    timeline: doc.timeline ? [...doc.timeline, ...entries] : doc.timeline,
  };
}

export const settleAll = <T extends OrganizerDoc>(docs: T[], now: Date): Promise<T[]> =>
  Promise.all(docs.map((d) => settle(d, now)));
