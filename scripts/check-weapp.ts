/**
 * `npm run check:weapp`: the built mini-program through WeChat's own tools, offline, failing on any
 * error: every scss source and every WXSS through wcsc, every WXML through wcc (miniprogram-compiler,
 * as DevTools calls them), miniprogram-ci's compile, pack, code-quality scan and dependency analysis,
 * and what app.json / project.config.json must say. Run `npm run build:weapp` first.
 *
 *   --source-only   only the scss sources (no build needed)
 *   --no-ci         skip miniprogram-ci (the slowest part, ~10-60 s)
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDeployConfig } from './deploy/config';
import { ciFindings, runCiCompile } from './weapp-check/ci-run';
import { compileAll, projectFindings, type Finding } from './weapp-check/dist';
import { checkScssTree } from './weapp-check/scss-source';

const ROOT = path.resolve(__dirname, '..');

function sourceFindings(): Finding[] {
  const { files, problems } = checkScssTree(path.join(ROOT, 'src'), ROOT);
  if (problems.length === 0) return [{ check: 'scss sources (wcsc)', ok: true, detail: `${files} files accepted` }];
  return problems.map((p) => ({
    check: 'scss sources (wcsc)',
    ok: false,
    detail: `${p.file}:${p.line}:${p.column} \`${p.selector}\`: ${p.message} (WeChat refuses a combinator followed by a bare :pseudo, [attr] or *, and * anywhere: name the element, e.g. \`> view:first-child\`)`,
  }));
}

function main(): number {
  const args = new Set(process.argv.slice(2));
  const findings: Finding[] = [...sourceFindings()];
  if (!args.has('--source-only')) {
    const dist = path.join(ROOT, 'dist', 'weapp');
    if (!fs.existsSync(path.join(dist, 'app.json'))) {
      findings.push({ check: 'dist/weapp', ok: false, detail: 'not built: run `npm run build:weapp` first' });
    } else {
      findings.push(...compileAll(dist), ...projectFindings(ROOT, loadDeployConfig().minBaseLibrary));
      if (!args.has('--no-ci')) findings.push(...ciFindings(runCiCompile()));
    }
  }
  for (const f of findings) console.log(`${f.ok ? 'ok  ' : 'FAIL'}  ${f.check.padEnd(32)} ${f.detail}`);
  const failed = findings.filter((f) => !f.ok).length;
  console.log(failed ? `\n${failed} check(s) failed` : '\nall checks passed');
  return failed ? 1 : 0;
}

process.exitCode = main();
