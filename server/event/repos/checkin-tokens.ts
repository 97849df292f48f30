/** Signs and verifies check-in tokens (shape and times: domain/rules/checkin-token.ts). */
import { createHmac, timingSafeEqual } from 'crypto';
import { AppError } from '../../../domain/errors';
import {
  SIGNUP_CODE_ALPHABET,
  SIGNUP_CODE_LENGTH,
  isTokenExpired,
  joinToken,
  parseCheckinToken,
  signedPartOf,
} from '../../../domain/rules/checkin-token';
import { checkinSecret } from './checkin-secret';

const signatureOf = (secret: Buffer, signedPart: string): string =>
  createHmac('sha256', secret).update(signedPart).digest('base64url');

export async function signCheckinToken(registrationId: string, expiresAt: number, generation: number): Promise<string> {
  const signedPart = signedPartOf(registrationId, expiresAt, generation);
  return joinToken(signedPart, signatureOf(await checkinSecret(), signedPart));
}

/**
 * The registration a token was issued for. Refuses anything not signed with our key (BAD_REQUEST)
 * and codes past their expiry (CLOSED), checking the signature first so an expired forgery is
 * called what it is.
 */
export async function verifyCheckinToken(
  text: string,
  now: Date,
): Promise<{ registrationId: string; expiresAt: number; generation: number }> {
  const token = parseCheckinToken(text);
  if (!token) throw new AppError('BAD_REQUEST', '无法识别的签到码，请让对方打开“签到码”页面后重新扫描');
  const expected = Buffer.from(signatureOf(await checkinSecret(), token.signedPart));
  const given = Buffer.from(token.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new AppError('BAD_REQUEST', '签到码无效，不是本系统签发的');
  if (isTokenExpired(token, now.getTime())) throw new AppError('CLOSED', '签到码已过期');
  return { registrationId: token.registrationId, expiresAt: token.expiresAt, generation: token.generation };
}

/** The registration's 报名码 for this generation: four HMAC bytes a character, so every character is equally likely. */
export async function signupCodeOf(registrationId: string, generation: number): Promise<string> {
  const mac = createHmac('sha256', await checkinSecret())
    .update(`code.${registrationId}.${generation}`)
    .digest();
  let code = '';
  for (let i = 0; i < SIGNUP_CODE_LENGTH; i++)
    code += SIGNUP_CODE_ALPHABET[mac.readUInt32BE(i * 4) % SIGNUP_CODE_ALPHABET.length];
  return code;
}
