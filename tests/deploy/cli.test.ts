/**
 * `npm run deploy`: the dry run prints the whole plan with no network and no secret; a real run stops
 * before sending anything, saying exactly what is missing; bad arguments are refused.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { COLLECTIONS } from '../../domain/collections';
import { functionNames } from '../../scripts/build-cloud';
import { parseArgs, runDeploy } from '../../scripts/deploy';
import { ROOT, type Env } from '../../scripts/deploy/config';
import { readFunctionConfig } from '../../scripts/deploy/functions';
import { STEPS } from '../../scripts/deploy/plan';

async function deploy(argv: string[], env: Env = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDeploy(argv, { env, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('the dry run, from a fresh clone with no secret, prints every step, function, collection and the upload', async () => {
  const res = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), path.join(ROOT, 'scripts', 'deploy.ts'), '--dry-run'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      // No secrets, no overrides; the preload makes any socket or network module fatal.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_OPTIONS: `--require ${path.join(__dirname, 'no-network.cjs')}`,
      } as unknown as NodeJS.ProcessEnv,
      timeout: 60_000,
    },
  );
  expect(res.stderr).not.toMatch(/VIOLATION/);
  expect(res.status).toBe(0);
  const out = res.stdout;
  expect(out).toMatch(/dry run: nothing is sent/);
  for (const name of functionNames()) {
    const own = readFunctionConfig(name);
    expect(out).toContain(`${name}: runtime Nodejs16.13, timeout ${own.timeout} s`);
    for (const t of own.triggers ?? []) expect(out).toContain(`${name}.${t.name}: timer "${t.config}"`);
    for (const k of Object.keys(own.envVariables ?? {})) expect(out).toMatch(new RegExp(`env: .*${k}=`));
  }
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    expect(out).toContain(`  ${name} [ADMINONLY]`);
    for (const i of spec.indexes) expect(out).toContain(`index ${i.name}`);
  }
  expect(out).toMatch(/upload \. \(miniprogramRoot dist\/weapp\/\) as version/);
  expect(out).toMatch(/cloud storage permission ← CUSTOM/);
  expect(out).toMatch(/write: resource.openid == auth.openid && /);
  expect(out).toMatch(/A real run needs first:[\s\S]*TENCENTCLOUD_SECRETID/);
});

test('--json gives the plan as data', async () => {
  const res = await deploy(['--dry-run', '--json']);
  expect(res.code).toBe(0);
  const plan = JSON.parse(res.out) as {
    steps: string[];
    functions: unknown[];
    collections: unknown[];
    missing: string[];
  };
  expect(plan.steps).toEqual([...STEPS]);
  expect(plan.functions).toHaveLength(functionNames().length);
  expect(plan.collections).toHaveLength(Object.keys(COLLECTIONS).length);
  expect(plan.missing).toHaveLength(4);
});

test('a real run without appid, env id, upload key and Tencent key stops before sending anything and names each', async () => {
  const res = await deploy([]);
  expect(res.code).toBe(1);
  expect(res.out).toBe('');
  for (const need of ['UNION_APPID', 'UNION_CLOUD_ENV', 'UNION_PRIVATE_KEY_PATH', 'TENCENTCLOUD_SECRETID'])
    expect(res.err).toContain(need);
});

test('a step asks only for what it needs; a key path that does not exist is named', async () => {
  const db = await deploy(['--only', 'database'], { UNION_CLOUD_ENV: 'union-1a2b' });
  expect(db.code).toBe(1);
  expect(db.err).toContain('TENCENTCLOUD_SECRETID');
  expect(db.err).not.toMatch(/UNION_APPID|privateKeyPath/);
  const upload = await deploy(['--only', 'miniprogram'], {
    UNION_APPID: 'wx1234567890abcdef',
    UNION_PRIVATE_KEY_PATH: '/nonexistent/private.key',
  });
  expect(upload.code).toBe(1);
  expect(upload.err).toContain('/nonexistent/private.key does not exist');
  expect(upload.err).not.toContain('TENCENTCLOUD');
});

test('arguments: steps keep the deployment order; unknown options and steps are refused with the usage', async () => {
  expect(parseArgs(['--only', 'miniprogram,database']).steps).toEqual(['database', 'miniprogram']);
  expect(parseArgs(['--skip', 'check,build']).steps).toEqual(STEPS.filter((s) => s !== 'check' && s !== 'build'));
  expect(parseArgs(['--dry-run', '--version', '1.2.3', '--desc', 'hi'])).toMatchObject({
    dryRun: true,
    version: '1.2.3',
    desc: 'hi',
  });
  for (const argv of [['--nope'], ['--only', 'lunch'], ['--version'], ['--json']]) {
    const res = await deploy(argv);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/usage: npm run deploy/);
  }
  expect((await deploy(['--help'])).out).toMatch(/--dry-run/);
});
