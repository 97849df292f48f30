/**
 * Rosters: an event's registrations within a scope (the whole event, or one unit's subtree), a
 * page at a time for the screen, all of them (in pages of 1000) for the Excel export, and counts
 * per unit, state and attendance in one aggregate.
 */
import type { RegistrationState } from '../../../domain/contract/event-model';
import type { RosterFilter } from '../../../domain/contract/event-admin-model';
import { db } from '../../lib/cloud';
import { collection, command } from '../../lib/collection';
import { listOf, rows } from '../../lib/results';
import type { RegistrationDoc } from './docs';

export interface RosterScope {
  eventId: string;
  /** Only registrations of members at or below this unit; null = the whole event. */
  underUnit: string | null;
}

const ENDED: RegistrationState[] = ['cancelled', 'removed', 'rejected'];

function whereOf(scope: RosterScope, filter: RosterFilter): Record<string, unknown> {
  const _ = command();
  const where: Record<string, unknown> = { eventId: scope.eventId };
  if (scope.underUnit) where.unitPath = scope.underUnit;
  switch (filter) {
    case 'all':
      break;
    case 'checked_in':
      return { ...where, state: 'confirmed', checkedInAt: _.neq(null) };
    case 'not_checked_in':
      return { ...where, state: 'confirmed', checkedInAt: null };
    case 'ended':
      return { ...where, state: _.in(ENDED) };
    default:
      return { ...where, state: filter };
  }
  return where;
}

/** The screen never needs the answers. */
const ROW_FIELDS = { answers: false } as const;

export async function pageRoster(
  scope: RosterScope,
  filter: RosterFilter,
  skip: number,
  limit: number,
): Promise<RegistrationDoc[]> {
  return rows<RegistrationDoc>(
    await collection('registrations')
      .where(whereOf(scope, filter))
      .orderBy('signedUpAt', 'asc')
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit)
      .field(ROW_FIELDS)
      .get(),
  );
}

/** The most an export takes (20 requests of 1000); an event this large is exported per unit. */
export const MAX_EXPORT_ROWS = 20_000;
const EXPORT_PAGE = 1000;

/**
 * Every confirmed and waitlisted registration in scope, in sign-up order, with answers: pages of
 * 1000 (the server's most per request), ordered by a unique key so no row is skipped or repeated.
 */
export async function allForExport(scope: RosterScope): Promise<RegistrationDoc[]> {
  const _ = command();
  const where = { ...whereOf(scope, 'all'), state: _.in(['confirmed', 'waitlisted']) };
  const out: RegistrationDoc[] = [];
  for (let skip = 0; skip < MAX_EXPORT_ROWS; skip += EXPORT_PAGE) {
    const page = rows<RegistrationDoc>(
      await collection('registrations')
        .where(where)
        .orderBy('signedUpAt', 'asc')
        .orderBy('_id', 'asc')
        .skip(skip)
        .limit(EXPORT_PAGE)
        .get(),
    );
    out.push(...page);
    if (page.length < EXPORT_PAGE) return out;
  }
  return out;
}

/** Registrations of one unit (the member's own, with its path as saved at sign-up) in one state, attended or not. */
export interface LeafCount {
  unitId: string;
  unitPath: string[];
  state: RegistrationState;
  checkedIn: boolean;
  n: number;
}

/** One aggregate: counts per unit × state × attended (a few hundred groups at most). */
export async function countByUnit(scope: RosterScope): Promise<LeafCount[]> {
  const $ = db().command.aggregate;
  const res = await collection('registrations')
    .aggregate()
    .match(whereOf(scope, 'all'))
    .group({
      _id: {
        unitId: '$unitId',
        unitPath: '$unitPath',
        state: '$state',
        checkedIn: $.cond({ if: $.eq([$.ifNull(['$checkedInAt', null]), null]), then: false, else: true }),
      },
      n: $.sum(1),
    })
    .limit(1000)
    .end();
  return listOf<{ _id: Omit<LeafCount, 'n'>; n: number }>(res).map((g) => ({
    ...g._id,
    unitPath: g._id.unitPath ?? [],
    n: g.n,
  }));
}
