/**
 * The dashboard's figures, rolled up the tree: a request counts for its grassroots union and every
 * union above it. "On time" is measured against the promise made to the writer: of the requests that
 * were answered or whose promise has run out, the share answered before it. Pure.
 */
import {
  VOICE_CATEGORIES,
  VOICE_KINDS,
  isAwaiting,
  type Rating,
  type VoiceCategory,
  type VoiceKind,
  type VoiceStatus,
} from './voice-request';

export interface RequestFact {
  unitPath: readonly string[];
  kind: VoiceKind;
  category: VoiceCategory;
  status: VoiceStatus;
  promisedBy: number;
  dueAt: number | null;
  firstReplyAt: number | null;
  onTime: boolean | null;
  rating: Rating | null;
  adopted: boolean;
}

export interface Tally {
  total: number;
  answered: number;
  onTime: number;
  /** Answered, or still waiting past the promise. */
  due: number;
  rated: number;
  satisfied: number;
  overdue: number;
  adopted: number;
}

const empty = (): Tally => ({
  total: 0,
  answered: 0,
  onTime: 0,
  due: 0,
  rated: 0,
  satisfied: 0,
  overdue: 0,
  adopted: 0,
});

function add(t: Tally, f: RequestFact, nowMs: number): void {
  t.total++;
  const waiting = isAwaiting(f.status);
  if (f.firstReplyAt !== null) t.answered++;
  if (f.onTime) t.onTime++;
  if (f.firstReplyAt !== null || (waiting && nowMs >= f.promisedBy)) t.due++;
  if (f.rating) {
    t.rated++;
    if (f.rating !== 'unsatisfied') t.satisfied++;
  }
  if (waiting && f.dueAt !== null && nowMs >= f.dueAt) t.overdue++;
  if (f.adopted) t.adopted++;
}

export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

export interface Rollup {
  all: Tally;
  byUnit: Map<string, Tally>;
  byCategory: { category: VoiceCategory; count: number }[];
  byKind: { kind: VoiceKind; count: number }[];
}

/** Tallies per unit id (each request on every unit of its path), overall, and by category and kind. */
export function rollup(facts: readonly RequestFact[], nowMs: number): Rollup {
  const all = empty();
  const byUnit = new Map<string, Tally>();
  const cats = new Map<VoiceCategory, number>();
  const kinds = new Map<VoiceKind, number>();
  for (const f of facts) {
    add(all, f, nowMs);
    for (const u of f.unitPath) {
      if (!byUnit.has(u)) byUnit.set(u, empty());
      add(byUnit.get(u)!, f, nowMs);
    }
    cats.set(f.category, (cats.get(f.category) ?? 0) + 1);
    kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  }
  return {
    all,
    byUnit,
    byCategory: VOICE_CATEGORIES.map((category) => ({ category, count: cats.get(category) ?? 0 }))
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count),
    byKind: VOICE_KINDS.map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
  };
}
