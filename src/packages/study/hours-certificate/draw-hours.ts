/** The certificate of study hours, painted with the same frame and signature as the quiz certificate. */
import type { CertificateView } from '@domain/contract/training-model';
import { chinaDate } from '@domain/rules/china-time';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS, hoursText } from '@domain/rules/training-subjects';
import { FONT, INK, W, drawFrame, drawSignature, wrap, type Ctx2D } from '../certificate/draw';

export function drawHoursCertificate(ctx: Ctx2D, c: CertificateView): void {
  drawFrame(ctx, '学时证明', 'CERTIFICATE OF STUDY HOURS');
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = `bold 40px ${FONT}`;
  ctx.fillText(`${c.memberName} 同志：`, 96, 350);
  ctx.font = `34px ${FONT}`;
  const body = `${c.year}年度参加工会培训学习，累计取得 ${hoursText(c.total)} 学时${c.completed ? '，完成年度培训计划' : ''}。特此证明。`;
  wrap(ctx, body, W - 192 - 68).forEach((line, i) => ctx.fillText(line, i === 0 ? 164 : 96, 425 + i * 56));

  ctx.font = `30px ${FONT}`;
  STUDY_SUBJECTS.forEach((s, i) => {
    const y = 570 + i * 44;
    ctx.textAlign = 'left';
    ctx.fillText(STUDY_SUBJECT_LABELS[s], 160, y);
    ctx.textAlign = 'right';
    ctx.fillText(`${hoursText(c.hours[s])} 学时`, W - 160, y);
  });

  ctx.textAlign = 'left';
  ctx.font = `26px ${FONT}`;
  ctx.fillStyle = '#8a817a';
  ctx.fillText(`所在单位：${c.unitName}`, 96, 770);
  ctx.fillText(`验证编号：${c.code}（可在“证书查验”中核对）`, 96, 810);

  drawSignature(ctx, c.unionName, chinaDate(c.issuedAt));
}
