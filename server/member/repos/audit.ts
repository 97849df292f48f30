import { collection } from '../../lib/collection';

/** A decision that moves someone's identity, kept for whoever later asks who did it and why. */
export interface AuditEntry {
  kind: 'employee_no_moved' | 'dispute_dismissed';
  /** What it is about: here the employee number. */
  subject: string;
  by: string;
  at: Date;
  from: string | null;
  to: string | null;
  reason: string;
  ref: string;
}

export async function addAudit(entry: AuditEntry): Promise<void> {
  await collection('audit_log').add({ data: entry });
}
