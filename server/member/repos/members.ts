import type { MemberStatus, Role } from '../../../domain/roles';
import type { RosterCheck } from '../../../domain/rules/roster-check';
import type { CollectionName } from '../../../domain/collections';
import { db } from '../../lib/cloud';
import { collection, command } from '../../lib/collection';
import { listOf, row, rows, totalOf, updatedOf } from '../../lib/results';

/** A member as stored: `_id` is the WeChat OPENID, the only identity we trust. */
export interface MemberDoc {
  _id: string;
  name: string;
  employeeNo: string;
  phone: string;
  /** Optional; collected only where an event needs it, and always shown masked to others. */
  idNumber?: string;
  unitId: string;
  /** Ancestor unit ids from the branch company down to unitId (inclusive): subtree queries match on it. */
  unitPath: string[];
  /**
   * The names of unitPath's units, kept beside it so the pages every member opens (home, me) need no
   * units read. Renaming or moving a unit rewrites them (repos/units + unit actions).
   */
  unitNames?: string[];
  role: Role;
  status: MemberStatus;
  rejectReason?: string;
  /** The roster had this name + number (and the WeChat-proven phone) when they registered, or an import matched them. */
  rosterMatched?: boolean;
  /** `phone` was proven by WeChat's phone-number button (not typed): the only phone a roster match trusts. */
  phoneVerified?: boolean;
  /** How the registration compared with the roster when it was submitted. */
  rosterCheck?: RosterCheck;
  largeText?: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** When the registration was (last) submitted. */
  submittedAt?: Date;
  verifiedAt?: Date;
  verifiedBy?: string;
  reviewedAt?: Date;
  reviewedBy?: string;
}

/** One read: the member document of an OPENID, or null. */
export async function findMember(openid: string): Promise<MemberDoc | null> {
  if (!openid) return null;
  return row<MemberDoc>(await collection('members').doc(openid).get());
}

/**
 * The member and documents of other collections by `_id`, in one request (an aggregate on the member
 * with one `$lookup` by id each): what an action needs first besides its caller, read together.
 * `docs` (in the order asked, null where none exists) are all null when the member is unknown.
 */
export async function findMemberWith(
  openid: string,
  wants: readonly { from: CollectionName; id: string }[],
): Promise<{ member: MemberDoc | null; docs: (Record<string, unknown> | null)[] }> {
  const none = { member: null, docs: wants.map(() => null) };
  if (!openid) return none;
  const $ = db().command.aggregate as unknown as { pipeline(): { match(q: object): { done(): unknown } } };
  let query = collection('members').aggregate().match({ _id: openid });
  wants.forEach((w, i) => {
    query = query.lookup({
      from: w.from,
      pipeline: $.pipeline().match({ _id: w.id }).done(),
      as: `_with${i}`,
    } as never);
  });
  const found = listOf<MemberDoc & Record<string, unknown>>(await query.end());
  if (!found.length) return none;
  const member: Record<string, unknown> = { ...found[0] };
  const docs = wants.map((_w, i) => {
    const joined = member[`_with${i}`] as Record<string, unknown>[] | undefined;
    delete member[`_with${i}`];
    return joined?.[0] ?? null;
  });
  return { member: member as unknown as MemberDoc, docs };
}

/** Writes the whole document (registration, bootstrap): `_id` is the OPENID, so a retry overwrites. */
export async function saveMember(doc: MemberDoc): Promise<void> {
  const { _id, ...data } = doc;
  await collection('members').doc(_id).set({ data });
}

/** Updates fields of one member. */
export async function patchMember(openid: string, data: Partial<Omit<MemberDoc, '_id'>>): Promise<void> {
  await collection('members').doc(openid).update({ data });
}

/**
 * Updates one member only while it is still in `status`: two organizers approving the same
 * registration at once see exactly one success. Returns whether it was updated.
 */
export async function updateMemberIfStatus(
  openid: string,
  status: MemberStatus,
  data: Partial<Omit<MemberDoc, '_id'>>,
): Promise<boolean> {
  return updatedOf(await collection('members').where({ _id: openid, status }).update({ data })) === 1;
}

