/**
 * miniprogram-ci's local work on the repo root, offline: the compile and pack an upload would do
 * (getCompiledResult: app.json, pages, subpackages, preload rules), the code-quality scan
 * (checkCodeQuality) and the dependency analysis (analyseCode). Its calls to WeChat's servers fail
 * offline and it carries on with its built-in defaults.
 *
 * Runs as its own process (`tsx scripts/weapp-check/ci-compile.ts`) and prints one JSON line: the
 * module forks a compiler process that never lets Node exit, so this script exits by itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCi, openProject } from './ci-project';

export interface CiReport {
  compiledFiles: number;
  /** Bytes of the main package (files outside every subpackage root) and of each subpackage. */
  packages: Record<string, number>;
  quality: Array<{ name: string; success: boolean; text: string }>;
  analyseErrors: string[];
  error?: string;
}

async function main(): Promise<CiReport> {
  const ci = loadCi();
  const project = openProject({ appid: 'wx0000000000000000', offline: true });
  const quality = ((await ci.checkCodeQuality(project)) as Array<{ name: string; success: boolean; text: string }>).map(
    ({ name, success, text }) => ({ name, success, text }),
  );
  const analysed = (await ci.analyseCode(project)) as { modules?: Array<{ id: string; errors?: unknown[] }> };
  const analyseErrors = (analysed.modules ?? []).flatMap((m) =>
    (m.errors ?? []).map((e) => `${m.id}: ${String((e as { message?: string }).message ?? e)}`),
  );
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uh-ci-')), 'compiled.zip');
  const files = (await ci.getCompiledResult(
    { project, version: '0.0.0', setting: { useProjectConfig: true } },
    zip,
  )) as Record<string, string | Buffer>;
  fs.rmSync(path.dirname(zip), { recursive: true, force: true });
  const app = JSON.parse(String(files['app.json'])) as { subPackages?: Array<{ root: string }> };
  const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/?$/, '/'));
  const packages: Record<string, number> = { main: 0 };
  for (const [name, content] of Object.entries(files)) {
    const pkg = roots.find((r) => name.startsWith(r)) ?? 'main';
    packages[pkg] = (packages[pkg] ?? 0) + Buffer.byteLength(content);
  }
  return { compiledFiles: Object.keys(files).length, packages, quality, analyseErrors };
}

if (require.main === module) {
  // The module logs its progress and its failed network calls to stdout: keep ours on a line of its own.
  main()
    .then((report) => {
      process.stdout.write(`\nCI_REPORT ${JSON.stringify(report)}\n`);
      process.exit(0);
    })
    .catch((err: unknown) => {
      process.stdout.write(
        `\nCI_REPORT ${JSON.stringify({ compiledFiles: 0, packages: {}, quality: [], analyseErrors: [], error: String((err as Error)?.stack ?? err) })}\n`,
      );
      process.exit(0);
    });
}
