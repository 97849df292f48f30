/**
 * Every action of every area, read from the contract, so an action is covered the day it is added:
 * unknown action, wrong types, missing fields, huge strings, prototype-pollution keys, input nested
 * 5,000 deep, a 30,000-item array of bad values, and callers without the role. Each must get its
 * proper error code (never INTERNAL), write nothing, and answer in less than 64 KB with no stack
 * or server path in it.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { contracts, type Area } from '../../domain/contract';
import type { ActionSpec } from '../../domain/contract/define';
import type { Envelope } from '../../domain/contract/envelope';
import { roleAtLeast } from '../../domain/roles';
import { PERSONAS } from '../../demo/union';
import { startTestCloud, type TestCloud } from '../support/cloud';
import { expectError } from '../support/outcome';
import { COLLECTIONS } from '../../domain/collections';

const cases = (Object.keys(contracts) as Area[]).flatMap((area) =>
  Object.entries(contracts[area] as Record<string, ActionSpec>).map(([name, spec]) => ({ area, name, spec })),
);

/** A caller who passes the access check, so validation is what answers. */
function allowedCaller(spec: ActionSpec): string {
  return spec.access === 'system' ? '' : PERSONAS.admin.openid;
}

let cloud: TestCloud;
let before: string;

const snapshot = () => JSON.stringify(Object.keys(COLLECTIONS).map((c) => [c, cloud.dump(c)]));

/** An answer to bad input stays small (WeChat refuses results over 1 MB; a phone should not wait for one). */
const MAX_BAD_ANSWER_BYTES = 64 * 1024;

async function send(openid: string, area: string, event: unknown): Promise<Envelope<unknown>> {
  const env = (await cloud.raw(openid, area, event)) as Envelope<unknown>;
  const json = JSON.stringify(env);
  expect(Buffer.byteLength(json)).toBeLessThan(MAX_BAD_ANSWER_BYTES);
  // Never a stack or a path of the server in an answer.
  expect(json).not.toMatch(/\bat .+\.(js|ts):\d+|\/work\/|node_modules|dist\/cloudfunctions/);
  return env;
}

/** The object schema under refinements, defaults and wrappers (null when the input is not an object). */
function objectOf(schema: z.ZodTypeAny): z.AnyZodObject | null {
  let s: z.ZodTypeAny = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodObject) return s;
    if (s instanceof z.ZodEffects) s = s.innerType();
    else if (s instanceof z.ZodDefault) s = s._def.innerType;
    else if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else return null;
  }
  return null;
}

/** The first top-level field that takes an array (the input a 30,000-item attack fills), if any. */
function arrayField(schema: z.ZodTypeAny): string | null {
  const obj = objectOf(schema);
  if (!obj) return null;
  for (const [key, field] of Object.entries(obj.shape as Record<string, z.ZodTypeAny>)) {
    let f: z.ZodTypeAny = field;
    for (let i = 0; i < 10 && !(f instanceof z.ZodArray); i++) {
      if (f instanceof z.ZodEffects) f = f.innerType();
      else if (f instanceof z.ZodDefault) f = f._def.innerType;
      else if (f instanceof z.ZodOptional || f instanceof z.ZodNullable) f = f.unwrap();
      else break;
    }
    if (f instanceof z.ZodArray) return key;
  }
  return null;
}

