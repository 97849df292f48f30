/** Certificates of hours, found by their code. */
import { collection } from '../../lib/collection';
import { addOnce } from '../../lib/db-errors';
import { row } from '../../lib/results';
import type { CertificateDoc } from './docs';

export async function findCertificate(code: string): Promise<CertificateDoc | null> {
  return row<CertificateDoc>(await collection('training_certificates').doc(code).get());
}

/** False when the code is taken (one in 10^12: the caller draws another). */
export async function insertCertificate(doc: CertificateDoc): Promise<boolean> {
  return addOnce(() => collection('training_certificates').add({ data: doc }));
}
