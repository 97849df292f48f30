/**
 * The client and the functions agree on the contract: the mini-program's own `call()` (H5
 * transport) → the local server → the built function on the real SDK → the typed envelope back.
 */
import type { Local } from '../../scripts/local';
import { PERSONAS } from '../../demo/union';

let storedOpenid = '';
// Only Taro's storage is stood in for (node has no localStorage); the transport and server are real.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: () => storedOpenid,
    setStorageSync: (_k: string, v: string) => (storedOpenid = v),
    removeStorageSync: () => (storedOpenid = ''),
  },
}));

let local: Local;
let api: typeof import('../../src/api');

beforeAll(async () => {
  process.env.TARO_ENV = 'h5';
  const { startLocal } = await import('../../scripts/local');
  local = await startLocal({ dataDir: ':memory:', port: 0, seed: true });
  (globalThis as Record<string, unknown>).UNION_API_BASE = local.url;
  api = await import('../../src/api');
});

afterAll(async () => {
  await local.close();
});

it('returns the typed output of an action for the signed-in persona', async () => {
  api.setDevOpenid(PERSONAS.cadre.openid);
  const me = await api.call('member', 'getMe', {});
  expect(me.registered).toBe(true);
  expect(me.member?.name).toBe(PERSONAS.cadre.name);
  expect(me.member?.role).toBe('cadre');
});

it('throws a typed ApiError carrying the contract error code', async () => {
  api.setDevOpenid(PERSONAS.cadre.openid);
  const err = await api.call('member', 'getMe', { unexpected: 1 } as never).catch((e: unknown) => e);
  expect(api.isApiError(err)).toBe(true);
  expect((err as InstanceType<typeof api.ApiError>).code).toBe('BAD_REQUEST');
  expect((err as InstanceType<typeof api.ApiError>).issues?.length).toBeGreaterThan(0);
});

it('an unknown WeChat user is not registered', async () => {
  api.setDevOpenid('o-somebody-new');
  expect(await api.call('member', 'getMe', {})).toEqual({ registered: false, member: null });
});
