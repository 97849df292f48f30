/**
 * deploy.config.json: the one declarative file a real deployment is made from (like cloudbaserc.json).
 * Which environment (appid, env id, the upload key's path), how functions run, the database and storage
 * rules, the first admins and the subscription template ids. Secrets never live here: the Tencent Cloud
 * key comes from the environment only (see ./requirements.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MESSAGE_KINDS } from '../../domain/templates';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_CONFIG_PATH = path.join(ROOT, 'deploy.config.json');

/** The oldest runtime whose parser reads our bundles (esbuild target node16: `??`, `?.`). */
export const MIN_NODE_MAJOR = 16;

const zRuntime = z
  .string()
  .regex(/^Nodejs(\d+)\.\d+$/, 'runtime looks like Nodejs16.13')
  .refine(
    (r) => Number(/^Nodejs(\d+)/.exec(r)?.[1]) >= MIN_NODE_MAJOR,
    `the bundles need Node ${MIN_NODE_MAJOR} or newer (they use ?? and ?.)`,
  );

const zVersion = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 2.32.3');

export const zDeployConfig = z
  .object({
    appid: z.string(),
    envId: z.string(),
    privateKeyPath: z.string(),
    minBaseLibrary: zVersion,
    miniprogram: z.object({ version: z.string(), desc: z.string(), robot: z.number().int().min(1).max(30) }).strict(),
    functions: z
      .object({
        runtime: zRuntime,
        memorySize: z
          .number()
          .int()
          .refine((m) => [128, 256, 512, 1024, 2048].includes(m), 'memorySize is one of 128, 256, 512, 1024, 2048'),
        installDependency: z.boolean(),
        timerTriggers: z.boolean(),
      })
      .strict(),
    database: z.object({ permission: z.enum(['ADMINONLY', 'ADMINWRITE', 'PRIVATE', 'READONLY']) }).strict(),
    // CUSTOM: the security rules of domain/rules/uploads.ts (STORAGE_RULES), which the product is built for.
    storage: z.object({ acl: z.enum(['CUSTOM', 'ADMINONLY', 'ADMINWRITE', 'PRIVATE', 'READONLY']) }).strict(),
    adminOpenids: z.array(z.string().regex(/^[\w-]+$/, 'an OPENID has letters, digits, - and _ only')),
    templates: z
      .object(
        Object.fromEntries(MESSAGE_KINDS.map((k) => [k, z.string().min(1)])) as Record<
          (typeof MESSAGE_KINDS)[number],
          z.ZodString
        >,
      )
      .strict(),
  })
  .strict();

export type DeployConfig = z.infer<typeof zDeployConfig>;

/** Environment variables as read here (a plain record: tests pass their own). */
export type Env = Record<string, string | undefined>;

/** Environment variables that override the file, so CI can deploy one checkout to several environments. */
export const ENV_OVERRIDES = {
  appid: 'UNION_APPID',
  envId: 'UNION_CLOUD_ENV',
  privateKeyPath: 'UNION_PRIVATE_KEY_PATH',
} as const;

/** Values that mean "not set yet" (the repo's own placeholders). */
const UNSET = new Set(['', 'touristappid', 'your-env-id']);
export const isSet = (v: string | undefined | null): v is string => typeof v === 'string' && !UNSET.has(v.trim());

export class ConfigError extends Error {}

/** Reads and checks the file, then applies the environment overrides. Throws ConfigError with every problem. */
export function loadDeployConfig(file: string = DEFAULT_CONFIG_PATH, env: Env = process.env): DeployConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`cannot read ${path.relative(ROOT, file) || file}: ${(err as Error).message}`);
  }
  const parsed = zDeployConfig.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    const secretHint = /secret/i.test(JSON.stringify(raw))
      ? '\n  (secrets go in TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY, never in the file)'
      : '';
    throw new ConfigError(`${path.relative(ROOT, file) || file} is not valid:\n${lines.join('\n')}${secretHint}`);
  }
  const config = parsed.data;
  for (const [key, name] of Object.entries(ENV_OVERRIDES) as [keyof typeof ENV_OVERRIDES, string][]) {
    const value = env[name];
    if (value && value.trim()) config[key] = value.trim();
  }
  return config;
}
