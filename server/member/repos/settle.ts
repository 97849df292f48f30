/**
 * Upholding a 工号 dispute in one transaction: every write is a single document by id (the claim,
 * the holder, the claimant, the dispute) plus the audit entry, so the number never belongs to two
 * people and a half-done settlement never stays behind.
 */
import { AppError } from '../../../domain/errors';
import { db } from '../../lib/cloud';
import { row } from '../../lib/results';
import { isTransactionConflict } from '../../lib/db-errors';
import type { AuditEntry } from './audit';
import type { DisputeDoc } from './disputes';
import type { MemberDoc } from './members';

interface RawTx {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<unknown>;
      set(o: { data: object }): Promise<unknown>;
      update(o: { data: object }): Promise<unknown>;
    };
    add(o: { data: object }): Promise<unknown>;
  };
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

export interface Upholding {
  dispute: DisputeDoc;
  /** Who holds the number as the organizer saw it (null: nobody). */
  holderId: string | null;
  /** What the holder's document becomes (turned away), when there is one. */
  holderChange: Partial<MemberDoc> | null;
  claimant: MemberDoc;
  settled: Pick<DisputeDoc, 'state' | 'resolvedAt' | 'resolvedBy' | 'reason'>;
  audit: AuditEntry;
}

/** 'settled' when someone settled the dispute first; CONFLICT when the number changed hands meanwhile. */
export async function upholdDispute(u: Upholding): Promise<'ok' | 'settled'> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const tx = (await db().startTransaction()) as RawTx;
    try {
      const d = row<DisputeDoc>(await tx.collection('number_disputes').doc(u.dispute._id).get());
      if (!d || d.state !== 'open') {
        await tx.rollback();
        return 'settled';
      }
      const claim = row<{ openid: string }>(await tx.collection('employee_numbers').doc(d.employeeNo).get());
      if ((claim?.openid ?? null) !== u.holderId)
        throw new AppError('CONFLICT', '该工号的持有人刚刚变更，请刷新后重试');
      if (claim)
        await tx
          .collection('employee_numbers')
          .doc(d.employeeNo)
          .update({ data: { openid: u.claimant._id, claimedAt: u.settled.resolvedAt } });
      else
        await tx
          .collection('employee_numbers')
          .add({ data: { _id: d.employeeNo, openid: u.claimant._id, claimedAt: u.settled.resolvedAt } });
      if (u.holderId && u.holderChange) await tx.collection('members').doc(u.holderId).update({ data: u.holderChange });
      const { _id, ...claimant } = u.claimant;
      await tx.collection('members').doc(_id).set({ data: claimant });
      await tx.collection('number_disputes').doc(d._id).update({ data: u.settled });
      await tx.collection('audit_log').add({ data: u.audit });
      await tx.commit();
      return 'ok';
    } catch (err) {
      await tx.rollback().catch(() => undefined);
      if (isTransactionConflict(err) && attempt < 3) continue;
      throw err;
    }
  }
  throw new AppError('CONFLICT', '操作冲突，请重试');
}
