/**
 * Results of sending a notice's subscription message to one member, and the wording the delivery
 * report uses. One delivery record per member per notice: that record is what makes a retried
 * publish send nothing twice.
 */
export const DELIVERY_STATUSES = ['sending', 'sent', 'no_quota', 'refused', 'error'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_LABELS: Record<DeliveryStatus, string> = {
  sending: '发送中',
  sent: '已送达',
  no_quota: '未订阅',
  refused: '被拒收',
  error: '发送失败',
};

export type DeliveryCounts = Record<DeliveryStatus, number>;

export const emptyCounts = (): DeliveryCounts => ({ sending: 0, sent: 0, no_quota: 0, refused: 0, error: 0 });

/** Failed = refused by WeChat (43101) or any other error: the report's third figure. */
export const failedOf = (c: DeliveryCounts): number => c.refused + c.error;

/** `thing` values are at most 20 characters: cut on characters (not UTF-16 units) with an ellipsis. */
export function thingValue(text: string, max = 20): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
