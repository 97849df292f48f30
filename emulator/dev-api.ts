/**
 * The dev stand-ins under `/api/`: what the WeChat client does on its own (subscription accept,
 * group share, upload, the phone-number button) and what a developer looks at (personas, outbox).
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { HttpError, header, readJson, sendJson } from './http';
import type { StartServerOptions } from './server';
import { isValidCloudPath } from './storage';

/** Uploads come base64-encoded in JSON (a third larger than the file). */
export const UPLOAD_BODY_LIMIT = 20 * 1024 * 1024;
const DEV_BODY_LIMIT = 64 * 1024;

export async function devApi(
  opts: StartServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  path: string,
  query: URLSearchParams,
): Promise<void> {
  const host = opts.host;
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /api/dev/personas':
      return sendJson(res, 200, await opts.personas());
    case 'GET /api/dev/outbox':
      return sendJson(
        res,
        200,
        host.openapi.outbox({
          touser: query.get('touser') ?? undefined,
          templateId: query.get('templateId') ?? undefined,
          limit: query.has('limit') ? Number(query.get('limit')) : undefined,
        }),
      );
    case 'POST /api/dev/subscribe': {
      // Stand-in for the user tapping "allow" in wx.requestSubscribeMessage: one send per template.
      const body = (await readJson(req, DEV_BODY_LIMIT)) as { openid?: unknown; templateIds?: unknown } | undefined;
      const openid = body?.openid;
      const ids = body?.templateIds;
      if (
        typeof openid !== 'string' ||
        !openid ||
        !Array.isArray(ids) ||
        !ids.every((t) => typeof t === 'string' && t)
      ) {
        throw new HttpError(400, 'expected { openid: string, templateIds: string[] }');
      }
      const quotas: Record<string, number> = {};
      for (const t of ids as string[]) quotas[t] = host.openapi.grantSubscription(openid, t, 1);
      return sendJson(res, 200, { ok: true, quotas });
    }
    case 'POST /api/dev/phone-code': {
      // Stand-in for <button open-type="getPhoneNumber">: a one-time code for the phone of this WeChat
      // account. A persona's phone is known; any other local account names the phone it holds.
      const body = (await readJson(req, DEV_BODY_LIMIT)) as { openid?: unknown; phone?: unknown } | undefined;
      if (typeof body?.openid !== 'string' || !body.openid)
        throw new HttpError(400, 'expected { openid: string, phone?: string }');
      const persona = (await opts.personas()).find((p) => p.openid === body.openid);
      const phone = persona?.phone ?? (typeof body.phone === 'string' ? body.phone : '');
      if (!/^1\d{10}$/.test(phone)) throw new HttpError(400, 'no phone is known for this account: pass { phone }');
      return sendJson(res, 200, { code: host.openapi.issuePhoneCode(phone) });
    }
    case 'POST /api/dev/open-data': {
      // Stand-in for a group share: what the cloudID from wx.getGroupEnterInfo stands for.
      const body = (await readJson(req, DEV_BODY_LIMIT)) as
        { cloudID?: unknown; data?: unknown; openid?: unknown } | undefined;
      if (typeof body?.cloudID !== 'string' || !body.cloudID || !body.data || typeof body.data !== 'object') {
        throw new HttpError(400, 'expected { cloudID: string, data: object, openid?: string }');
      }
      const openid = typeof body.openid === 'string' ? body.openid : undefined;
      host.openData.register(body.cloudID, body.data as Record<string, unknown>, { openid });
      return sendJson(res, 200, { ok: true });
    }
    case 'POST /api/dev/upload': {
      // Stand-in for Taro.cloud.uploadFile, which H5 does not have.
      const body = (await readJson(req, UPLOAD_BODY_LIMIT)) as { cloudPath?: unknown; base64?: unknown } | undefined;
      if (typeof body?.cloudPath !== 'string' || !isValidCloudPath(body.cloudPath) || typeof body.base64 !== 'string') {
        throw new HttpError(400, 'expected { cloudPath: relative path without "..", base64: string }');
      }
      const uploader = `client:${header(req, 'x-dev-openid') ?? ''}`;
      return sendJson(res, 200, {
        fileID: host.storage.put(body.cloudPath, Buffer.from(body.base64, 'base64'), uploader),
      });
    }
    case 'POST /api/dev/temp-url': {
      // Stand-in for Taro.cloud.getTempFileURL: H5 cannot show a cloud:// file ID directly.
      const body = (await readJson(req, DEV_BODY_LIMIT)) as { fileList?: unknown } | undefined;
      if (!Array.isArray(body?.fileList) || !body.fileList.every((f) => typeof f === 'string')) {
        throw new HttpError(400, 'expected { fileList: string[] }');
      }
      const fileList = (body.fileList as string[]).map((fileID) => {
        const tempFileURL = host.storage.tempUrl(fileID);
        return tempFileURL
          ? { fileID, tempFileURL, status: 0, errMsg: 'ok' }
          : { fileID, tempFileURL: '', status: -503003, errMsg: 'storage file not exists' };
      });
      return sendJson(res, 200, { fileList });
    }
    default:
      return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `no route ${route}` } });
  }
}
