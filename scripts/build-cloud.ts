/**
 * Builds every cloud function into dist/cloudfunctions/<name>/: one CommonJS bundle (Node 16, the
 * oldest runtime WeChat offers), its package.json (only wx-server-sdk, installed by WeChat on
 * upload) and its config.json (timeout, openapi permissions, triggers).
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'cloudfunctions');
const outDir = path.join(root, 'dist', 'cloudfunctions');
const versionOf = (dep: string): string =>
  (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', dep, 'package.json'), 'utf8')) as { version: string })
    .version;
const SDK_VERSION = versionOf('wx-server-sdk');

/**
 * Server-only libraries installed by WeChat ("云端安装依赖") instead of bundled: a bundle that
 * inlines exceljs is megabytes of cold start. Each function's package.json lists only those it uses.
 */
const INSTALLED_DEPS = ['exceljs'];

export function functionNames(): string[] {
  return fs
    .readdirSync(srcDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'lib' && fs.existsSync(path.join(srcDir, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();
}

/** UNION_TEMPLATE_IDS (a JSON object) as an esbuild define, checked here so a typo fails the build, not a send. */
function templateDefine(): Record<string, string> {
  const raw = process.env.UNION_TEMPLATE_IDS;
  if (!raw) return {};
  const ids: unknown = JSON.parse(raw);
  if (!ids || typeof ids !== 'object' || Array.isArray(ids))
    throw new Error('UNION_TEMPLATE_IDS must be a JSON object');
  return { UNION_TEMPLATE_IDS: JSON.stringify(ids) };
}

async function buildOne(name: string): Promise<{ name: string; bytes: number }> {
  const dir = path.join(outDir, name);
  fs.mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'index.js');
  const result = await build({
    metafile: true,
    entryPoints: [path.join(srcDir, name, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: ['wx-server-sdk', ...INSTALLED_DEPS],
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // Subscription template ids from deploy.config.json, set by `npm run deploy` (see domain/templates.ts).
    define: templateDefine(),
  });
  const imported = new Set(
    Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)),
  );
  const dependencies: Record<string, string> = { 'wx-server-sdk': SDK_VERSION };
  for (const dep of INSTALLED_DEPS) if (imported.has(dep)) dependencies[dep] = versionOf(dep);
  const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const configSrc = path.join(srcDir, name, 'config.json');
  const config = fs.existsSync(configSrc)
    ? JSON.parse(fs.readFileSync(configSrc, 'utf8'))
    : { timeout: 3, permissions: { openapi: [] } };
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  return { name, bytes: fs.statSync(outfile).size };
}

async function run(): Promise<void> {
  const names = functionNames();
  const results = await Promise.all(names.map(buildOne));
  for (const r of results) console.log(`cloud function ${r.name.padEnd(10)} ${(r.bytes / 1024).toFixed(1)} KB`);
}

if (require.main === module) {
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
