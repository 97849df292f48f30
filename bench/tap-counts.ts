/**
 * Taps for a member's core tasks, counted by the browser test that performs them (tests/e2e/ui.e2e.ts,
 * "tap counts") on the H5 build bench/run.ts has just made: this run starts that test and reads the
 * counts it writes, so the figures are this run's, never a file left by an earlier one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { atMost, errorFigure, type Benchmark, type Figure } from './figure';
import { ROOT } from './support/paths';

const COUNTS = path.join(ROOT, 'tests', 'e2e', 'artifacts', 'tap-counts.json');

/** Each task the test counts, with the goal issue 18 set for it. */
const GOALS: Record<string, number> = {
  'read the newest notice from home': 1,
  'sign up for an open event from home (no form)': 3,
  'open my check-in code from home': 1,
  'answer a 20-question single-choice paper (from its first question)': 22,
};

export const bench: Benchmark = async () => {
  fs.rmSync(COUNTS, { force: true });
  const res = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
      '-c',
      'jest.e2e.config.js',
      '--runInBand',
      'tests/e2e/ui.e2e.ts',
      '-t',
      'tap counts',
    ],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (res.status !== 0 || !fs.existsSync(COUNTS)) {
    const tail = `${res.stdout}${res.stderr}`.split('\n').filter(Boolean).slice(-3).join(' / ');
    return [errorFigure('taps: core tasks', `the browser test failed: ${tail}`)];
  }
  const counts = JSON.parse(fs.readFileSync(COUNTS, 'utf8')) as Record<string, number>;
  const figures: Figure[] = [];
  for (const [task, goal] of Object.entries(GOALS)) {
    const n = counts[task];
    figures.push(
      typeof n === 'number'
        ? atMost(`taps: ${task}`, n, 'taps', goal, 'counted by the browser test in Chromium, phone size')
        : errorFigure(`taps: ${task}`, 'the browser test did not count it'),
    );
  }
  return figures;
};
