/**
 * The deploy plan against its sources: every collection and index of domain/collections.ts, every
 * function with its config.json (runtime, timeout, triggers, env), the upload, and the config file's checks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COLLECTIONS } from '../../domain/collections';
import { functionNames } from '../../scripts/build-cloud';
import { ConfigError, loadDeployConfig, ROOT, type DeployConfig } from '../../scripts/deploy/config';
import { fillPlaceholders, readFunctionConfig } from '../../scripts/deploy/functions';
import { buildPlan } from '../../scripts/deploy/plan';

const base = (): DeployConfig => loadDeployConfig(path.join(ROOT, 'deploy.config.json'), {});

function configFile(change: (c: Record<string, unknown>) => void): string {
  const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'deploy.config.json'), 'utf8')) as Record<string, unknown>;
  change(raw);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uh-deploy-')), 'deploy.config.json');
  fs.writeFileSync(file, JSON.stringify(raw));
  return file;
}

test('every collection of domain/collections.ts, with every index and the closed permission', () => {
  const plan = buildPlan(base());
  expect(plan.collections.map((c) => c.name)).toEqual(Object.keys(COLLECTIONS));
  for (const c of plan.collections) {
    const spec = COLLECTIONS[c.name as keyof typeof COLLECTIONS];
    expect(c.permission).toBe('ADMINONLY');
    expect(c.indexes).toEqual(
      spec.indexes.map((i) => ({
        name: i.name,
        unique: i.unique === true,
        keys: Object.entries(i.keys).map(([field, direction]) => ({ field, direction })),
      })),
    );
  }
});

test('every deployed function, as its config.json says, on Node 16', () => {
  const plan = buildPlan(base());
  expect(plan.functions.map((f) => f.name)).toEqual(functionNames());
  expect(plan.functions.length).toBeGreaterThanOrEqual(6);
  for (const f of plan.functions) {
    const own = readFunctionConfig(f.name);
    expect(f.runtime).toBe('Nodejs16.13');
    expect(f.timeout).toBe(own.timeout);
    expect(f.openapi).toEqual(own.permissions?.openapi ?? []);
    expect(f.triggers).toEqual(own.triggers ?? []);
    expect(Object.keys(f.envVariables)).toEqual(Object.keys(own.envVariables ?? {}));
    expect(f.codeDir).toBe(path.join(ROOT, 'dist', 'cloudfunctions', f.name));
  }
  // The three timers the product relies on as safety nets (docs/deploy.md).
  expect(plan.functions.flatMap((f) => f.triggers.map((t) => `${f.name}.${t.name}`)).sort()).toEqual([
    'notice.drain',
    'quiz.markOverdue',
    'voice.sweep',
  ]);
});

test('ADMIN_OPENIDS comes from adminOpenids; an unknown ${name} is refused', () => {
  const config = { ...base(), adminOpenids: ['o-first', 'o-second'] };
  const member = buildPlan(config).functions.find((f) => f.name === 'member');
  expect(member?.envVariables).toEqual({ ADMIN_OPENIDS: 'o-first,o-second' });
  expect(() => fillPlaceholders('${nope}', config, 'x')).toThrow(/names no value/);
});

test('timers off (cloud-function 2.0 environments): no triggers, and a warning says what that costs', () => {
  const config = base();
  const plan = buildPlan({ ...config, functions: { ...config.functions, timerTriggers: false } });
  expect(plan.functions.every((f) => f.triggers.length === 0)).toBe(true);
  expect(plan.warnings.join('\n')).toMatch(/timerTriggers is off/);
});

test('the upload: repo root, version from package.json unless given, placeholders warned about', () => {
  const plan = buildPlan(base());
  expect(plan.miniprogram.projectPath).toBe(ROOT);
  expect(plan.miniprogram.miniprogramRoot).toBe('dist/weapp/');
  expect(plan.miniprogram.version).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  expect(buildPlan(base(), { version: '2.0.1', desc: 'x' }).miniprogram).toMatchObject({ version: '2.0.1', desc: 'x' });
  expect(plan.warnings.join('\n')).toMatch(/placeholder ids/);
  expect(plan.build.env.UNION_TEMPLATE_IDS).toBe(JSON.stringify(base().templates));
});

test('environment variables override the file; placeholders count as unset', () => {
  const config = loadDeployConfig(path.join(ROOT, 'deploy.config.json'), {
    UNION_APPID: 'wx1234567890abcdef',
    UNION_CLOUD_ENV: 'union-prod-1a2b',
    UNION_PRIVATE_KEY_PATH: 'keys/upload.key',
  });
  const plan = buildPlan(config);
  expect(plan).toMatchObject({
    appid: 'wx1234567890abcdef',
    envId: 'union-prod-1a2b',
    privateKeyPath: path.join(ROOT, 'keys/upload.key'),
  });
  expect(buildPlan({ ...config, appid: 'touristappid', envId: 'your-env-id' })).toMatchObject({
    appid: null,
    envId: null,
  });
});

test.each([
  [
    'a runtime the bundles cannot parse',
    (c: Record<string, unknown>) => ((c.functions as Record<string, unknown>).runtime = 'Nodejs12.16'),
    /Node 16 or newer/,
  ],
  ['a secret in the file', (c: Record<string, unknown>) => (c.secretKey = 'abc'), /never in the file/],
  [
    'a missing template',
    (c: Record<string, unknown>) => delete (c.templates as Record<string, unknown>).notice,
    /templates\.notice/,
  ],
  ['a bad OPENID', (c: Record<string, unknown>) => (c.adminOpenids = ['o 1']), /adminOpenids/],
])('the config file refuses %s', (_what, change, message) => {
  expect(() => loadDeployConfig(configFile(change), {})).toThrow(ConfigError);
  expect(() => loadDeployConfig(configFile(change), {})).toThrow(message);
});

test('docs/deploy.md says what each timer trigger does and which runtime to pick', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'deploy.md'), 'utf8');
  for (const f of buildPlan(base()).functions)
    for (const t of f.triggers) expect(doc).toContain(`\`${f.name}.${t.name}\``);
  expect(doc).toContain(`**\`${base().functions.runtime}\`**`);
});
