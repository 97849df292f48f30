/**
 * The steps that go through CloudBase's management API (@cloudbase/manager-node, with the Tencent Cloud
 * key of the account that owns the WeChat cloud environment): collections, indexes and their permission
 * rule, the storage rule, and every function with its runtime, timeout, memory and environment.
 */
import type CloudBase from '@cloudbase/manager-node';
import { MIN_NODE_MAJOR } from './config';
import { FUNCTIONS_DIST, type FunctionPlan } from './functions';
import type { CollectionPlan, Plan } from './plan';
import type { Secrets } from './requirements';

export type Log = (line: string) => void;

const loadManager = (): typeof CloudBase => require('@cloudbase/manager-node');

export const openCloudBase = (envId: string, secrets: Secrets): CloudBase => new (loadManager())({ ...secrets, envId });

const isNotFound = (err: unknown): boolean =>
  /ResourceNotFound/.test(`${(err as { code?: string }).code ?? ''} ${(err as Error).message ?? ''}`);

async function deployCollection(app: CloudBase, c: CollectionPlan, log: Log): Promise<void> {
  const created = await app.database.createCollectionIfNotExists(c.name);
  const info = await app.database.describeCollection(c.name);
  const existing = new Set((info.Indexes ?? []).map((i) => i.Name));
  const missing = c.indexes.filter((i) => !existing.has(i.name));
  if (missing.length > 0) {
    await app.database.updateCollection(c.name, {
      CreateIndexes: missing.map((i) => ({
        IndexName: i.name,
        MgoKeySchema: {
          MgoIndexKeys: i.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })),
          MgoIsUnique: i.unique,
        },
      })),
    });
  }
  // Every collection is closed to clients: the mini-program only talks to cloud functions.
  await app.permission.modifyResourcePermission({
    resourceType: 'collection',
    resource: c.name,
    permission: c.permission as 'ADMINONLY',
  });
  log(
    `  ${c.name}: ${created.IsCreated ? 'created' : 'exists'}, ${missing.length ? `indexes added: ${missing.map((i) => i.name).join(', ')}` : 'indexes up to date'}, ${c.permission}`,
  );
}

export async function deployDatabase(app: CloudBase, plan: Plan, log: Log): Promise<void> {
  for (const c of plan.collections) await deployCollection(app, c, log);
}

export async function deployStorage(app: CloudBase, plan: Plan, log: Log): Promise<void> {
  await app.storage.setStorageAcl(plan.storage.acl as 'CUSTOM', plan.storage.rule);
  log(`  storage: ${plan.storage.acl}`);
}

const nodeMajor = (runtime: string): number => Number(/^Nodejs(\d+)/.exec(runtime)?.[1] ?? 0);

async function deployFunction(app: CloudBase, f: FunctionPlan, recreate: boolean, log: Log): Promise<void> {
  let runtime: string | null = null;
  try {
    runtime = (await app.functions.getFunctionDetail(f.name)).Runtime;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  // A runtime is fixed when a function is created (e.g. Nodejs8.9 by DevTools or miniprogram-ci).
  if (runtime && nodeMajor(runtime) < MIN_NODE_MAJOR) {
    if (!recreate) {
      throw new Error(
        `${f.name} exists with runtime ${runtime}, which cannot parse the bundle; delete it in the console or run with --recreate`,
      );
    }
    log(`  ${f.name}: deleting (runtime ${runtime})`);
    await app.functions.deleteFunction(f.name);
    runtime = null;
  } else if (runtime && runtime !== f.runtime) {
    log(`  ${f.name}: keeps runtime ${runtime} (set at creation; ${f.runtime} asked)`);
  }
  // force: an existing function gets its code and configuration updated in place.
  await app.functions.createFunction({
    func: {
      name: f.name,
      runtime: f.runtime,
      handler: 'index.main',
      timeout: f.timeout,
      memorySize: f.memorySize,
      envVariables: f.envVariables,
      installDependency: f.installDependency,
      ignore: ['node_modules', 'node_modules/**/*'],
    },
    functionRootPath: FUNCTIONS_DIST,
    force: true,
  });
  log(
    `  ${f.name}: ${runtime ? 'updated' : 'created'} (${runtime ?? f.runtime}, ${f.timeout} s, ${f.memorySize} MB, env ${Object.keys(f.envVariables).join(', ') || 'none'})`,
  );
}

export async function deployFunctions(app: CloudBase, plan: Plan, recreate: boolean, log: Log): Promise<void> {
  for (const f of plan.functions) await deployFunction(app, f, recreate, log);
}

/** Trigger names a function has now, so a redeploy replaces them instead of failing on a duplicate. */
export async function existingTriggers(app: CloudBase, name: string): Promise<string[]> {
  const detail = (await app.functions.getFunctionDetail(name)) as { Triggers?: Array<{ TriggerName: string }> };
  return (detail.Triggers ?? []).map((t) => t.TriggerName);
}

export const deleteTrigger = (app: CloudBase, fn: string, trigger: string): Promise<unknown> =>
  app.functions.deleteFunctionTrigger(fn, trigger);
