import { chinaDate } from '@domain/rules/china-time';
/**
 * Paints a certificate with the plain 2D canvas API, the same on a WeChat 2d canvas node and on an
 * H5 <canvas>. Sizes are in the canvas's own pixels (W × H); the caller scales for the screen.
 */
import type { Certificate } from '@domain/contract/quiz-admin-model';

export const W = 750;
export const H = 1060;

/** The subset of CanvasRenderingContext2D both platforms provide. */
export interface Ctx2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

export const RED = '#c8231e';
export const INK = '#3b2f2a';
export const FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Breaks text into lines no wider than `width` (character by character: Chinese has no spaces). */
export function wrap(ctx: Ctx2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of [...text]) {
    if (ctx.measureText(line + ch).width > width && line) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** The paper, the double red border and the heading: shared by every certificate the app draws. */
export function drawFrame(ctx: Ctx2D, heading: string, subheading: string): void {
  ctx.fillStyle = '#fffaf0';
  ctx.fillRect(0, 0, W, H);
  ctx.strokeStyle = RED;
  ctx.lineWidth = 10;
  ctx.strokeRect(24, 24, W - 48, H - 48);
  ctx.lineWidth = 2;
  ctx.strokeRect(44, 44, W - 88, H - 88);

  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'center';
  ctx.fillStyle = RED;
  ctx.font = `bold 76px ${FONT}`;
  ctx.fillText(heading, W / 2, 200);
  ctx.font = `28px ${FONT}`;
  ctx.fillText(subheading, W / 2, 250);
}

/** The issuer and date at the foot, right-aligned, underlined in red. */
export function drawSignature(ctx: Ctx2D, unionName: string, date: string): void {
  ctx.textAlign = 'right';
  ctx.fillStyle = INK;
  ctx.font = `bold 32px ${FONT}`;
  ctx.fillText(unionName, W - 96, 880);
  ctx.font = `30px ${FONT}`;
  ctx.fillText(date, W - 96, 935);
  ctx.strokeStyle = RED;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(W - 96 - ctx.measureText(unionName).width - 20, 900);
  ctx.lineTo(W - 96, 900);
  ctx.stroke();
}

export function drawCertificate(ctx: Ctx2D, c: Certificate): void {
  drawFrame(ctx, '合格证书', 'CERTIFICATE');

  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = `bold 40px ${FONT}`;
  ctx.fillText(`${c.memberName} 同志：`, 96, 360);
  ctx.font = `34px ${FONT}`;
  const body = `在“${c.paperTitle}”中成绩合格，得分 ${c.score} 分（满分 ${c.maxScore} 分）。特发此证，以资鼓励。`;
  wrap(ctx, body, W - 192 - 68).forEach((line, i) => ctx.fillText(line, i === 0 ? 164 : 96, 440 + i * 58));

  ctx.font = `28px ${FONT}`;
  ctx.fillStyle = '#8a817a';
  ctx.fillText(`所在单位：${c.unitName}`, 96, 720);
  ctx.fillText(`证书编号：${c.serial}`, 96, 770);

  drawSignature(ctx, c.unionName, chinaDate(c.passedAt));
}
