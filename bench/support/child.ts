/**
 * Runs one benchmark in its own process (`tsx bench/support/child.ts <name> <out.json>`), so the
 * SDK's process-wide patches, a leaked timer or a crash stay with that benchmark, and a budget
 * (the parent's timeout) can stop it. Writes the figures (or an error row) to <out.json>.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorFigure, type Benchmark, type Figure } from '../figure';

async function main(): Promise<void> {
  const [name, out] = process.argv.slice(2);
  let figures: Figure[];
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require(path.join(__dirname, '..', name)) as { bench?: Benchmark };
    if (typeof mod.bench !== 'function') throw new Error(`bench/${name}.ts exports no bench()`);
    figures = await mod.bench();
  } catch (e) {
    console.error(`[${name}]`, e);
    figures = [errorFigure(name, e)];
  }
  fs.writeFileSync(out, JSON.stringify(figures));
}

// The SDK leaves timers running; the figures are written, so end the process.
main().finally(() => process.exit(0));
