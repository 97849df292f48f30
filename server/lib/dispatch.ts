import type { ZodError } from 'zod';
import type { AccessOf, AreaContract, OutputOf, ParsedInputOf } from '../../domain/contract/define';
import { MAX_INPUT_BYTES, type Envelope } from '../../domain/contract/envelope';
import { AppError, DEFAULT_MESSAGES, isErrorCode, type InputIssue, type WireError } from '../../domain/errors';
import { roleAtLeast, type Access } from '../../domain/roles';
import { cloud } from './cloud';
import type { Ctx, CtxFor } from './context';
import { findMember, findMemberWith, type MemberDoc } from '../member/repos/members';
import type { CollectionName } from '../../domain/collections';
import { deliverCarried, type CarriedMessage, type WithOutbox } from './outbox';
import { stripUnsafeText } from '../../domain/rules/text';
import { guardInput, MAX_INPUT_DEPTH } from './input-guard';

/** A handler gets the context its access level guarantees: role-gated actions get a non-null member. */
export type Handler<S> = (input: ParsedInputOf<S>, ctx: CtxFor<AccessOf<S>>) => Promise<OutputOf<S>>;

/** One handler per declared action, each checked by the compiler against the action's output type. */
export type Handlers<C extends AreaContract> = { [K in keyof C]: Handler<C[K]> };

export const defineActions = <C extends AreaContract>(_contract: C, handlers: Handlers<C>): Handlers<C> => handlers;

/** Documents an action reads first, named by its input and caller: read with the member, in one request. */
export type Prefetch = (input: Record<string, unknown>, openid: string) => { from: CollectionName; id: string }[];

export interface MainOptions<C extends AreaContract> {
  /** Timer trigger name → action run for it (WeChat sends `{ Type: 'Timer', TriggerName }`). */
  timers?: Record<string, keyof C & string>;
  /**
   * Per action, the documents to read with the member (`ctx.prefetched`): a sign-up's event and
   * the member's registration for it. The input is not validated yet, so the handler still checks
   * what it was given.
   */
  prefetch?: Partial<Record<keyof C & string, Prefetch>>;
}

/** The document of `from` prefetched for `id` (null: none exists), or undefined when it was not prefetched. */
export function prefetchedDoc<T>(ctx: Ctx, from: CollectionName, id: string): T | null | undefined {
  const hit = ctx.prefetched?.find((p) => p.from === from && p.id === id);
  return hit ? (hit.doc as T | null) : undefined;
}

const plainId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200;

/** What to prefetch for this input: only plain ids (anything else is left to the handler). */
function prefetchOf(p: Prefetch | undefined, input: unknown, openid: string): ReturnType<Prefetch> {
  if (!p || !openid || !input || typeof input !== 'object' || Array.isArray(input)) return [];
  return p(input as Record<string, unknown>, openid).filter((w) => plainId(w.id));
}

const fail = (error: WireError): Envelope<never> => ({ ok: false, error });
const failCode = (code: WireError['code'], message?: string): Envelope<never> =>
  fail({ code, message: message ?? DEFAULT_MESSAGES[code] });

/**
 * Issues an answer carries: the first few, and how many there were. A 30,000-item array of bad
 * values makes 30,000 zod issues; the answer must stay far below WeChat's 1 MB result limit.
 */
export const MAX_ISSUES = 20;

function cappedIssues(issues: readonly InputIssue[]): Pick<WireError, 'issues' | 'issueCount'> {
  const shown = issues
    .slice(0, MAX_ISSUES)
    .map((i) => ({ ...i, path: i.path.slice(0, MAX_INPUT_DEPTH), message: i.message.slice(0, 200) }));
  return issues.length > MAX_ISSUES ? { issues: shown, issueCount: issues.length } : { issues: shown };
}

function zodIssues(error: ZodError): InputIssue[] {
  return error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
}

