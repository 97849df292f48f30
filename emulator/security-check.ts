/**
 * WeChat's content safety APIs (v2), emulated: `security.msgSecCheck` answers at once from a fixed
 * list of refused words; `security.mediaCheckAsync` answers with a trace id and delivers its verdict
 * later as a `wxa_media_check` message push, as WeChat does. The push goes to the function that asked
 * (standing in for the console's 消息推送 setting, which names the function that receives it). An
 * image is risky when its bytes contain RISKY_IMAGE_MARKER, so a test or a developer can make one.
 */
import crypto from 'crypto';
import type { Invocation } from './context';
import { CloudSdkError, WxErrCode } from './errors';

/** Refused words and the v2 label WeChat would give (20001 时政, 20002 色情, 20003 辱骂, 20006 违法犯罪, 20008 欺诈). */
export const REFUSED_WORDS: readonly { word: string; label: number }[] = [
  { word: '赌博', label: 20006 },
  { word: '毒品', label: 20006 },
  { word: '枪支', label: 20006 },
  { word: '代开发票', label: 20008 },
  { word: '刷单返利', label: 20008 },
  { word: '色情', label: 20002 },
  { word: '傻逼', label: 20003 },
  { word: '去死', label: 20003 },
];

export const RISKY_IMAGE_MARKER = 'UH-RISKY-IMAGE';

/** WeChat's documented cap on one msgSecCheck text. */
const MAX_CONTENT_CHARS = 2500;
/** How long after the call the verdict push arrives. */
const PUSH_DELAY_MS = 20;

const fail = (api: string, errCode: number, msg: string) =>
  new CloudSdkError(errCode, `openapi.security.${api}:fail ${msg}`);

function params(input: unknown): Record<string, unknown> {
  if (!input || typeof input !== 'object') return {};
  // The SDK sends snake_case; accept both, as its convertCase does.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) out[k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)] = v;
  return out;
}

function common(api: string, p: Record<string, unknown>): void {
  if (typeof p.openid !== 'string' || !p.openid) throw fail(api, WxErrCode.INVALID_OPENID, 'invalid openid');
  if (p.version !== 2) throw fail(api, WxErrCode.ARGUMENT_INVALID, 'argument invalid! version must be 2');
  if (![1, 2, 3, 4].includes(Number(p.scene))) throw fail(api, WxErrCode.ARGUMENT_INVALID, 'argument invalid! scene');
}

const traceId = () =>
  `${crypto.randomBytes(4).toString('hex')}-${crypto.randomBytes(4).toString('hex')}-${crypto.randomBytes(4).toString('hex')}`;

export async function msgSecCheck(input: unknown): Promise<unknown> {
  const p = params(input);
  common('msgSecCheck', p);
  if (typeof p.content !== 'string') throw fail('msgSecCheck', WxErrCode.ARGUMENT_INVALID, 'argument invalid! content');
  if ([...p.content].length > MAX_CONTENT_CHARS)
    throw fail('msgSecCheck', WxErrCode.ARGUMENT_INVALID, 'argument invalid! content too long');
  const hits = REFUSED_WORDS.filter((w) => (p.content as string).includes(w.word));
  const detail = hits.length
    ? hits.map((h) => ({
        strategy: 'keyword',
        errCode: 0,
        suggest: 'risky',
        label: h.label,
        keyword: h.word,
        level: 90,
      }))
    : [{ strategy: 'content_model', errCode: 0, suggest: 'pass', label: 100, prob: 90 }];
  const result = hits.length ? { suggest: 'risky', label: hits[0].label } : { suggest: 'pass', label: 100 };
  return { errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', detail, result, traceId: traceId() };
}

/** The bytes behind one of the local server's temp URLs (`<base>/files/<cloudPath>?sign=...`). */
function fileBehind(inv: Invocation, url: string): Buffer | null {
  const m = /\/files\/([^?#]+)/.exec(url);
  if (!m) return null;
  const cloudPath = m[1].split('/').map(decodeURIComponent).join('/');
  return inv.services.storage.read(inv.services.storage.fileIdOf(cloudPath));
}

export async function mediaCheckAsync(inv: Invocation, input: unknown): Promise<unknown> {
  const p = params(input);
  common('mediaCheckAsync', p);
  if (typeof p.media_url !== 'string' || !p.media_url)
    throw fail('mediaCheckAsync', WxErrCode.ARGUMENT_INVALID, 'argument invalid! media_url');
  if (![1, 2].includes(Number(p.media_type)))
    throw fail('mediaCheckAsync', WxErrCode.ARGUMENT_INVALID, 'argument invalid! media_type');
  const id = traceId();
  const bytes = fileBehind(inv, p.media_url);
  const risky = !bytes || bytes.includes(RISKY_IMAGE_MARKER);
  const result = !bytes
    ? { suggest: 'review', label: 21000 }
    : risky
      ? { suggest: 'risky', label: 20002 }
      : { suggest: 'pass', label: 100 };
  const push = {
    ToUserName: 'gh_local',
    FromUserName: p.openid,
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: inv.services.appid,
    trace_id: id,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest: result.suggest, label: result.label, prob: 90 }],
    errcode: 0,
    errmsg: 'ok',
    result,
  };
  const timer = setTimeout(() => {
    inv.services.invokeFromFunction(inv.functionName, push).catch(() => undefined);
  }, PUSH_DELAY_MS);
  timer.unref?.();
  return { errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok', traceId: id };
}

/** The security APIs, keyed by their `openapi.` path (merged into openapi.ts's table). */
export const SECURITY_APIS: Record<string, (inv: Invocation, input: unknown) => Promise<unknown>> = {
  'security.msgSecCheck': (_inv, input) => msgSecCheck(input),
  'security.mediaCheckAsync': (inv, input) => mediaCheckAsync(inv, input),
};
