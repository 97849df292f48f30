import crypto from 'crypto';
import type { trainingContract } from '../../../domain/contract/training';
import { AppError } from '../../../domain/errors';
import { codeFromBytes, formatCode } from '../../../domain/rules/training-certificate';
import { UNION_NAME } from '../../../domain/union';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import { insertCertificate } from '../repos/certificates';
import { findLedger, hoursOf, setCertificate } from '../repos/ledgers';
import { plansOnPath } from '../repos/plans';
import { standingFor } from '../standing';

/**
 * My certificate of hours for a year. Its code is kept while the hours stay the same, so printing
 * it twice gives one code; once more hours are earned, drawing it again issues a new code with the
 * new total (the old one still verifies what it said on its day). Member, ledger and plans at once,
 * and for a new code two writes (3 or 5 requests).
 */
export const getCertificate: Handler<typeof trainingContract.getCertificate> = async ({ year }, ctx) => {
  const m = ctx.member;
  const [ledger, plans] = await Promise.all([findLedger(year, m._id), plansOnPath(year, m.unitPath)]);
  if (!ledger || !(ledger.total > 0)) throw new AppError('NOT_FOUND', '该年度还没有学时记录，暂无证书');
  const hours = hoursOf(ledger);
  const completed = standingFor(m, plans, hours).done;
  const names = m.unitNames ?? [];
  const unitName = names[names.length - 1] ?? '';
  const view = (code: string, issuedAt: number) => ({
    code: formatCode(code),
    year,
    memberName: m.name,
    unitName,
    hours,
    total: ledger.total,
    completed,
    issuedAt,
    unionName: UNION_NAME,
  });
  if (ledger.certificate && ledger.certificate.total === ledger.total)
    return view(ledger.certificate.code, ms(ledger.certificate.issuedAt));

  for (let attempt = 0; attempt < 3; attempt++) {
    const code = codeFromBytes(crypto.randomBytes(8));
    const doc = {
      _id: code,
      openid: m._id,
      year,
      name: m.name,
      unitName,
      hours,
      total: ledger.total,
      completed,
      issuedAt: ctx.now,
    };
    if (!(await insertCertificate(doc))) continue;
    await setCertificate(year, m._id, { code, total: ledger.total, issuedAt: ctx.now });
    return view(code, ctx.now.getTime());
  }
  throw new AppError('INTERNAL', '证书编号生成失败，请重试');
};
