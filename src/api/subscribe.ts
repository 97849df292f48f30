import Taro from '@tarojs/taro';
import type { SubscriptionsOutput } from '@domain/contract/notice';
import { acceptedKinds } from '@domain/rules/notice-subscriptions';
import { TEMPLATES, type MessageKind } from '@domain/templates';
import { call } from './call';
import { getDevOpenid } from './dev-identity';
import { ApiError } from './errors';

export interface SubscribeResult {
  /** Kinds the member allowed in the dialog (each = one more message of that kind). */
  accepted: MessageKind[];
  /** The member's quota after recording them. */
  after: SubscriptionsOutput;
}

/**
 * Asks the member to allow subscription messages of these kinds (at most three: WeChat's limit) and
 * records each accept on the server as one send. MUST be called from a tap handler: WeChat refuses
 * wx.requestSubscribeMessage otherwise.
 *
 * On H5 there is no dialog: the local server stands in for WeChat's side (POST /api/dev/subscribe
 * grants the quota the phone's "allow" would), then the same action records it.
 */
export async function subscribe(kinds: MessageKind[]): Promise<SubscribeResult> {
  const tmplIds = kinds.slice(0, 3).map((k) => TEMPLATES[k].templateId);
  let accepted: MessageKind[];
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch(`${UNION_API_BASE}/api/dev/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid: getDevOpenid(), templateIds: tmplIds }),
    }).catch(() => null);
    if (!res || !res.ok) throw new ApiError({ code: 'INTERNAL', message: '订阅失败，请稍后重试' });
    accepted = kinds.slice(0, 3);
  } else {
    let answer: Record<string, unknown>;
    try {
      answer = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as unknown as Record<string, unknown>;
    } catch {
      // The member closed the dialog, or turned subscription messages off in settings.
      throw new ApiError({ code: 'FORBIDDEN', message: '未能订阅，可在右上角“…”→“设置”中打开订阅消息' });
    }
    accepted = acceptedKinds(kinds.slice(0, 3), answer);
  }
  const after = await call('notice', 'recordSubscriptions', { accepted });
  return { accepted, after };
}
