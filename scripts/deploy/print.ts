/** The plan as the person deploying reads it: every step, in order, with what it will set. */
import path from 'node:path';
import { ROOT } from './config';
import type { Plan, Step } from './plan';

const rel = (p: string): string => path.relative(ROOT, p) || '.';
const or = (v: string | null, what: string): string => v ?? `<${what}: not set>`;

function indexLine(i: Plan['collections'][number]['indexes'][number]): string {
  const keys = i.keys.map((k) => `${k.field} ${k.direction === 1 ? 'asc' : 'desc'}`).join(', ');
  return `      index ${i.name}${i.unique ? ' (unique)' : ''}: ${keys}`;
}

const SECTIONS: Record<Step, (plan: Plan) => string[]> = {
  appid: (p) => [
    `project.config.json appid ← ${or(p.appid, 'appid')} (DevTools and miniprogram-ci open the repo root)`,
  ],
  build: (p) => [
    ...p.build.commands,
    ...Object.entries(p.build.env).map(([k, v]) => `with ${k}=${v}`),
    'then check that dist/weapp carries the env id',
  ],
  check: () => [
    'npm run check:weapp (wcc, wcsc, miniprogram-ci compile/pack/quality on dist/weapp): refuse to upload what WeChat would refuse',
  ],
  database: (p) => {
    const lines = [
      `${p.collections.length} collections (create if missing; add missing indexes; permission ${p.collections[0]?.permission ?? '-'})`,
    ];
    for (const c of p.collections) {
      lines.push(`  ${c.name} [${c.permission}]`);
      lines.push(...c.indexes.map(indexLine));
    }
    return lines;
  },
  storage: (p) => [
    `cloud storage permission ← ${p.storage.acl} (members upload their own files; files are read through the functions)`,
    ...(p.storage.rule ? [`  read:  ${p.storage.rule.read}`, `  write: ${p.storage.rule.write}`] : []),
  ],
  functions: (p) =>
    p.functions.flatMap((f) => [
      `  ${f.name}: runtime ${f.runtime}, timeout ${f.timeout} s, memory ${f.memorySize} MB, ${f.installDependency ? 'dependencies installed in the cloud' : 'no cloud install'}`,
      `      code ${rel(f.codeDir)}; open API: ${f.openapi.join(', ') || 'none'}`,
      `      env: ${
        Object.entries(f.envVariables)
          .map(([k, v]) => `${k}=${v === '' ? '(empty)' : v}`)
          .join(', ') || 'none'
      }`,
      `      triggers: ${f.triggers.map((t) => `${t.name} (${t.type} "${t.config}")`).join(', ') || 'none'}`,
    ]),
  triggers: (p) => {
    const all = p.functions.flatMap((f) =>
      f.triggers.map((t) => `  ${f.name}.${t.name}: ${t.type} "${t.config}" (replaces a trigger of the same name)`),
    );
    return all.length ? all : ['  none'];
  },
  miniprogram: (p) => [
    `upload ${rel(p.miniprogram.projectPath)} (miniprogramRoot ${p.miniprogram.miniprogramRoot}) as version ${p.miniprogram.version}, "${p.miniprogram.desc}", robot ${p.miniprogram.robot}`,
    `minimum base library ${p.miniprogram.minBaseLibrary}: set it by hand in the mini-program console (设置 → 基本设置 → 基础库最低版本设置)`,
  ],
};

const TITLES: Record<Step, string> = {
  appid: 'set the appid',
  build: 'build with the env id and template ids',
  check: "check with WeChat's compilers",
  database: 'database: collections, indexes, permission rules (@cloudbase/manager-node)',
  storage: 'storage rule (@cloudbase/manager-node)',
  functions: 'cloud functions: create or update, then configure (@cloudbase/manager-node)',
  triggers: 'timer triggers (miniprogram-ci createTimeTrigger)',
  miniprogram: 'upload the mini-program (miniprogram-ci upload)',
};

export function formatPlan(plan: Plan, steps: readonly Step[], dryRun: boolean, missing: string[] = []): string {
  const out = [
    `${dryRun ? 'Deploy plan (dry run: nothing is sent)' : 'Deploying'}: appid ${or(plan.appid, 'appid')}, env ${or(plan.envId, 'envId')}, upload key ${plan.privateKeyPath ? rel(plan.privateKeyPath) : '<privateKeyPath: not set>'}`,
  ];
  steps.forEach((step, i) => {
    out.push('', `${i + 1}. ${TITLES[step]}`, ...SECTIONS[step](plan).map((l) => (l.startsWith('  ') ? l : `   ${l}`)));
  });
  if (plan.warnings.length) out.push('', 'Warnings:', ...plan.warnings.map((w) => `  - ${w}`));
  if (missing.length) out.push('', 'A real run needs first:', ...missing.map((m) => `  - ${m}`));
  return out.join('\n');
}
