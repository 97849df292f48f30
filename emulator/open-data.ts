import type { EmuStore } from './emu-store';
import { WxErrCode, describeErrCode } from './errors';

/** One item of `cloud.getOpenData({ list })`'s `list`, as WeChat returns it. */
export type OpenDataItem =
  { cloudID: string; data: Record<string, unknown> } | { cloudID: string; errCode: number; errMsg: string };

export interface RegisterOpenDataOptions {
  /** The user the cloudID was issued to; another caller then gets -601007, as on WeChat. */
  openid?: string;
}

/**
 * Open data behind cloudIDs (a group share's `{ openGId }`, ...). On WeChat the client gets a cloudID
 * from wx.getGroupEnterInfo and only a cloud function can turn it into data; here the test or the dev
 * server registers what a cloudID stands for, and `cloud.getOpenData` resolves it.
 */
export class OpenDataStore {
  constructor(
    private readonly db: EmuStore,
    private readonly appid: string,
  ) {}

  register(cloudID: string, data: Record<string, unknown>, opts: RegisterOpenDataOptions = {}): void {
    if (!cloudID) throw new Error('cloudID must be a non-empty string');
    this.db
      .prepare(
        `INSERT INTO _emu_open_data (cloud_id, data, openid, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (cloud_id) DO UPDATE SET data = excluded.data, openid = excluded.openid, created_at = excluded.created_at`,
      )
      .run(cloudID, JSON.stringify(data), opts.openid ?? null, new Date().toISOString());
  }

  /**
   * The item WeChat returns for a cloudID. Real open data carries a `watermark` ({ appid, timestamp });
   * it is added unless the registered data has one. An unknown cloudID gives an item with errCode
   * -601005 rather than failing the whole call.
   */
  resolve(cloudID: string, callerOpenid: string): OpenDataItem {
    const row = this.db
      .prepare('SELECT data, openid, created_at FROM _emu_open_data WHERE cloud_id = ?')
      .get(cloudID) as { data: string; openid: string | null; created_at: string } | undefined;
    if (!row) return errorItem(cloudID, WxErrCode.INVALID_CLOUDID);
    if (row.openid && row.openid !== callerOpenid) return errorItem(cloudID, WxErrCode.CLOUDID_USER_NOT_MATCH);
    const data = JSON.parse(row.data) as Record<string, unknown>;
    if (!('watermark' in data)) {
      data.watermark = { appid: this.appid, timestamp: Math.floor(Date.parse(row.created_at) / 1000) };
    }
    return { cloudID, data };
  }
}

function errorItem(cloudID: string, errCode: number): OpenDataItem {
  return { cloudID, errCode, errMsg: describeErrCode(errCode) };
}