/** Nested `depth` levels: `{ a: { a: ... } }`. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
  before = snapshot();
});

afterAll(async () => {
  // Nothing any refused call did may have reached the database.
  expect(snapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  await cloud.close();
});

describe('unknown actions and malformed events', () => {
  it.each(Object.keys(contracts))('%s: unknown action → NOT_FOUND', async (area) => {
    expectError(await send(PERSONAS.admin.openid, area, { action: 'noSuchAction', input: {} }), 'NOT_FOUND');
    expectError(await send(PERSONAS.admin.openid, area, { action: '__proto__', input: {} }), 'NOT_FOUND');
    expectError(await send(PERSONAS.admin.openid, area, { action: 'constructor', input: {} }), 'NOT_FOUND');
    expectError(await send(PERSONAS.admin.openid, area, { nothing: true }), 'NOT_FOUND');
    expectError(await send(PERSONAS.admin.openid, area, 'not an object'), 'NOT_FOUND');
  });
});

describe.each(cases)('$area → $name', ({ area, name, spec }) => {
  const caller = allowedCaller(spec);

  it('refuses inputs of the wrong type with BAD_REQUEST', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 })),
        async (input) => {
          const env = await send(caller, area, { action: name, input });
          expectError(env, 'BAD_REQUEST');
        },
      ),
      { numRuns: 8 },
    );
  });

  it('refuses generated objects the schema rejects with BAD_REQUEST, never INTERNAL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        async (input) => {
          fc.pre(!spec.input.safeParse(input).success);
          const env = await send(caller, area, { action: name, input });
          expectError(env, 'BAD_REQUEST');
        },
      ),
      { numRuns: 12 },
    );
  });

  it('refuses missing fields (when the action has required ones)', async () => {
    if (spec.input.safeParse({}).success) return;
    const env = await send(caller, area, { action: name, input: {} });
    expectError(env, 'BAD_REQUEST');
    if (!env.ok) expect(env.error.issues?.length).toBeGreaterThan(0);
  });

  it('refuses a huge input before running anything', async () => {
    expectError(await send(caller, area, { action: name, input: { note: '长'.repeat(60_000) } }), 'BAD_REQUEST');
  });

  it('refuses input nested 5,000 deep with BAD_REQUEST, before anything recursive meets it', async () => {
    for (const input of [nested(5000), { x: nested(5000) }, [nested(5000)]]) {
      const env = await send(caller, area, { action: name, input });
      expectError(env, 'BAD_REQUEST');
    }
  });

  it('caps the issues of a 30,000-item array of bad values at 20, with their count', async () => {
    const field = arrayField(spec.input);
    const bad = Array.from({ length: 30_000 }, () => ({}));
    const env = await send(caller, area, { action: name, input: field ? { [field]: bad } : bad });
    expectError(env, 'BAD_REQUEST');
    if (env.ok) return;
    expect((env.error.issues ?? []).length).toBeLessThanOrEqual(20);
    if (field) expect(env.error.issueCount ?? 0).toBeGreaterThan(20);
  });

  it('refuses prototype-pollution keys', async () => {
    const polluted = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}');
    expectError(await send(caller, area, { action: name, input: polluted }), 'BAD_REQUEST');
    expectError(
      await send(caller, area, { action: name, input: { a: { constructor: { prototype: { polluted: true } } } } }),
      'BAD_REQUEST',
    );
  });

  it('refuses callers without the role', async () => {
    if (spec.access === 'system') {
      expectError(await send(PERSONAS.admin.openid, area, { action: name, input: {} }), 'FORBIDDEN');
      // No identity is not enough: a phone without a persona, or an HTTP API call, is not one of our functions.
      for (const source of ['wx_client', 'wx_http'] as const) {
        const res = await cloud.host.invoke(area, { action: name, input: {} }, { openid: '', source });
        expect(
          res.ok &&
            (res.result as Envelope<unknown>).ok === false &&
            (res.result as { error: { code: string } }).error.code,
        ).toBe('FORBIDDEN');
      }
      return;
    }
    if (spec.access === 'anyone') {
      // A call with no WeChat identity at all is never a member's call.
      expectError(await send('', area, { action: name, input: {} }), 'UNAUTHENTICATED');
      return;
    }
    expectError(await send('o-stranger-never-registered', area, { action: name, input: {} }), 'UNAUTHENTICATED');
    if (!roleAtLeast('worker', spec.access)) {
      expectError(await send(PERSONAS.worker.openid, area, { action: name, input: {} }), 'FORBIDDEN');
    }
    if (!roleAtLeast('organizer', spec.access)) {
      expectError(await send(PERSONAS.organizer.openid, area, { action: name, input: {} }), 'FORBIDDEN');
    }
  });
});
