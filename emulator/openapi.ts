import type { EmuStore } from './emu-store';
import { CloudSdkError, WxErrCode, wxSystemErrorMsg } from './errors';
import { currentInvocation, type Invocation } from './context';
import { SECURITY_APIS } from './security-check';

/** A message WeChat accepted for delivery, as recorded in the emulator's outbox. */
export interface OutboxRow {
  id: number;
  touser: string;
  templateId: string;
  page: string | null;
  data: Record<string, { value: string }>;
  miniprogramState: string | null;
  lang: string | null;
  /** ISO time of the send. */
  sentAt: string;
  /** The cloud function that sent it. */
  function: string;
}

export interface OutboxFilter {
  touser?: string;
  templateId?: string;
  function?: string;
  /** At most this many rows (newest first). */
  limit?: number;
}

export interface SendResult {
  errCode: 0;
  errMsg: string;
}

const SEND_API = 'subscribeMessage.send';
const SEND_NAME = `openapi.${SEND_API}`;
const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'];

/**
 * Documented length limits of subscription-message keyword types (the key's prefix: `thing1`,
 * `phrase2`...). WeChat answers 47003 when a value breaks them; checking here catches, say, a notice
 * title longer than 20 characters before it fails in production.
 */
const VALUE_LIMITS: Record<string, (v: string) => boolean> = {
  thing: (v) => chars(v) <= 20,
  phrase: (v) => chars(v) <= 5,
  symbol: (v) => chars(v) <= 5,
  character_string: (v) => chars(v) <= 32,
  number: (v) => chars(v) <= 32,
  letter: (v) => chars(v) <= 32,
  phone_number: (v) => chars(v) <= 17,
  car_number: (v) => chars(v) <= 8,
  name: (v) => chars(v) <= (/[\u4e00-\u9fff]/.test(v) ? 10 : 20),
};

/**
 * WeChat's side of subscription messages: per (openid, templateId) quotas — each accept in
 * wx.requestSubscribeMessage grants one send — and the outbox of messages sent.
 */
export class SubscribeMessageService {
  constructor(
    private readonly db: EmuStore,
    private readonly latencyMs: number,
  ) {}

  /** What the client's accept of wx.requestSubscribeMessage does. Returns the new quota. */
  grant(openid: string, templateId: string, count = 1): number {
    if (!openid || !templateId) throw new Error('openid and templateId are required');
    if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
    this.db
      .prepare(
        `INSERT INTO _emu_subscribe_quota (openid, template_id, count, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (openid, template_id) DO UPDATE SET count = count + excluded.count, updated_at = excluded.updated_at`,
      )
      .run(openid, templateId, count, new Date().toISOString());
    return this.quota(openid, templateId);
  }

  quota(openid: string, templateId: string): number {
    const row = this.db
      .prepare('SELECT count FROM _emu_subscribe_quota WHERE openid = ? AND template_id = ?')
      .get(openid, templateId) as { count: number } | undefined;
    return row?.count ?? 0;
  }

  /** Sent messages, newest first. */
  outbox(filter: OutboxFilter = {}): OutboxRow[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    const filters: [string, string | undefined][] = [
      ['touser', filter.touser],
      ['template_id', filter.templateId],
      ['function', filter.function],
    ];
    for (const [column, value] of filters) {
      if (value === undefined) continue;
      where.push(`${column} = ?`);
      args.push(value);
    }
    const limit = filter.limit !== undefined && filter.limit > 0 ? ` LIMIT ${Math.floor(filter.limit)}` : '';
    const rows = this.db
      .prepare(
        `SELECT * FROM _emu_outbox${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC${limit}`,
      )
      .all(...args) as OutboxDbRow[];
    return rows.map(fromDbRow);
  }

