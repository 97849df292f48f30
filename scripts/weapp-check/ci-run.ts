/** Runs ./ci-compile.ts in its own process and turns its report into findings. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CiReport } from './ci-compile';
import type { Finding } from './dist';

/** WeChat's limits per package (2 MB each); our own budgets live in bench/package-size. */
const PACKAGE_LIMIT = 2 * 1024 * 1024;

export function runCiCompile(): CiReport {
  // The module leaves a cache folder in its working directory: give it a throwaway one.
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-ci-run-'));
  try {
    const res = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'ci-compile.ts')], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    const line = (res.stdout ?? '').split('\n').find((l) => l.startsWith('CI_REPORT '));
    if (!line) {
      return {
        compiledFiles: 0,
        packages: {},
        quality: [],
        analyseErrors: [],
        error: `miniprogram-ci gave no report (exit ${res.status}): ${(res.stderr ?? '').slice(-2000)}`,
      };
    }
    return JSON.parse(line.slice('CI_REPORT '.length)) as CiReport;
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export function ciFindings(report: CiReport): Finding[] {
  if (report.error) return [{ check: 'miniprogram-ci compile', ok: false, detail: report.error }];
  const oversized = Object.entries(report.packages).filter(([, bytes]) => bytes > PACKAGE_LIMIT);
  const failedQuality = report.quality.filter((q) => !q.success);
  return [
    {
      check: 'miniprogram-ci compile',
      ok: report.compiledFiles > 0 && oversized.length === 0,
      detail: `${report.compiledFiles} files packed; ${Object.entries(report.packages)
        .map(([p, b]) => `${p.replace(/\/$/, '')} ${kb(b)}`)
        .join(', ')}`,
    },
    {
      check: 'miniprogram-ci checkCodeQuality',
      ok: report.quality.length > 0 && failedQuality.length === 0,
      detail: failedQuality.length
        ? failedQuality.map((q) => `${q.name}: ${q.text}`).join('; ')
        : `${report.quality.length} checks passed`,
    },
    {
      check: 'miniprogram-ci analyseCode',
      ok: report.analyseErrors.length === 0,
      detail: report.analyseErrors.join('; ') || 'no dependency errors',
    },
  ];
}
