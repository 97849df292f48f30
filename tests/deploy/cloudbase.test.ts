/**
 * The CloudBase steps against a stand-in of @cloudbase/manager-node's client (the real API is out of
 * reach here): only missing collections and indexes are created, in the API's shape; every function is
 * created with Node 16 and its config; a function stuck on an old runtime stops the run unless --recreate.
 */
import type CloudBase from '@cloudbase/manager-node';
import { deployDatabase, deployFunctions, deployStorage } from '../../scripts/deploy/cloudbase';
import { loadDeployConfig } from '../../scripts/deploy/config';
import { buildPlan } from '../../scripts/deploy/plan';
import { STORAGE_RULES } from '../../domain/rules/uploads';

const plan = buildPlan({ ...loadDeployConfig(undefined, {}), adminOpenids: ['o-first'] });

function fakeCloud(existing: { collections: Record<string, string[]>; functions: Record<string, string> }) {
  const calls: Array<[string, ...unknown[]]> = [];
  const app = {
    database: {
      createCollectionIfNotExists: async (name: string) => {
        calls.push(['createCollection', name]);
        const had = name in existing.collections;
        existing.collections[name] ??= [];
        return { IsCreated: !had };
      },
      describeCollection: async (name: string) => ({ Indexes: existing.collections[name].map((Name) => ({ Name })) }),
      updateCollection: async (name: string, info: unknown) => calls.push(['updateCollection', name, info]),
    },
    permission: { modifyResourcePermission: async (o: unknown) => calls.push(['permission', o]) },
    storage: { setStorageAcl: async (acl: string, rule?: unknown) => calls.push(['storageAcl', acl, rule]) },
    functions: {
      getFunctionDetail: async (name: string) => {
        if (!(name in existing.functions))
          throw Object.assign(new Error('not found'), { code: 'ResourceNotFound.Function' });
        return { Runtime: existing.functions[name] };
      },
      deleteFunction: async (name: string) => calls.push(['deleteFunction', name]),
      createFunction: async (p: unknown) => calls.push(['createFunction', p]),
    },
  };
  return { app: app as unknown as CloudBase, calls };
}

test('collections: created when missing, only missing indexes added (keys and uniqueness in the API form), all closed', async () => {
  const { app, calls } = fakeCloud({ collections: { units: ['parent'] }, functions: {} });
  await deployDatabase(app, plan, () => undefined);
  expect(calls.filter((c) => c[0] === 'createCollection')).toHaveLength(plan.collections.length);
  const units = calls.find((c) => c[0] === 'updateCollection' && c[1] === 'units');
  expect(units?.[2]).toEqual({
    CreateIndexes: [
      { IndexName: 'code', MgoKeySchema: { MgoIndexKeys: [{ Name: 'code', Direction: '1' }], MgoIsUnique: true } },
    ],
  });
  const messages = calls.find((c) => c[0] === 'updateCollection' && c[1] === 'messages');
  expect((messages?.[2] as { CreateIndexes: Array<{ MgoKeySchema: unknown }> }).CreateIndexes[0].MgoKeySchema).toEqual({
    MgoIndexKeys: [
      { Name: 'openid', Direction: '1' },
      { Name: 'createdAt', Direction: '-1' },
    ],
    MgoIsUnique: false,
  });
  // Collections without indexes are not touched beyond creation and permission.
  expect(calls.some((c) => c[0] === 'updateCollection' && c[1] === 'secrets')).toBe(false);
  const perms = calls.filter((c) => c[0] === 'permission').map((c) => c[1]);
  expect(perms).toHaveLength(plan.collections.length);
  expect(perms.every((p) => (p as { permission: string; resourceType: string }).permission === 'ADMINONLY')).toBe(true);
  await deployStorage(app, plan, () => undefined);
  expect(calls).toContainEqual(['storageAcl', 'CUSTOM', STORAGE_RULES]);
});

test('functions: created or updated in place with Node 16, timeout, memory, environment and cloud install', async () => {
  const { app, calls } = fakeCloud({ collections: {}, functions: { member: 'Nodejs16.13' } });
  await deployFunctions(app, plan, false, () => undefined);
  const created = calls
    .filter((c) => c[0] === 'createFunction')
    .map((c) => c[1] as { func: Record<string, unknown>; force: boolean; functionRootPath: string });
  expect(created.map((c) => c.func.name)).toEqual(plan.functions.map((f) => f.name));
  for (const c of created) {
    const f = plan.functions.find((p) => p.name === c.func.name)!;
    expect(c).toMatchObject({
      force: true,
      func: {
        runtime: 'Nodejs16.13',
        timeout: f.timeout,
        memorySize: 256,
        installDependency: true,
        handler: 'index.main',
      },
    });
    expect(c.functionRootPath).toMatch(/dist\/cloudfunctions$/);
  }
  expect(created.find((c) => c.func.name === 'member')?.func.envVariables).toEqual({ ADMIN_OPENIDS: 'o-first' });
});

test('a function DevTools created as Nodejs8.9 stops the run, or is recreated with --recreate', async () => {
  const stuck = fakeCloud({ collections: {}, functions: { notice: 'Nodejs8.9' } });
  await expect(deployFunctions(stuck.app, plan, false, () => undefined)).rejects.toThrow(
    /notice exists with runtime Nodejs8\.9.*--recreate/,
  );
  const fixed = fakeCloud({ collections: {}, functions: { notice: 'Nodejs8.9' } });
  await deployFunctions(fixed.app, plan, true, () => undefined);
  expect(fixed.calls.findIndex((c) => c[0] === 'deleteFunction' && c[1] === 'notice')).toBeLessThan(
    fixed.calls.findIndex(
      (c) => c[0] === 'createFunction' && (c[1] as { func: { name: string } }).func.name === 'notice',
    ),
  );
});
