/**
 * Once-a-year benefit claims (`${kind}_${year}_${openid}` → the registration holding it). A claim is
 * written before the place is taken and removed when that registration ends; one left behind by a
 * call that died (its registration never written, or ended) is stale and may be taken over.
 */
import { collection, command } from '../../lib/collection';
import { addOnce } from '../../lib/db-errors';
import { row, updatedOf } from '../../lib/results';
import type { ClaimDoc } from './docs';

const claims = () => collection('event_claims');

export const addClaim = (doc: ClaimDoc): Promise<boolean> => addOnce(() => claims().add({ data: doc }));

export async function findClaim(id: string): Promise<ClaimDoc | null> {
  return row<ClaimDoc>(await claims().doc(id).get());
}

/** Moves a stale claim to a new registration, only if it still names the stale one. */
export async function takeOverClaim(
  id: string,
  staleRegistrationId: string,
  next: Omit<ClaimDoc, '_id'>,
): Promise<boolean> {
  const res = await claims()
    .where({ _id: id, registrationId: staleRegistrationId })
    .update({ data: { ...next } });
  return updatedOf(res) === 1;
}

/** Removes the claim if (and only if) this registration holds it. */
export async function dropClaim(id: string, registrationId: string): Promise<void> {
  const _ = command();
  await claims()
    .where({ _id: _.eq(id), registrationId })
    .remove();
}