export interface MemberQuery {
  status: MemberStatus;
  /** Only members at or below this unit; null = everywhere (admins). */
  underUnit: string | null;
  /** Name (contains) or employee number (prefix). */
  search?: string;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function whereOf(q: MemberQuery): object {
  const _ = command();
  const base: Record<string, unknown> = { status: q.status };
  if (q.underUnit) base.unitPath = q.underUnit;
  if (!q.search) return base;
  const text = escapeRegExp(q.search);
  return _.and([
    base,
    _.or([
      { name: db().RegExp({ regexp: text, options: 'i' }) },
      { employeeNo: db().RegExp({ regexp: `^${text}`, options: 'i' }) },
    ]),
  ]);
}

/** One page of members (2 requests: the page and the total). */
export async function pageMembers(
  q: MemberQuery,
  page: number,
  pageSize: number,
  order: 'employeeNo' | 'submittedAt',
): Promise<{ items: MemberDoc[]; total: number }> {
  const where = whereOf(q);
  const [items, total] = await Promise.all([
    collection('members')
      .where(where)
      .orderBy(order, 'asc')
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .get(),
    collection('members').where(where).count(),
  ]);
  return { items: rows<MemberDoc>(items), total: totalOf(total) };
}

/** Members holding any of these employee numbers (the roster import's comparison), ≤ 1000 per call. */
export async function membersByNumbers(numbers: string[]): Promise<MemberDoc[]> {
  if (numbers.length === 0) return [];
  const _ = command();
  return rows<MemberDoc>(
    await collection('members')
      .where({ employeeNo: _.in(numbers) })
      .limit(1000)
      .get(),
  );
}

/** How many members (any status) sit at or below a unit. */
export async function countMembersUnder(unitId: string): Promise<number> {
  return totalOf(await collection('members').where({ unitPath: unitId }).count());
}

/** Members per unit id (any status), for the org tree. */
export async function memberCountsByUnit(): Promise<Map<string, number>> {
  const $ = db().command.aggregate;
  const res = await collection('members')
    .aggregate()
    .group({ _id: '$unitId', n: $.sum(1) })
    .limit(1000)
    .end();
  return new Map(listOf<{ _id: string; n: number }>(res).map((g) => [g._id, g.n]));
}

/** Moves every member sitting directly in one unit to another: one request, however many there are. */
export async function moveMembersOfUnit(
  fromUnitId: string,
  to: { unitId: string; unitPath: string[]; unitNames: string[] },
  now: Date,
): Promise<number> {
  return updatedOf(
    await collection('members')
      .where({ unitId: fromUnitId })
      .update({ data: { unitId: to.unitId, unitPath: to.unitPath, unitNames: to.unitNames, updatedAt: now } }),
  );
}

/**
 * Rewrites the first entries of unitPath / unitNames of every member at or below a unit. Levels are
 * fixed, so a rename or a move changes the same positions for the whole subtree: one multi-document
 * update (no paging, no per-member writes) however large the subtree is.
 */
export async function rewriteMemberPathPrefix(
  underUnit: string,
  prefix: { ids?: string[]; names: string[]; from?: number },
  now: Date,
): Promise<number> {
  const data: Record<string, unknown> = { updatedAt: now };
  const from = prefix.from ?? 0;
  prefix.names.forEach((name, i) => (data[`unitNames.${from + i}`] = name));
  prefix.ids?.forEach((id, i) => (data[`unitPath.${from + i}`] = id));
  return updatedOf(await collection('members').where({ unitPath: underUnit }).update({ data }));
}

/** Members by OPENID (≤ 100 per call: one page of an organizer's list). */
export async function membersByIds(ids: string[]): Promise<MemberDoc[]> {
  if (ids.length === 0) return [];
  return rows<MemberDoc>(
    await collection('members')
      .where({ _id: command().in(ids) })
      .limit(ids.length)
      .get(),
  );
}
