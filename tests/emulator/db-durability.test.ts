/**
 * Every write the SDK saw acknowledged survives the process being killed (SIGKILL, no shutdown), and
 * the database file opens cleanly afterwards.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { openEngine } from '../../emulator/db';

const ROOT = path.resolve(__dirname, '..', '..');

/** The writer: real SDK + engine on a file, printing each acknowledged _id synchronously. */
function childSource(): string {
  return `
import fs from 'fs';
import { installDatabaseTransport, openEngine } from ${JSON.stringify(path.join(ROOT, 'emulator', 'db'))};

const engine = openEngine({ file: process.argv[2] });
engine.ensureCollections({ items: { indexes: [{ name: 'i', keys: { i: 1 } }] } });
installDatabaseTransport(engine);
const cloud = require(require.resolve('wx-server-sdk', { paths: [${JSON.stringify(ROOT)}] }));
cloud.init({ env: 'local' });
const db = cloud.database();
const _ = db.command;

(async () => {
  for (let i = 0; ; i++) {
    const { _id } = await db.collection('items').add({ data: { i, at: new Date(), payload: 'x'.repeat(300) } });
    if (i % 5 === 0) await db.collection('items').doc(_id).update({ data: { touched: _.inc(1) } });
    fs.writeSync(1, _id + '\\n'); // acknowledged: printed only after add() resolved
  }
})();
`;
}

test('acknowledged writes survive SIGKILL', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-db-durability-'));
  const file = path.join(dir, 'cloud.sqlite');
  const script = path.join(dir, 'writer.ts');
  fs.writeFileSync(script, childSource());

  const child = spawn(process.execPath, ['--import', 'tsx', script, file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));

  // Kill about a second after the first acknowledged write.
  const started = Date.now();
  while (!out.includes('\n')) {
    if (Date.now() - started > 20_000 || child.exitCode !== null) throw new Error(`writer did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 1000));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  const acknowledged = out.split('\n').slice(0, -1); // the last piece may be a half-written line
  expect(acknowledged.length).toBeGreaterThan(50);

  const check = new Database(file);
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  check.close();

  const engine = openEngine({ file });
  const stored = new Map(engine.dump('items').map((d) => [d._id, d]));
  const lost = acknowledged.filter((id) => !stored.has(id));
  expect(lost).toEqual([]);

  console.log(
    `durability: ${acknowledged.length} acknowledged writes before SIGKILL, ${stored.size} stored, none lost`,
  );
  // The updates acknowledged before each print are there too.
  const touched = acknowledged.map((id) => stored.get(id)).filter((d) => d && (d.i as number) % 5 === 0);
  expect(touched.every((d) => d?.touched === 1)).toBe(true);
  engine.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
