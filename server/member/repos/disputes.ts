import type { RosterCheck } from '../../../domain/rules/roster-check';
import { collection } from '../../lib/collection';
import { row, rows, totalOf, updatedOf } from '../../lib/results';
import { isDuplicateKey } from '../../lib/db-errors';

/** 这是我的工号: someone claims a number another WeChat user registered. */
export interface DisputeDoc {
  /** `${employeeNo}_${claimant}`: one open claim per person and number, however often they tap. */
  _id: string;
  employeeNo: string;
  claimant: string;
  /** Who held the number when the claim was made. */
  holder: string;
  /** What the claimant registers as when the claim is upheld. */
  profile: { name: string; employeeNo: string; phone: string; unitId: string };
  phoneVerified: boolean;
  rosterCheck: RosterCheck;
  /** The roster row's unit path, else the unit the claimant picked: organizers there settle it. */
  unitPath: string[];
  state: 'open' | 'upheld' | 'dismissed';
  createdAt: Date;
  resolvedAt?: Date;
  resolvedBy?: string;
  reason?: string;
}

export const disputeIdOf = (employeeNo: string, claimant: string): string => `${employeeNo}_${claimant}`;

export async function findDispute(id: string): Promise<DisputeDoc | null> {
  return row<DisputeDoc>(await collection('number_disputes').doc(id).get());
}

/** Records the claim; an open one of the same person and number is kept as it is. */
export async function openDispute(doc: DisputeDoc): Promise<DisputeDoc> {
  try {
    await collection('number_disputes').add({ data: doc });
    return doc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await findDispute(doc._id);
    if (!existing) throw err;
    if (existing.state === 'open') return existing;
    // A settled claim made again (new evidence, a new holder): it opens again with what was sent now.
    const { _id, ...data } = doc;
    await collection('number_disputes').doc(_id).set({ data });
    return doc;
  }
}

/** How many claims this person has open (a few at most: nobody owns many numbers). */
export async function openDisputesOf(claimant: string): Promise<number> {
  return totalOf(await collection('number_disputes').where({ claimant, state: 'open' }).count());
}

export async function pageOpenDisputes(
  underUnit: string | null,
  skip: number,
  limit: number,
): Promise<{ items: DisputeDoc[]; total: number }> {
  const where: Record<string, unknown> = { state: 'open' };
  if (underUnit) where.unitPath = underUnit;
  const [items, total] = await Promise.all([
    collection('number_disputes').where(where).orderBy('createdAt', 'asc').skip(skip).limit(limit).get(),
    collection('number_disputes').where(where).count(),
  ]);
  return { items: rows<DisputeDoc>(items), total: totalOf(total) };
}

/** Settles an open claim once; false when someone settled it first. */
export async function settleDispute(
  id: string,
  change: Pick<DisputeDoc, 'state' | 'resolvedAt' | 'resolvedBy' | 'reason'>,
): Promise<boolean> {
  return (
    updatedOf(await collection('number_disputes').where({ _id: id, state: 'open' }).update({ data: change })) === 1
  );
}
