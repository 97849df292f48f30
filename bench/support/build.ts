import { execSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { errorFigure, info, round, type Figure } from '../figure';
import { ROOT } from './paths';

/** Lines of a failed build's output shown on the console (the rest is noise from progress bars). */
const TAIL_LINES = 40;

function outputOf(e: unknown): string {
  const x = e as { stdout?: Buffer | string; stderr?: Buffer | string };
  return `${x.stdout?.toString() ?? ''}\n${x.stderr?.toString() ?? ''}`;
}

/**
 * Runs one npm build script, quietly unless it fails. Several engineers build in this repo at once,
 * so a build that fails because files changed under it is retried once before it becomes an error row.
 */
export function build(script: string): Figure {
  const label = `build time: ${script}`;
  let last: unknown;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const start = performance.now();
    try {
      execSync(`npm run --silent ${script}`, {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 240_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      return info(
        label,
        round((performance.now() - start) / 1000),
        's',
        attempt > 1 ? 'succeeded on the second try' : undefined,
      );
    } catch (e) {
      last = e;
      const tail = outputOf(e)
        .split('\n')
        .filter((l) => l.trim())
        .slice(-TAIL_LINES)
        .join('\n');
      console.error(`bench: ${script} failed (try ${attempt} of 2)\n${tail}`);
    }
  }
  return errorFigure(label, last);
}
