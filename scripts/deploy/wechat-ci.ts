/**
 * The steps that go through WeChat's CI module (miniprogram-ci, with the 代码上传密钥): timer triggers
 * (createTimeTrigger, which takes one trigger per call) and the mini-program upload.
 */
import { openProject, loadCi } from '../weapp-check/ci-project';
import type { Log } from './cloudbase';
import type { Plan } from './plan';

/** What createTimeTrigger answers on success; anything else is its (swallowed) error. */
const TRIGGER_OK = '创建定时触发器成功';

export interface CiTarget {
  appid: string;
  privateKeyPath: string;
  envId: string;
}

export async function createTriggers(
  plan: Plan,
  target: CiTarget,
  replace: (fn: string, trigger: string) => Promise<void>,
  log: Log,
): Promise<void> {
  const ci = loadCi();
  const project = openProject({ appid: target.appid, privateKeyPath: target.privateKeyPath });
  for (const f of plan.functions) {
    for (const t of f.triggers) {
      await replace(f.name, t.name);
      const answer = await ci.cloud.createTimeTrigger({
        project,
        envId: target.envId,
        functionName: f.name,
        triggersConfig: [{ name: t.name, type: t.type, config: t.config }],
      });
      if (answer !== TRIGGER_OK) throw new Error(`trigger ${f.name}.${t.name}: ${String(answer)}`);
      log(`  ${f.name}.${t.name}: ${t.config}`);
    }
  }
}

export async function uploadMiniprogram(plan: Plan, target: Omit<CiTarget, 'envId'>, log: Log): Promise<void> {
  const ci = loadCi();
  const project = openProject({ appid: target.appid, privateKeyPath: target.privateKeyPath });
  const { version, desc, robot } = plan.miniprogram;
  const result = (await ci.upload({
    project,
    version,
    desc,
    robot,
    // project.config.json's settings (minify WXML/WXSS, upload unused-file filter) as DevTools applies them.
    setting: { useProjectConfig: true },
    onProgressUpdate: () => undefined,
  })) as { subPackageInfo?: Array<{ name: string; size: number }> };
  for (const p of result.subPackageInfo ?? []) {
    const label = p.name === '__FULL__' ? 'all' : p.name === '__APP__' ? 'main' : p.name;
    log(`  ${label}: ${(p.size / 1024).toFixed(1)} KB`);
  }
  log(`  uploaded version ${version} ("${desc}"): make it the 体验版 or submit it for review in the console`);
}
