/**
 * One miniprogram-ci Project for the repo root, as DevTools opens it (project.config.json points
 * miniprogramRoot at dist/weapp/). Shared by the offline check and the real upload.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Project } from 'miniprogram-ci';

const ROOT = path.resolve(__dirname, '..', '..');

/** miniprogram-ci's own module, loaded only when needed: it is large and a dry run must not touch it. */

export const loadCi = (): typeof import('miniprogram-ci') => require('miniprogram-ci');

/** Everything at the repo root except the mini-program's own folder: the CI module never scans them. */
function ignoresBesides(miniprogramRoot: string): string[] {
  const top = miniprogramRoot.replace(/^\.\//, '').split('/')[0];
  const keep = new Set([top, 'project.config.json', 'project.private.config.json']);
  return fs
    .readdirSync(ROOT)
    .filter((n) => !keep.has(n))
    .map((n) => `${n}/**/*`);
}

export interface ProjectOptions {
  appid: string;
  /** The 代码上传密钥 file. Offline checks pass none: they never sign a request. */
  privateKeyPath?: string;
  /** Offline: answer the project attributes locally instead of asking WeChat (which fails without network). */
  offline?: boolean;
}

export function openProject(opts: ProjectOptions): Project {
  const ci = loadCi();
  const projectConfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as {
    miniprogramRoot: string;
  };
  const base = {
    appid: opts.appid,
    type: 'miniProgram' as const,
    projectPath: ROOT,
    ignores: ['node_modules/**/*', ...ignoresBesides(projectConfig.miniprogramRoot)],
  };
  if (opts.offline) {
    // The attributes (package limits...) normally come from WeChat's server; the module ships its defaults.
    return new ci.Project({
      ...base,
      privateKey: 'offline-check',
      attr: async () => ci.DefaultProjectAttr,
    } as ConstructorParameters<typeof ci.Project>[0]);
  }
  return new ci.Project({ ...base, privateKeyPath: opts.privateKeyPath });
}
