import Taro from '@tarojs/taro';

/**
 * Which WeChat group a page was opened from. When a member taps a notice (or event) card in a group,
 * WeChat starts the app with a shareTicket (scene 1044); app.ts asks wx.getGroupEnterInfo for the
 * group's cloudID right away and keeps it here, and the page sends it with its one call, where a
 * cloud function turns it into the group's opengid.
 *
 * On H5 (local use and browser tests) there are no groups: the page's `?gid=<cloudID>` query stands in,
 * with the cloudID registered on the local server (POST /api/dev/open-data).
 */
interface Entry {
  cloudID: string;
  /** The opened page's query, so the cloudID is only used by the card it came with. */
  query: Record<string, string>;
}

let pending: Promise<Entry | null> = Promise.resolve(null);

/** app.ts: called on launch and on show with the options WeChat passes. */
export function captureGroupEntry(options: { shareTicket?: string; query?: Record<string, string> } | undefined): void {
  if (process.env.TARO_ENV !== 'weapp' || !options?.shareTicket) return;
  const query = options.query ?? {};
  pending = new Promise<Entry | null>((resolve) => {
    Taro.getGroupEnterInfo({
      success: (res) => resolve(res.cloudID ? { cloudID: res.cloudID, query } : null),
      fail: () => resolve(null),
    }).catch(() => resolve(null));
  });
}

/**
 * The cloudID of the group card that opened this page (matched on `key` = its id query param), or
 * undefined. Waits briefly for getGroupEnterInfo, which may still be answering when the page loads.
 */
export async function groupCloudIdFor(
  key: string,
  params: Record<string, string | undefined>,
): Promise<string | undefined> {
  if (process.env.TARO_ENV === 'h5') return params.gid || undefined;
  const entry = await Promise.race([pending, new Promise<null>((r) => setTimeout(() => r(null), 1500))]);
  if (!entry || entry.query.id !== key) return undefined;
  // One card, one count: a later page load in this session does not reuse it.
  pending = Promise.resolve(null);
  return entry.cloudID;
}
