import type { ZodError } from 'zod';
import type { AccessOf, AreaContract, OutputOf, ParsedInputOf } from '../../domain/contract/define';
import { MAX_INPUT_BYTES, type Envelope } from '../../domain/contract/envelope';
import { AppError, DEFAULT_MESSAGES, isErrorCode, type InputIssue, type WireError } from '../../domain/errors';
import { roleAtLeast, type Access } from '../../domain/roles';
import { cloud } from './cloud';
import type { Ctx, CtxFor } from './context';
import { findMember, type MemberDoc } from '../member/repos/members';
import { deliverCarried, type CarriedMessage, type WithOutbox } from './outbox';

/** A handler gets the context its access level guarantees: role-gated actions get a non-null member. */
export type Handler<S> = (input: ParsedInputOf<S>, ctx: CtxFor<AccessOf<S>>) => Promise<OutputOf<S>>;

/** One handler per declared action, each checked by the compiler against the action's output type. */
export type Handlers<C extends AreaContract> = { [K in keyof C]: Handler<C[K]> };

export const defineActions = <C extends AreaContract>(_contract: C, handlers: Handlers<C>): Handlers<C> => handlers;

export interface MainOptions<C extends AreaContract> {
  /** Timer trigger name → action run for it (WeChat sends `{ Type: 'Timer', TriggerName }`). */
  timers?: Record<string, keyof C & string>;
}

/** Keys that could reach Object.prototype if some code ever merged input into an object. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function findPoisonKey(value: unknown, depth = 0): string | null {
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (POISON_KEYS.has(key)) return key;
    const found = findPoisonKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}

const fail = (error: WireError): Envelope<never> => ({ ok: false, error });
const failCode = (code: WireError['code'], message?: string): Envelope<never> =>
  fail({ code, message: message ?? DEFAULT_MESSAGES[code] });

function zodIssues(error: ZodError): InputIssue[] {
  return error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
}

/** Who may call: returns the refusal, or null when the caller passes. */
function checkAccess(access: Access, openid: string, member: MemberDoc | null): Envelope<never> | null {
  if (access === 'system') return openid ? failCode('FORBIDDEN') : null;
  if (!openid) return failCode('UNAUTHENTICATED');
  if (access === 'anyone') return null;
  if (!member || member.status !== 'verified') return failCode('UNAUTHENTICATED');
  return roleAtLeast(member.role, access) ? null : failCode('FORBIDDEN');
}

function isAppError(err: unknown): err is AppError {
  return (
    err instanceof AppError || (err instanceof Error && err.name === 'AppError' && isErrorCode((err as AppError).code))
  );
}

/**
 * Builds a cloud function's `main`: parse the event, find the action, refuse oversized or poisoned
 * input, check the caller, validate, run, and always answer with the envelope.
 */
export function createMain<C extends AreaContract>(
  area: string,
  contract: C,
  handlers: Handlers<C>,
  options: MainOptions<C> = {},
) {
  return async function main(event: unknown): Promise<Envelope<unknown>> {
    let actionName = '?';
    try {
      const ev = (event ?? {}) as Record<string, unknown>;
      let rawInput: unknown = ev.input ?? {};
      if (ev.Type === 'Timer' && typeof ev.TriggerName === 'string') {
        actionName = options.timers?.[ev.TriggerName] ?? '';
        rawInput = {};
      } else {
        actionName = typeof ev.action === 'string' ? ev.action : '';
      }
      if (!Object.prototype.hasOwnProperty.call(contract, actionName)) {
        return failCode('NOT_FOUND', `未知的操作：${area}.${actionName.slice(0, 64)}`);
      }
      const spec = contract[actionName];
      const size = Buffer.byteLength(JSON.stringify(rawInput) ?? '', 'utf8');
      if (size > MAX_INPUT_BYTES) return failCode('BAD_REQUEST', '提交的内容过大');
      const poison = findPoisonKey(rawInput);
      if (poison)
        return fail({
          code: 'BAD_REQUEST',
          message: '提交的内容含有不允许的字段',
          issues: [{ path: [poison], message: 'forbidden key' }],
        });

      const wx = cloud.getWXContext();
      const openid = wx.OPENID ?? '';
      const member = spec.access === 'system' ? null : await findMember(openid);
      const refusal = checkAccess(spec.access, openid, member);
      if (refusal) return refusal;

      const parsed = spec.input.safeParse(rawInput);
      if (!parsed.success) {
        return fail({ code: 'BAD_REQUEST', message: DEFAULT_MESSAGES.BAD_REQUEST, issues: zodIssues(parsed.error) });
      }
      const ctx: Ctx = { openid, member, now: new Date(), source: String(wx.SOURCE ?? '') };
      // Messages promised to this member that a call dying half-way left unsent: their next call sends them.
      if (member && (member as WithOutbox<CarriedMessage>).outboxDue)
        await deliverCarried('members', member as MemberDoc & WithOutbox<CarriedMessage>, ctx.now);
      const handler = handlers[actionName] as (input: unknown, ctx: Ctx) => Promise<unknown>;
      const data = await handler(parsed.data, ctx);
      return { ok: true, data: data === undefined ? null : data };
    } catch (err) {
      if (isAppError(err)) return fail(err.toWire());
      // Log the detail for the operator; the phone only ever sees the generic message.
      console.error(`[${area}.${actionName}] internal error`, err);
      return failCode('INTERNAL');
    }
  };
}
