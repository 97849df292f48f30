import { cloud } from '../lib/cloud';

/**
 * A WeChat group card's cloudID (from wx.getGroupEnterInfo on the phone) → the group's opengid.
 * Only a cloud function can open it. Null when WeChat cannot (expired, another user's cloudID):
 * the notice still opens, it just does not count for a group.
 */
export async function openGIdOf(cloudID: string): Promise<string | null> {
  try {
    const res = (await cloud.getOpenData({ list: [cloudID] })) as unknown as {
      list?: { cloudID: string; data?: Record<string, unknown>; errCode?: number }[];
    };
    const data = res.list?.[0]?.data;
    // getGroupEnterInfo's data is { opengid }; getShareInfo's was { openGId }: accept both.
    const gid = data?.openGId ?? data?.opengid;
    return typeof gid === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(gid) ? gid : null;
  } catch (err) {
    console.error('[notice] getOpenData failed', err);
    return null;
  }
}
