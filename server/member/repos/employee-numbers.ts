import { AppError } from '../../../domain/errors';
import { collection } from '../../lib/collection';
import { row, updatedOf } from '../../lib/results';

/**
 * One member per employee number, held by a claim document whose `_id` is the number: the add
 * either creates it or collides, so two people registering the same number at the same moment
 * cannot both get it (a query-then-insert could let both through).
 */
interface ClaimDoc {
  _id: string;
  openid: string;
  claimedAt: Date;
}

/** Claims `employeeNo` for `openid` (idempotent for the same openid); CONFLICT if someone else holds it. */
export async function claimEmployeeNo(employeeNo: string, openid: string, now: Date): Promise<void> {
  try {
    await collection('employee_numbers').add({ data: { _id: employeeNo, openid, claimedAt: now } });
    return;
  } catch (err) {
    const held = row<ClaimDoc>(await collection('employee_numbers').doc(employeeNo).get());
    if (!held) throw err;
    if (held.openid !== openid) throw new AppError('CONFLICT', '该工号已被其他微信用户注册，如有疑问请联系所在工会');
  }
}

/** Gives a number back (rejected registration, corrected number); only the holder's claim is removed. */
export async function releaseEmployeeNo(employeeNo: string, openid: string): Promise<void> {
  await collection('employee_numbers').where({ _id: employeeNo, openid }).remove();
}

/** Who holds a number now (null: nobody). */
export async function holderOf(employeeNo: string): Promise<string | null> {
  return row<ClaimDoc>(await collection('employee_numbers').doc(employeeNo).get())?.openid ?? null;
}

/**
 * Gives a held number to someone else (an organizer settling a dispute): only while `from` still
 * holds it, so two organizers settling at once move it once. True when it now belongs to `to`.
 */
export async function moveClaim(employeeNo: string, from: string | null, to: string, now: Date): Promise<boolean> {
  if (from === null) {
    try {
      await collection('employee_numbers').add({ data: { _id: employeeNo, openid: to, claimedAt: now } });
      return true;
    } catch {
      return (await holderOf(employeeNo)) === to;
    }
  }
  const res = await collection('employee_numbers')
    .where({ _id: employeeNo, openid: from })
    .update({ data: { openid: to, claimedAt: now } });
  return updatedOf(res) === 1 || (await holderOf(employeeNo)) === to;
}
