import fs from 'fs';
import http, { type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import type { CloudHost } from './host';
import { HttpError, header, readJson, sendJson, sendText } from './http';
import { sendFile, serveStatic } from './static';
import { devApi } from './dev-api';
import { isValidCloudPath } from './storage';

/** A local sign-in choice: whose OPENID the H5 build sends. */
export interface Persona {
  openid: string;
  name: string;
  role: string;
  unit: string;
  note?: string;
  /** The phone of the persona's WeChat account: what the phone-number button proves (POST /api/dev/phone-code). */
  phone?: string;
}

export interface StartServerOptions {
  host: CloudHost;
  /** Default: PORT from the environment, else 8787. 0 picks a free port. */
  port?: number;
  /** The H5 build to serve at `/`. */
  h5Dir: string;
  personas: () => Promise<Persona[]> | Persona[];
  /** One line per function call, for the console of `npm start`. */
  log?: (line: string) => void;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

/** What a client's callFunction may send: the SDK's own limit is far above a sane event. */
export const FUNCTION_BODY_LIMIT = 1024 * 1024;
export { UPLOAD_BODY_LIMIT } from './dev-api';

/**
 * The local server: the H5 build, `POST /api/functions/<name>` (the H5 transport's stand-in for
 * wx.cloud.callFunction, the caller's OPENID in `x-dev-openid`), dev stand-ins for what the WeChat
 * client does on its own (subscription accept, group share, upload), and signed temp-file URLs.
 * Bound to 127.0.0.1 only: anyone who can reach it can act as any persona.
 */
export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const port = opts.port ?? (process.env.PORT ? Number(process.env.PORT) : 8787);
  const server = http.createServer((req, res) => {
    handle(opts, req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError)
        sendJson(res, e.status, { ok: false, error: { code: 'BAD_REQUEST', message: e.message } });
      else {
        // The detail is for the console; the answer never carries a message, a stack or a path.
        console.error('[local server]', e);
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '本地服务出错' } });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  opts.host.setPublicBaseUrl(url);
  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(opts: StartServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const refusal = requestRefusal(req, method, path);
  if (refusal)
    return sendJson(res, refusal.status, { ok: false, error: { code: 'FORBIDDEN', message: refusal.message } });
  applyCors(req, res);
  if (method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return;
  }

  if (path.startsWith('/api/functions/')) {
    if (method !== 'POST')
      return sendJson(res, 405, { ok: false, error: { code: 'BAD_REQUEST', message: 'POST only' } });
    return callFunction(opts, req, res, safeDecode(path.slice('/api/functions/'.length)));
  }
  if (path.startsWith('/api/')) return devApi(opts, req, res, method, path, url.searchParams);
  if (path.startsWith('/files/')) return serveSignedFile(opts.host, req, res, path, url.searchParams);
  if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'method not allowed');
  serveStatic(req, res, opts.h5Dir, path);
}

/**
 * The H5 transport's callFunction. The body is the event, the response body the function's result
 * (its envelope). A failure WeChat would raise on the phone (timeout, -504002...) comes back as an
 * INTERNAL envelope carrying the WeChat code, so the client parses one shape either way.
 */
async function callFunction(
  opts: StartServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
): Promise<void> {
  let event: unknown;
  try {
    event = await readJson(req, FUNCTION_BODY_LIMIT);
  } catch (e) {
    if (e instanceof HttpError) {
      return sendJson(res, e.status, {
        ok: false,
        error: { code: 'BAD_REQUEST', message: e.status === 413 ? '请求数据超过 1 MB' : e.message },
      });
    }
    throw e;
  }
  const openid = header(req, 'x-dev-openid') ?? '';
  const r = await opts.host.invoke(name, event ?? {}, { openid, source: 'wx_client' });
  opts.log?.(`${name} ${openid || '-'} ${r.ok ? 'ok' : `fail ${r.errCode}`} ${r.ms}ms db=${r.dbRequests}`);
  const headers = {
    'x-db-requests': String(r.dbRequests),
    'x-db-round-trip-ms': String(r.dbRoundTripMs),
    'x-invoke-ms': String(r.ms),
  };
  if (r.ok) return sendJson(res, 200, r.result, headers);
  sendJson(
    res,
    200,
    {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: '云函数调用失败',
        wx: { errCode: r.errCode, errMsg: publicErrMsg(r.errMsg) },
      },
    },
    headers,
  );
}

/** `/files/<cloudPath>?sign=...&t=...`: the file, only with a valid, unexpired signature. */
function serveSignedFile(
  host: CloudHost,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
  const cloudPath = path.slice('/files/'.length).split('/').map(safeDecode).join('/');
  if (!isValidCloudPath(cloudPath)) return sendText(res, 404, 'not found');
  const check = host.storage.checkSignature(cloudPath, query.get('sign') ?? '', query.get('t') ?? '');
  if (check !== 'ok')
    return sendText(res, 403, check === 'expired' ? 'Request has expired' : 'Signature does not match');
  const file = host.storage.fileOf(cloudPath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return sendText(res, 404, 'not found');
  }
  sendFile(req, res, file, stat, 'private, max-age=600');
}

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;
const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/**
 * Anyone who can drive this server acts as any persona, so only this machine's own pages may:
 * the Host must be a loopback name (a DNS-rebound name is refused), a browser's Origin must be a
 * loopback origin, and a POST must be JSON: a cross-origin form or `text/plain` POST (which a
 * browser sends without asking) never reaches a function.
 */
function requestRefusal(
  req: IncomingMessage,
  method: string,
  path: string,
): { status: number; message: string } | null {
  if (!LOOPBACK_HOST.test(header(req, 'host') ?? '')) return { status: 403, message: '只接受本机地址的请求' };
  const origin = header(req, 'origin');
  // 'null' (a sandboxed frame, a file: page) is another site too.
  if (origin !== undefined && !LOOPBACK_ORIGIN.test(origin)) return { status: 403, message: '不接受其他网站的请求' };
  if (method === 'POST' && path.startsWith('/api/')) {
    const type = (header(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return { status: 415, message: '请求体必须是 application/json' };
  }
  return null;
}

/** WeChat's errMsg of a failed call, cut to its first line with file paths removed (the stack stays in the console). */
export function publicErrMsg(errMsg: string): string {
  const first = errMsg.split('\n')[0] ?? '';
  return first.replace(/(?:file:\/\/)?(?:[A-Za-z]:)?(?:[\\/][\w.@-]+){2,}(?::\d+)*/g, '<path>').slice(0, 200);
}

/**
 * The H5 dev server of Taro may run on another port and call this API, so loopback origins get
 * CORS; other origins are refused before this (a random web page must not drive the emulator as a persona).
 */
function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = header(req, 'origin');
  if (!origin || !LOOPBACK_ORIGIN.test(origin)) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type, x-dev-openid');
  res.setHeader('access-control-expose-headers', 'x-db-requests, x-invoke-ms');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}
