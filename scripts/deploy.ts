/**
 * `npm run deploy`: the whole product into a real WeChat environment from deploy.config.json, in one
 * command (docs/deploy.md). `npm run deploy -- --dry-run` prints the complete plan, with no network call
 * and no secret needed.
 */
import { ConfigError, DEFAULT_CONFIG_PATH, loadDeployConfig, type Env } from './deploy/config';
import { execute } from './deploy/execute';
import { buildPlan, STEPS, type Step } from './deploy/plan';
import { formatPlan } from './deploy/print';
import { missingRequirements } from './deploy/requirements';

const USAGE = `usage: npm run deploy -- [options]
  --dry-run            print the plan; nothing is sent, no secret is needed
  --json               with --dry-run: the plan as JSON
  --only <steps>       run only these steps, comma-separated: ${STEPS.join(', ')}
  --skip <steps>       run all steps but these
  --version <x.y.z>    mini-program version (default: deploy.config.json, else package.json)
  --desc <text>        upload description (default: deploy.config.json, else the commit id)
  --config <file>      another deploy config (default: deploy.config.json)
  --recreate           delete and recreate a function whose runtime is older than Node 16
needs for a real run: appid, envId, privateKeyPath (file or UNION_APPID, UNION_CLOUD_ENV,
UNION_PRIVATE_KEY_PATH) and TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY`;

export interface DeployArgs {
  dryRun: boolean;
  json: boolean;
  steps: Step[];
  version?: string;
  desc?: string;
  config: string;
  recreate: boolean;
}

export class UsageError extends Error {}

function stepList(value: string | undefined, flag: string): Step[] {
  if (!value) throw new UsageError(`${flag} needs a comma-separated list of steps`);
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(STEPS as readonly string[]).includes(n));
  if (unknown.length) throw new UsageError(`unknown step(s) ${unknown.join(', ')}; steps: ${STEPS.join(', ')}`);
  return names as Step[];
}

export function parseArgs(argv: string[]): DeployArgs {
  const args: DeployArgs = {
    dryRun: false,
    json: false,
    steps: [...STEPS],
    config: DEFAULT_CONFIG_PATH,
    recreate: false,
  };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--dry-run') args.dryRun = true;
    else if (flag === '--json') args.json = true;
    else if (flag === '--recreate') args.recreate = true;
    else if (flag === '--only') args.steps = stepList(value(i++, flag), flag);
    else if (flag === '--skip') {
      const skip = new Set(stepList(value(i++, flag), flag));
      args.steps = STEPS.filter((s) => !skip.has(s));
    } else if (flag === '--version') args.version = value(i++, flag);
    else if (flag === '--desc') args.desc = value(i++, flag);
    else if (flag === '--config') args.config = value(i++, flag);
    else throw new UsageError(`unknown option ${flag}`);
  }
  // Keep the deployment's order whatever order --only named them in.
  args.steps = STEPS.filter((s) => args.steps.includes(s));
  if (args.json && !args.dryRun) throw new UsageError('--json only goes with --dry-run');
  return args;
}

export interface Io {
  env: Env;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The whole command; returns the exit code (0 done, 1 failed or not ready, 2 bad arguments). */
export async function runDeploy(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  try {
    const args = parseArgs(argv);
    const plan = buildPlan(loadDeployConfig(args.config, io.env), { version: args.version, desc: args.desc });
    const missing = missingRequirements(plan, args.steps, io.env);
    if (args.dryRun) {
      io.out(
        args.json
          ? JSON.stringify({ steps: args.steps, ...plan, missing }, null, 2)
          : formatPlan(plan, args.steps, true, missing),
      );
      return 0;
    }
    if (missing.length) {
      io.err(
        `Cannot deploy (${args.steps.join(', ')}) yet; missing:\n${missing.map((m) => `  - ${m}`).join('\n')}\n(npm run deploy -- --dry-run shows the plan without them)`,
      );
      return 1;
    }
    io.out(formatPlan(plan, args.steps, false));
    await execute(plan, { steps: args.steps, recreate: args.recreate, log: io.out });
    io.out('\nDeployed. What no script can do for you: docs/deploy.md, "By hand".');
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(err instanceof ConfigError ? err.message : `deploy failed: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}

if (require.main === module) {
  void runDeploy(process.argv.slice(2), {
    env: process.env,
    out: (t) => console.log(t),
    err: (t) => console.error(t),
  }).then((code) => {
    // The CI module may leave a compiler process behind: do not wait for it.
    process.exit(code);
  });
}
