/** `npm start`: build what is stale, start the local cloud with the demo union, print the URL. */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startLocal } from './local';
import { msSetting } from '../emulator';
import { personaList } from '../demo/personas';

/** The round trip `npm start` gives each database request unless UNION_DB_RTT_MS says otherwise. */
const DEFAULT_DB_RTT_MS = 10;

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
  // WeChat's database is a network service (10-30 ms a request): the local one costs as much, so a
  // page that makes too many requests feels slow here too. UNION_DB_RTT_MS=0 turns it off.
  const dbRttMs = msSetting(
    process.env.UNION_DB_RTT_MS === undefined ? DEFAULT_DB_RTT_MS : undefined,
    'UNION_DB_RTT_MS',
  );
  const local = await startLocal({ dataDir, port, seed: true, dbRttMs });
  console.log('');
  console.log(`工会娘家人 running at ${local.url}  (data: ${dataDir}${local.seeded ? ', demo union loaded' : ''})`);
  const fnRttMs = msSetting(undefined, 'UNION_FN_RTT_MS');
  console.log(
    `Database round trip: ${dbRttMs} ms per request (±30%; set UNION_DB_RTT_MS, 0 for none)${fnRttMs ? `; function call overhead ${fnRttMs} ms (UNION_FN_RTT_MS)` : ''}`,
  );
  console.log('Sign in on the page as one of:');
  for (const p of personaList())
    console.log(
      `  ${p.name.padEnd(4, '　')} ${p.role.padEnd(5, '　')} ${p.unit}${p.note ? ` · ${p.note}` : ''}  (${p.openid})`,
    );
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
