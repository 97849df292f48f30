import { getDevOpenid } from './dev-identity';

/**
 * H5 only: the local stand-in for `<Button openType='getPhoneNumber'>`. The local server issues the
 * one-time code the real button would (for a demo persona, its own phone; any other local account
 * names the phone its WeChat would hold), and the member function trades it through the same
 * emulated `phonenumber.getPhoneNumber` as on WeChat.
 */
export async function devPhoneCode(phoneOfAccount: string): Promise<string> {
  const res = await fetch(`${UNION_API_BASE}/api/dev/phone-code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid: getDevOpenid(), phone: phoneOfAccount }),
  });
  if (!res.ok) throw new Error(`phone code: ${res.status}`);
  return ((await res.json()) as { code: string }).code;
}
