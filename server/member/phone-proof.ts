/**
 * The phone WeChat vouches for: the code from `<button open-type="getPhoneNumber">`, traded once on
 * the server with `cloud.openapi.phonenumber.getPhoneNumber` (permission in member's config.json).
 */
import { AppError } from '../../domain/errors';
import { normalisePhone } from '../../domain/rules/member-fields';
import { cloud } from '../lib/cloud';

interface PhoneAnswer {
  phoneInfo?: { purePhoneNumber?: string; phoneNumber?: string; countryCode?: string };
}

/** The caller's proven phone (11 digits), or null without a code; BAD_REQUEST for a used or expired one. */
export async function provenPhone(code: string | undefined): Promise<string | null> {
  if (!code) return null;
  let answer: PhoneAnswer;
  try {
    answer = (await cloud.openapi.phonenumber.getPhoneNumber({ code })) as PhoneAnswer;
  } catch (err) {
    console.error('[member] getPhoneNumber failed', err);
    throw new AppError('BAD_REQUEST', '手机号验证已失效，请重新点击“使用微信手机号”', [
      { path: ['phoneCode'], message: '手机号验证已失效' },
    ]);
  }
  const info = answer.phoneInfo;
  // Only mainland numbers are on the roster; anything else simply proves nothing we can match.
  if (!info || (info.countryCode && info.countryCode !== '86')) return null;
  const phone = normalisePhone(info.purePhoneNumber ?? info.phoneNumber ?? '');
  return /^1\d{10}$/.test(phone) ? phone : null;
}
