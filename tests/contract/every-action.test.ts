/**
 * Every action of every area, read from the contract, so an action is covered the day it is added:
 * unknown action, wrong types, missing fields, huge strings, prototype-pollution keys, and callers
 * without the role. Each must get its proper error code (never INTERNAL) and write nothing.
 */
import fc from 'fast-check';
import { contracts, type Area } from '../../domain/contract';
import type { ActionSpec } from '../../domain/contract/define';
import type { Envelope } from '../../domain/contract/envelope';
import { roleAtLeast } from '../../domain/roles';
import { PERSONAS } from '../../demo/union';
import { startTestCloud, type TestCloud } from '../support/cloud';
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

async function send(openid: string, area: string, event: unknown): Promise<Envelope<unknown>> {
  return (await cloud.raw(openid, area, event)) as Envelope<unknown>;
}

function expectError(env: Envelope<unknown>, code: string) {
  expect(env.ok).toBe(false);
  if (!env.ok) expect(env.error.code).toBe(code);
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
