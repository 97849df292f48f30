/**
 * A functions folder for one benchmark run: a copy of dist/cloudfunctions plus bench fixtures
 * (bench/fixtures/<name>/index.ts + config.json), bundled the way scripts/build-cloud.ts bundles the
 * product's functions, so fixtures and the product run side by side on one host and endpoint.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, DIST } from './paths';

export async function functionsWithFixtures(fixtures: string[]): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-bench-fns-'));
  fs.cpSync(path.join(DIST, 'cloudfunctions'), dir, { recursive: true });
  for (const name of fixtures) {
    const src = path.join(BENCH_DIR, 'fixtures', name);
    const out = path.join(dir, name);
    fs.mkdirSync(out, { recursive: true });
    await build({
      entryPoints: [path.join(src, 'index.ts')],
      outfile: path.join(out, 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node16',
      external: ['wx-server-sdk'],
      logLevel: 'warning',
    });
    fs.copyFileSync(path.join(src, 'config.json'), path.join(out, 'config.json'));
    fs.writeFileSync(
      path.join(out, 'package.json'),
      JSON.stringify({ name, main: 'index.js', dependencies: { 'wx-server-sdk': '4.0.2' } }),
    );
  }
  return dir;
}
