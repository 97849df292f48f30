/**
 * The exports functions write (exports/<openid>/…), recorded so they can be deleted a day later:
 * cloud storage has no listing a function could sweep, and no timer is needed (cloud-function 2.0
 * has none): every new export clears out the expired ones.
 */
import crypto from 'crypto';
import { EXPORT_LIFETIME_MS } from '../../domain/rules/uploads';
import { cloud } from './cloud';
import { collection, command } from './collection';
import { rows } from './results';

interface ExportDoc {
  _id: string;
  fileID: string;
  owner: string;
  createdAt: Date;
}

/** Expired exports deleted per new export: enough to keep up, small enough to stay quick. */
const SWEEP = 50;

export async function recordExport(fileID: string, owner: string, now: Date): Promise<void> {
  const _id = crypto.createHash('sha256').update(fileID).digest('hex').slice(0, 32);
  await collection('file_exports').add({ data: { _id, fileID, owner, createdAt: now } satisfies ExportDoc });
}

/** Deletes exports older than a day (files, then their records). Failures wait for the next export. */
export async function sweepExports(now: Date): Promise<number> {
  try {
    const old = rows<ExportDoc>(
      await collection('file_exports')
        .where({ createdAt: command().lt(new Date(now.getTime() - EXPORT_LIFETIME_MS)) })
        .orderBy('createdAt', 'asc')
        .limit(SWEEP)
        .get(),
    );
    if (old.length === 0) return 0;
    await cloud.deleteFile({ fileList: old.map((d) => d.fileID) });
    await collection('file_exports')
      .where({ _id: command().in(old.map((d) => d._id)) })
      .remove();
    return old.length;
  } catch (err) {
    console.error('[storage] sweeping old exports failed', err);
    return 0;
  }
}
