/**
 * Carries out a plan against the real environment, step by step, stopping at the first failure (each
 * step is safe to run again: collections and indexes are added only when missing, functions and
 * triggers are replaced, the upload makes a new version).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  deleteTrigger,
  deployDatabase,
  deployFunctions,
  deployStorage,
  existingTriggers,
  openCloudBase,
  type Log,
} from './cloudbase';
import { ROOT } from './config';
import type { Plan, Step } from './plan';
import { secretsFrom } from './requirements';
import { createTriggers, uploadMiniprogram } from './wechat-ci';

export interface ExecuteOptions {
  steps: readonly Step[];
  /** Delete and create again a function whose runtime is too old to parse the bundle. */
  recreate: boolean;
  log: Log;
}

function run(command: string, env: Record<string, string> = {}): void {
  const res = spawnSync(command, { cwd: ROOT, shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) throw new Error(`\`${command}\` failed (exit ${res.status})`);
}

function setAppid(appid: string, log: Log): void {
  const file = path.join(ROOT, 'project.config.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as { appid: string };
  if (config.appid === appid) return log(`  project.config.json already has ${appid}`);
  fs.writeFileSync(file, `${JSON.stringify({ ...config, appid }, null, 2)}\n`);
  log(`  project.config.json appid ${config.appid} → ${appid} (commit it: DevTools reads it too)`);
}

function build(plan: Plan, log: Log): void {
  for (const command of plan.build.commands) run(command, plan.build.env);
  // Taro.cloud.init reads the env id compiled in: a build from another shell would talk to no environment.
  const app = fs.readFileSync(path.join(ROOT, 'dist', 'weapp', 'app.js'), 'utf8');
  if (plan.envId && !app.includes(plan.envId))
    throw new Error(`dist/weapp/app.js does not carry the env id ${plan.envId}`);
  log('  built dist/cloudfunctions and dist/weapp');
}

export async function execute(plan: Plan, opts: ExecuteOptions): Promise<void> {
  const { log } = opts;
  let app: ReturnType<typeof openCloudBase> | null = null;
  // One client for every CloudBase step; the requirements check has made sure the env id is set.
  const cloud = (): ReturnType<typeof openCloudBase> => {
    if (!plan.envId) throw new Error('no env id');
    return (app ??= openCloudBase(plan.envId, secretsFrom()));
  };
  const ciTarget = { appid: plan.appid ?? '', privateKeyPath: plan.privateKeyPath ?? '', envId: plan.envId ?? '' };
  const actions: Record<Step, () => Promise<void> | void> = {
    appid: () => setAppid(plan.appid as string, log),
    build: () => build(plan, log),
    check: () => run('npm run check:weapp'),
    database: () => deployDatabase(cloud(), plan, log),
    storage: () => deployStorage(cloud(), plan, log),
    functions: () => deployFunctions(cloud(), plan, opts.recreate, log),
    triggers: () => {
      const client = cloud();
      return createTriggers(
        plan,
        ciTarget,
        async (fn, trigger) => {
          if ((await existingTriggers(client, fn)).includes(trigger)) await deleteTrigger(client, fn, trigger);
        },
        log,
      );
    },
    miniprogram: () => uploadMiniprogram(plan, ciTarget, log),
  };
  for (const step of opts.steps) {
    log(`\n== ${step}`);
    await actions[step]();
  }
}
