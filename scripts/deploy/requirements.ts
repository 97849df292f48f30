/**
 * What a real run needs before it sends anything, per step, with where to get each. All missing
 * pieces are reported at once so the person deploying fixes them in one go.
 */
import fs from 'node:fs';
import { ENV_OVERRIDES, type Env } from './config';
import type { Plan, Step } from './plan';

type Need = 'appid' | 'envId' | 'privateKey' | 'secret';

const NEEDS: Record<Step, Need[]> = {
  appid: ['appid'],
  build: ['envId'],
  check: [],
  database: ['envId', 'secret'],
  storage: ['envId', 'secret'],
  functions: ['envId', 'secret'],
  // miniprogram-ci creates the triggers; the old one of the same name is removed through the CloudBase API.
  triggers: ['appid', 'privateKey', 'envId', 'secret'],
  miniprogram: ['appid', 'privateKey'],
};

const HOW: Record<Need, string> = {
  appid: `appid: set "appid" in deploy.config.json or ${ENV_OVERRIDES.appid} (mp.weixin.qq.com → 开发 → 开发管理 → 开发设置 → AppID)`,
  envId: `envId: set "envId" in deploy.config.json or ${ENV_OVERRIDES.envId} (云开发控制台 → 设置 → 环境ID)`,
  privateKey: `upload key: set "privateKeyPath" in deploy.config.json or ${ENV_OVERRIDES.privateKeyPath} to the 代码上传密钥 file (开发设置 → 小程序代码上传 → 生成; add this machine's IP to the whitelist)`,
  secret:
    'Tencent Cloud key: set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (腾讯云控制台 → 访问管理 → API密钥, of the account the cloud environment belongs to)',
};

export interface Secrets {
  secretId: string;
  secretKey: string;
}

/** Problems that stop a real run of `steps`; empty when it may go ahead. */
export function missingRequirements(plan: Plan, steps: readonly Step[], env: Env = process.env): string[] {
  const needs = new Set(steps.flatMap((s) => NEEDS[s]));
  const problems: string[] = [];
  if (needs.has('appid') && !plan.appid) problems.push(HOW.appid);
  if (needs.has('envId') && !plan.envId) problems.push(HOW.envId);
  if (needs.has('privateKey')) {
    if (!plan.privateKeyPath) problems.push(HOW.privateKey);
    else if (!fs.existsSync(plan.privateKeyPath))
      problems.push(`upload key: ${plan.privateKeyPath} does not exist (${HOW.privateKey})`);
  }
  if (needs.has('secret') && !(env.TENCENTCLOUD_SECRETID?.trim() && env.TENCENTCLOUD_SECRETKEY?.trim()))
    problems.push(HOW.secret);
  return problems;
}

export const secretsFrom = (env: Env = process.env): Secrets => ({
  secretId: env.TENCENTCLOUD_SECRETID?.trim() ?? '',
  secretKey: env.TENCENTCLOUD_SECRETKEY?.trim() ?? '',
});