/**
 * A server-side caller: a timer trigger (SOURCE wx_trigger, no OPENID, the event WeChat's timer
 * sends) or another of our own cloud functions (the last link of the SOURCE chain is scf; the local
 * cloud calls it wx_function). A phone is never one, whatever it sends, and neither is a call
 * without identity from anywhere else (an HTTP API call, a local server request without a persona).
 */
function isServerCall(ev: Record<string, unknown>, openid: string, source: string): boolean {
  const chain = source.split(',').map((s) => s.trim());
  const last = chain[chain.length - 1];
  if (last === 'scf' || last === 'wx_function') return true;
  return last === 'wx_trigger' && !openid && ev.Type === 'Timer' && typeof ev.TriggerName === 'string';
}

/** Who may call: returns the refusal, or null when the caller passes. System calls are checked before (isServerCall). */
function checkAccess(access: Access, openid: string, member: MemberDoc | null): Envelope<never> | null {
  if (access === 'system') return null;
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
 * Builds a cloud function's `main`: parse the event, find the action, refuse too deep, oversized
 * or poisoned input (and strip unsafe characters from its strings), check the caller, validate,
 * run, and always answer with the envelope: never a stack, a path or an unbounded list of issues.
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
        return failCode('NOT_FOUND', `未知的操作：${area}.${stripUnsafeText(actionName.slice(0, 64))}`);
      }
      const spec = contract[actionName];
      // Depth and keys first, iteratively: only a bounded input may meet JSON.stringify or zod.
      const guarded = guardInput(rawInput);
      if (!guarded.ok) {
        if (guarded.problem === 'key')
          return fail({
            code: 'BAD_REQUEST',
            message: '提交的内容含有不允许的字段',
            issues: [{ path: [guarded.key ?? ''], message: 'forbidden key' }],
          });
        return failCode('BAD_REQUEST', guarded.problem === 'depth' ? '提交的内容层级过深' : '提交的内容过大');
      }
      const input = guarded.value;
      const size = Buffer.byteLength(JSON.stringify(input) ?? '', 'utf8');
      if (size > MAX_INPUT_BYTES) return failCode('BAD_REQUEST', '提交的内容过大');

      const wx = cloud.getWXContext();
      const openid = wx.OPENID ?? '';
      const source = String(wx.SOURCE ?? '');
      if (spec.access === 'system' && !isServerCall(ev, openid, source)) return failCode('FORBIDDEN');
      const want = spec.access === 'system' ? [] : prefetchOf(options.prefetch?.[actionName], input, openid);
      let prefetched: Ctx['prefetched'];
      let member: MemberDoc | null = null;
      if (want.length) {
        const read = await findMemberWith(openid, want);
        member = read.member;
        if (member) prefetched = want.map((w, i) => ({ ...w, doc: read.docs[i] }));
      } else if (spec.access !== 'system') member = await findMember(openid);
      const refusal = checkAccess(spec.access, openid, member);
      if (refusal) return refusal;

      const parsed = spec.input.safeParse(input);
      if (!parsed.success) {
        return fail({
          code: 'BAD_REQUEST',
          message: DEFAULT_MESSAGES.BAD_REQUEST,
          ...cappedIssues(zodIssues(parsed.error)),
        });
      }
      const ctx: Ctx = { openid, member, now: new Date(), source, ...(prefetched ? { prefetched } : {}) };
      // Messages promised to this member that a call dying half-way left unsent: their next call sends them.
      if (member && (member as WithOutbox<CarriedMessage>).outboxDue)
        await deliverCarried('members', member as MemberDoc & WithOutbox<CarriedMessage>, ctx.now);
      const handler = handlers[actionName] as (input: unknown, ctx: Ctx) => Promise<unknown>;
      const data = await handler(parsed.data, ctx);
      return { ok: true, data: data === undefined ? null : data };
    } catch (err) {
      if (isAppError(err)) {
        const wire = err.toWire();
        return fail(wire.issues ? { ...wire, ...cappedIssues(wire.issues) } : wire);
      }
      // Log the detail for the operator; the phone only ever sees the generic message.
      console.error(`[${area}.${actionName}] internal error`, err);
      return failCode('INTERNAL');
    }
  };
}
