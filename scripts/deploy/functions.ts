/**
 * Every deployed function as the real environment should have it, from its cloudfunctions/<name>/config.json
 * (timeout, memory, open-API permissions, timer triggers, environment variables) and the deploy config
 * (runtime, memory default, dependency install). WeChat's own tools read none of this on their own:
 * miniprogram-ci creates a missing function as Nodejs8.9 with a 3 s timeout, and triggers are uploaded apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { functionNames } from '../build-cloud';
import { ROOT, type DeployConfig } from './config';

/** WeChat's cron: seconds minute hour day month weekday year (7 fields). */
const zCron = z
  .string()
  .refine((c) => c.trim().split(/\s+/).length === 7, 'a timer config has 7 fields: s m h d M w y');

const zFunctionConfig = z
  .object({
    // WeChat's console caps a cloud function's timeout at 60 s.
    timeout: z.number().int().min(1).max(60),
    memorySize: z.number().int().optional(),
    permissions: z
      .object({ openapi: z.array(z.string()) })
      .strict()
      .optional(),
    triggers: z
      .array(z.object({ name: z.string().regex(/^[\w-]+$/), type: z.literal('timer'), config: zCron }).strict())
      .optional(),
    // Values may name a deploy-config key, `${adminOpenids}`: the deployment fills them in.
    envVariables: z.record(z.string()).optional(),
  })
  .strict();

export interface TriggerPlan {
  name: string;
  type: 'timer';
  config: string;
}

export interface FunctionPlan {
  name: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  installDependency: boolean;
  openapi: string[];
  envVariables: Record<string, string>;
  triggers: TriggerPlan[];
  /** Folder uploaded as the function's code (built by build:cloud). */
  codeDir: string;
}

export const FUNCTIONS_SRC = path.join(ROOT, 'cloudfunctions');
export const FUNCTIONS_DIST = path.join(ROOT, 'dist', 'cloudfunctions');

/** `${key}` → the deploy config's value (arrays comma-joined, as ADMIN_OPENIDS is read). */
export function fillPlaceholders(value: string, config: DeployConfig, where: string): string {
  return value.replace(/\$\{(\w+)\}/g, (_m, key: string) => {
    const v = (config as unknown as Record<string, unknown>)[key];
    if (Array.isArray(v)) return v.join(',');
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
    throw new Error(`${where}: \${${key}} names no value of deploy.config.json`);
  });
}

export function readFunctionConfig(name: string): z.infer<typeof zFunctionConfig> {
  const file = path.join(FUNCTIONS_SRC, name, 'config.json');
  if (!fs.existsSync(file))
    throw new Error(`cloudfunctions/${name}/config.json is missing: every deployed function states its timeout`);
  const parsed = zFunctionConfig.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `cloudfunctions/${name}/config.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

export function planFunctions(config: DeployConfig, names: string[] = functionNames()): FunctionPlan[] {
  return names.map((name) => {
    const fc = readFunctionConfig(name);
    const envVariables = Object.fromEntries(
      Object.entries(fc.envVariables ?? {}).map(([k, v]) => [
        k,
        fillPlaceholders(v, config, `cloudfunctions/${name}/config.json envVariables.${k}`),
      ]),
    );
    return {
      name,
      runtime: config.functions.runtime,
      timeout: fc.timeout,
      memorySize: fc.memorySize ?? config.functions.memorySize,
      installDependency: config.functions.installDependency,
      openapi: fc.permissions?.openapi ?? [],
      envVariables,
      triggers: config.functions.timerTriggers ? (fc.triggers ?? []) : [],
      codeDir: path.join(FUNCTIONS_DIST, name),
    };
  });
}
