/**
 * `npm run bench`: builds what the figures need, runs every benchmark in sequence (each in its own
 * process, within a time budget), prints one table and writes bench/results.json. It reports; it
 * never fails on a slow machine (exit code 0 unless this harness itself crashes).
 *
 *   npm run bench                      everything (about 5 minutes on 2 cores)
 *   npm run bench -- --readme          also writes the table into README.md's Benchmarks section
 *   BENCH_ONLY=signup-rush,quiz-rush   run only these benchmarks (development)
 *   BENCH_SKIP_BUILD=1                 use the existing dist/ (development)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { errorFigure, round, type Figure } from './figure';
import { build } from './support/build';
import { BENCH_DIR, ROOT } from './support/paths';
import { formatMarkdown, formatTable } from './support/table';

/** Each benchmark with the time it may take here before it is stopped and reported as an error. */
const BENCHMARKS: { name: string; budgetS: number }[] = [
  { name: 'package-size', budgetS: 30 },
  { name: 'db-requests', budgetS: 90 },
  { name: 'page-calls', budgetS: 120 },
  { name: 'tap-counts', budgetS: 240 },
  { name: 'signup-rush', budgetS: 300 },
  { name: 'quiz-rush', budgetS: 300 },
  { name: 'notice-fanout', budgetS: 150 },
  { name: 'big-reads', budgetS: 120 },
  { name: 'training-rollup', budgetS: 120 },
];

const BUILDS = ['build:cloud', 'build:weapp', 'build:h5'];

function runBenchmark(name: string, budgetS: number): Figure[] {
  const out = path.join(os.tmpdir(), `uh-bench-${process.pid}-${name}.json`);
  fs.rmSync(out, { force: true });
  const started = performance.now();
  // tsx as a loader in this one process (its CLI would start a grandchild that a timeout cannot stop).
  const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'support', 'child.ts'), name, out], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: budgetS * 1000,
    killSignal: 'SIGKILL',
  });
  const seconds = round((performance.now() - started) / 1000);
  if (fs.existsSync(out)) {
    const figures = JSON.parse(fs.readFileSync(out, 'utf8')) as Figure[];
    fs.rmSync(out, { force: true });
    console.log(`bench: ${name} done in ${seconds} s`);
    return figures;
  }
  const why =
    res.error?.message.includes('ETIMEDOUT') || res.signal === 'SIGKILL'
      ? `stopped after its ${budgetS} s budget`
      : `exited ${res.status ?? res.signal} without figures`;
  return [errorFigure(name, why)];
}

function updateReadme(figures: Figure[], wallS: number): void {
  const readme = path.join(ROOT, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) {
    console.error('bench: README.md has no bench:start/bench:end markers; not updated');
    return;
  }
  const stamp = `Last run: ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.versions.node}, ${wallS} s in all.`;
  fs.writeFileSync(
    readme,
    `${text.slice(0, i + start.length)}\n${stamp}\n\n${formatMarkdown(figures)}\n${text.slice(j)}`,
  );
  console.log('bench: README.md Benchmarks table updated');
}

function main(): void {
  const started = performance.now();
  const only = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const figures: Figure[] = [];
  if (!process.env.BENCH_SKIP_BUILD) {
    for (const script of BUILDS) {
      console.log(`bench: npm run ${script}`);
      figures.push(build(script));
    }
  }
  for (const b of BENCHMARKS) {
    if (only.length && !only.includes(b.name)) continue;
    console.log(`bench: ${b.name} (budget ${b.budgetS} s)`);
    figures.push(...runBenchmark(b.name, b.budgetS));
  }
  const wallS = round((performance.now() - started) / 1000);
  const results = {
    ranAt: new Date().toISOString(),
    wallSeconds: wallS,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryGiB: round(os.totalmem() / 2 ** 30),
      node: process.versions.node,
    },
    figures,
  };
  fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${formatTable(figures)}\n`);
  const failed = figures.filter((f) => f.pass === false).length;
  console.log(
    `bench: ${figures.length} figures, ${failed} short of their goal or in error, ${wallS} s in all; written to bench/results.json`,
  );
  if (process.argv.includes('--readme')) updateReadme(figures, wallS);
}

main();
