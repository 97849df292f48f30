import type { trainingContract } from '../../../domain/contract/training';
import { AppError } from '../../../domain/errors';
import { maskName } from '../../../domain/rules/masking';
import { formatCode, normaliseCode } from '../../../domain/rules/training-certificate';
import { UNION_NAME } from '../../../domain/union';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import { findCertificate } from '../repos/certificates';

/**
 * Anyone holding a certificate's code can check it: the name is masked, the hours are those it was
 * issued with. An unknown or malformed code is NOT_FOUND alike. One request (no member read).
 */
export const verifyCertificate: Handler<typeof trainingContract.verifyCertificate> = async ({ code: typed }) => {
  const code = normaliseCode(typed);
  const cert = code ? await findCertificate(code) : null;
  if (!cert) throw new AppError('NOT_FOUND', '未找到该证书编号，请核对后重试');
  return {
    code: formatCode(cert._id),
    year: cert.year,
    maskedName: maskName(cert.name),
    unitName: cert.unitName,
    total: cert.total,
    hours: cert.hours,
    completed: cert.completed,
    issuedAt: ms(cert.issuedAt),
    unionName: UNION_NAME,
  };
};