  /**
   * subscribeMessage.send as WeChat's server runs it: validate, then spend one quota and record the
   * message in one SQLite transaction (so concurrent sends to one user never overspend).
   * Throws a CloudSdkError with WeChat's errcode.
   */
  async send(input: unknown, fromFunction: string, stillRunning: () => boolean = () => true): Promise<SendResult> {
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (!stillRunning()) throw new Error(`${SEND_NAME}: the calling invocation already timed out`);
    const msg = validateSend(input);
    const spend = this.db.transaction(() => {
      const left = this.quota(msg.touser, msg.template_id);
      if (left < 1) return false;
      this.db
        .prepare(
          'UPDATE _emu_subscribe_quota SET count = count - 1, updated_at = ? WHERE openid = ? AND template_id = ?',
        )
        .run(new Date().toISOString(), msg.touser, msg.template_id);
      this.db
        .prepare(
          `INSERT INTO _emu_outbox (touser, template_id, page, data, miniprogram_state, lang, sent_at, function)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          msg.touser,
          msg.template_id,
          msg.page ?? null,
          JSON.stringify(msg.data),
          msg.miniprogram_state ?? null,
          msg.lang ?? null,
          new Date().toISOString(),
          fromFunction,
        );
      return true;
    });
    if (!spend()) throw wxError(WxErrCode.SUBSCRIBE_REFUSED, 'user refuse to accept the msg');
    return { errCode: 0, errMsg: `${SEND_NAME}:ok` };
  }
}

/** The open APIs the emulator implements, keyed by their `openapi.` path. */
const IMPLEMENTED: Record<string, (inv: Invocation, input: unknown) => Promise<unknown>> = {
  [SEND_API]: (inv, input) => inv.services.subscribeMessage.send(input, inv.functionName, () => !inv.abandoned),
  ...SECURITY_APIS,
  'phonenumber.getPhoneNumber': (inv, input) => inv.services.phoneNumber.getPhoneNumber(input),
};

/**
 * Replacement for the SDK's `cloud.openapi`. The real one is a Proxy that turns any property path
 * into a protobuf request to WeChat; this one keeps the any-path shape, applies the permission check
 * WeChat's function server applies (config.json `permissions.openapi`, else -604101), and runs the
 * implemented APIs locally. Errors have the SDK's shape: Error + errCode + errMsg.
 */
export function createOpenApiNamespace(): unknown {
  return pathProxy([]);
}

function pathProxy(paths: string[]): unknown {
  const target = function openapi(): void {};
  return new Proxy(target, {
    get(_target, prop) {
      // Not thenable, so `await cloud.openapi` does not call an API named "then".
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      if (prop === 'toJSON') return () => ({});
      return pathProxy([...paths, prop]);
    },
    apply(_target, _this, args: unknown[]) {
      // cloud.openapi({ appid, convertCase }) returns a configured namespace; options mean nothing locally.
      if (paths.length === 0) return pathProxy([]);
      return callOpenApi(paths.join('.'), args[0]);
    },
  });
}

async function callOpenApi(api: string, input: unknown): Promise<unknown> {
  const inv = currentInvocation();
  if (!inv)
    throw new CloudSdkError(WxErrCode.OPENAPI_ILLEGAL_SOURCE, wxSystemErrorMsg(WxErrCode.OPENAPI_ILLEGAL_SOURCE));
  if (!(inv.config?.permissions.openapi ?? []).includes(api)) {
    throw new CloudSdkError(WxErrCode.OPENAPI_NO_PERMISSION, wxSystemErrorMsg(WxErrCode.OPENAPI_NO_PERMISSION));
  }
  const impl = IMPLEMENTED[api];
  if (!impl) {
    throw new CloudSdkError(
      WxErrCode.OPENAPI_NOT_FOUND,
      `${wxSystemErrorMsg(WxErrCode.OPENAPI_NOT_FOUND)} (openapi.${api} is not emulated locally)`,
    );
  }
  return impl(inv, input);
}

interface SendParams {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state?: string;
  lang?: string;
}

/** The SDK sends camelCase params as snake_case (recursively); WeChat validates that form. */
function validateSend(input: unknown): SendParams {
  const p = toSnakeCase(input) as Record<string, unknown>;
  if (!p || typeof p !== 'object') throw wxError(WxErrCode.ARGUMENT_INVALID, 'argument invalid!');
  if (typeof p.touser !== 'string' || !p.touser) throw wxError(WxErrCode.INVALID_OPENID, 'invalid openid');
  if (typeof p.template_id !== 'string' || !p.template_id)
    throw wxError(WxErrCode.INVALID_TEMPLATE_ID, 'invalid template_id');
  if (p.page !== undefined && typeof p.page !== 'string')
    throw wxError(WxErrCode.ARGUMENT_INVALID, 'argument invalid! page');
  if (p.miniprogram_state !== undefined && !MINIPROGRAM_STATES.includes(String(p.miniprogram_state))) {
    throw wxError(WxErrCode.ARGUMENT_INVALID, 'argument invalid! miniprogram_state');
  }
  const data = p.data;
  if (!data || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
    throw wxError(WxErrCode.ARGUMENT_INVALID, 'argument invalid! data is empty');
  }
  for (const [key, item] of Object.entries(data as Record<string, unknown>)) {
    const value = item && typeof item === 'object' ? (item as { value?: unknown }).value : undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      throw wxError(WxErrCode.ARGUMENT_INVALID, `argument invalid! data.${key}.value is empty`);
    }
    const limit = VALUE_LIMITS[key.replace(/\d+$/, '')];
    if (limit && !limit(value))
      throw wxError(WxErrCode.ARGUMENT_INVALID, `argument invalid! data.${key}.value exceeds limit`);
  }
  return p as unknown as SendParams;
}

function wxError(errCode: number, errmsg: string): CloudSdkError {
  return new CloudSdkError(errCode, `${SEND_NAME}:fail ${errmsg}`);
}

function toSnakeCase(input: unknown): unknown {
  if (Array.isArray(input)) return input.map(toSnakeCase);
  if (!input || typeof input !== 'object' || Buffer.isBuffer(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    out[k.replace(/[A-Z]/g, (m, i: number) => `${i ? '_' : ''}${m.toLowerCase()}`)] = toSnakeCase(v);
  }
  return out;
}

function chars(s: string): number {
  return [...s].length;
}

interface OutboxDbRow {
  id: number;
  touser: string;
  template_id: string;
  page: string | null;
  data: string;
  miniprogram_state: string | null;
  lang: string | null;
  sent_at: string;
  function: string;
}

function fromDbRow(r: OutboxDbRow): OutboxRow {
  return {
    id: r.id,
    touser: r.touser,
    templateId: r.template_id,
    page: r.page,
    data: JSON.parse(r.data) as OutboxRow['data'],
    miniprogramState: r.miniprogram_state,
    lang: r.lang,
    sentAt: r.sent_at,
    function: r.function,
  };
}
