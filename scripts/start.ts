/** `npm start`: build what is stale, start the local cloud with the demo union, print the URL. */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startLocal } from './local';
import { personaList } from '../demo/personas';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function h5IsStale(): boolean {
  const index = path.join(ROOT, 'dist', 'h5', 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return ['src', 'domain', 'config'].some((d) => newestMtime(path.join(ROOT, d)) > built);
}

async function main(): Promise<void> {
  const run = (cmd: string) => execSync(cmd, { cwd: ROOT, stdio: 'inherit' });
  run('npm run build:cloud');
  if (h5IsStale()) run('npm run build:h5');
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? '.data');
  fs.mkdirSync(dataDir, { recursive: true });
  const port = process.env.PORT ? Number(process.env.PORT) : 8787;
  const local = await startLocal({ dataDir, port, seed: true });
  console.log('');
  console.log(`工会娘家人 running at ${local.url}  (data: ${dataDir}${local.seeded ? ', demo union loaded' : ''})`);
  console.log('Sign in on the page as one of:');
  for (const p of personaList()) console.log(`  ${p.name.padEnd(4, '　')} ${p.role.padEnd(5, '　')} ${p.unit}${p.note ? ` · ${p.note}` : ''}  (${p.openid})`);
  console.log('Stop with Ctrl+C. `npm run reset` wipes the local data.');
  const stop = async () => {
    await local.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
