/**
 * The whole deployment as data, computed without any network call: `--dry-run` prints it, the real run
 * carries it out step by step, and tests check it against domain/collections.ts and every function's
 * config.json.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type CollectionSpec } from '../../domain/collections';
import { MESSAGE_KINDS, PLACEHOLDER_TEMPLATE_IDS } from '../../domain/templates';
import { STORAGE_RULES } from '../../domain/rules/uploads';
import { isSet, ROOT, type DeployConfig } from './config';
import { planFunctions, type FunctionPlan } from './functions';

/** The steps of a deployment, in the order they run (`--only` picks some). */
export const STEPS = [
  'appid',
  'build',
  'check',
  'database',
  'storage',
  'functions',
  'triggers',
  'miniprogram',
] as const;
export type Step = (typeof STEPS)[number];

export interface IndexPlan {
  name: string;
  keys: Array<{ field: string; direction: 1 | -1 }>;
  unique: boolean;
}

export interface CollectionPlan {
  name: string;
  description: string;
  permission: string;
  indexes: IndexPlan[];
}

export interface Plan {
  appid: string | null;
  envId: string | null;
  privateKeyPath: string | null;
  build: { commands: string[]; env: Record<string, string> };
  collections: CollectionPlan[];
  /** CUSTOM carries the rule (STORAGE_RULES): phones read their own files and write only where a function sent them. */
  storage: { acl: string; rule?: { read: string; write: string } };
  functions: FunctionPlan[];
  miniprogram: {
    projectPath: string;
    miniprogramRoot: string;
    version: string;
    desc: string;
    robot: number;
    minBaseLibrary: string;
  };
  /** Not errors, but what the person deploying should know before the real run. */
  warnings: string[];
}

export interface PlanOptions {
  version?: string;
  desc?: string;
}

const packageVersion = (): string =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Short commit id for the upload's description; a checkout without git just says so. */
function commitId(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'no git';
  }
}

export function planCollections(permission: string): CollectionPlan[] {
  return Object.entries(COLLECTIONS as Record<string, CollectionSpec>).map(([name, spec]) => ({
    name,
    description: spec.description,
    permission,
    indexes: spec.indexes.map((i) => ({
      name: i.name,
      keys: Object.entries(i.keys).map(([field, direction]) => ({ field, direction })),
      unique: i.unique === true,
    })),
  }));
}

export function buildPlan(config: DeployConfig, opts: PlanOptions = {}): Plan {
  const projectConfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as {
    miniprogramRoot: string;
  };
  const warnings: string[] = [];
  const placeholders = MESSAGE_KINDS.filter((k) => config.templates[k] === PLACEHOLDER_TEMPLATE_IDS[k]);
  if (placeholders.length > 0) {
    warnings.push(
      `templates still hold placeholder ids (${placeholders.join(', ')}): subscription messages fail with 40037 until you pick real templates`,
    );
  }
  if (config.adminOpenids.length === 0) {
    warnings.push(
      'adminOpenids is empty: nobody can claim the first admin (docs/bootstrap.md); add your OPENID and run `npm run deploy -- --only functions`',
    );
  }
  if (!config.functions.timerTriggers) {
    warnings.push(
      'timerTriggers is off (cloud-function 2.0 environments have none): scheduled notices go live, the send queue drains and overdue quiz attempts are marked only when a publish or a member starts the work',
    );
  }
  const envId = isSet(config.envId) ? config.envId : null;
  return {
    appid: isSet(config.appid) ? config.appid : null,
    envId,
    privateKeyPath: isSet(config.privateKeyPath) ? path.resolve(ROOT, config.privateKeyPath) : null,
    build: {
      commands: ['npm run build:cloud', 'npm run build:weapp'],
      env: { UNION_CLOUD_ENV: envId ?? '<envId>', UNION_TEMPLATE_IDS: JSON.stringify(config.templates) },
    },
    collections: planCollections(config.database.permission),
    storage: config.storage.acl === 'CUSTOM' ? { acl: 'CUSTOM', rule: STORAGE_RULES } : { acl: config.storage.acl },
    functions: planFunctions(config),
    miniprogram: {
      projectPath: ROOT,
      miniprogramRoot: projectConfig.miniprogramRoot,
      version: opts.version ?? (config.miniprogram.version || packageVersion()),
      desc: opts.desc ?? (config.miniprogram.desc || `union-home ${commitId()}`),
      robot: config.miniprogram.robot,
      minBaseLibrary: config.minBaseLibrary,
    },
    warnings,
  };
}
