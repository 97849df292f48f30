import crypto from 'crypto';
import { CloudSdkError } from './errors';

/** A code from `<button open-type="getPhoneNumber">` is single-use and expires after five minutes (WeChat's rule). */
export const PHONE_CODE_TTL_MS = 5 * 60_000;

/** WeChat's errcode for an unknown, used or expired code. */
export const INVALID_PHONE_CODE = 40029;

const API = 'openapi.phonenumber.getPhoneNumber';

/**
 * WeChat's side of the phone-number button: the client's tap yields a code bound to the phone of the
 * WeChat account (here: whatever phone the stand-in names, e.g. a persona's), and the server trades
 * it once with `cloud.openapi.phonenumber.getPhoneNumber({ code })`. Codes live in memory: like the
 * real ones they are meant to be used within minutes.
 */
export class PhoneNumberService {
  private readonly codes = new Map<string, { phone: string; expires: number }>();

  constructor(private readonly appid: string) {}

  /** What the button does for a user whose WeChat account holds `phone`. */
  issueCode(phone: string, now = Date.now()): string {
    if (!/^1\d{10}$/.test(phone)) throw new Error('a mainland mobile number of 11 digits is required');
    const code = crypto.randomBytes(16).toString('hex');
    this.codes.set(code, { phone, expires: now + PHONE_CODE_TTL_MS });
    return code;
  }

  /** phonenumber.getPhoneNumber as the SDK returns it (camelCase): the phone, once per code. */
  async getPhoneNumber(input: unknown, now = Date.now()): Promise<unknown> {
    const code = input && typeof input === 'object' ? (input as { code?: unknown }).code : undefined;
    const entry = typeof code === 'string' ? this.codes.get(code) : undefined;
    if (typeof code === 'string') this.codes.delete(code);
    if (!entry || entry.expires < now) throw new CloudSdkError(INVALID_PHONE_CODE, `${API}:fail invalid code`);
    return {
      errCode: 0,
      errMsg: `${API}:ok`,
      phoneInfo: {
        phoneNumber: entry.phone,
        purePhoneNumber: entry.phone,
        countryCode: '86',
        watermark: { timestamp: Math.floor(now / 1000), appid: this.appid },
      },
    };
  }
}
