/**
 * The local product as `npm start` runs it (scripts/local.ts: file-backed SQLite in `dataDir`, the
 * built functions, the HTTP server), in a child process the crash test can kill. With `crash`, the
 * process SIGKILLs itself right after the database commits a promotion (a waiting registration
 * moved to confirmed), before the function that made it takes another step: the moment a real
 * timeout or crash would hurt most. Prints `{"url": ...}` once listening.
 */
import { startLocal } from '../../../scripts/local';

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2);
  const local = await startLocal({ dataDir, port: 0, seed: true });
  if (mode === 'crash') {
    const engine = local.host.engine;
    const handle = engine.handle.bind(engine);
    engine.handle = async (action, params) => {
      const res = (await handle(action, params)) as { data?: { updated?: number } };
      const p = params as { collectionName?: string; data?: unknown };
      const text = JSON.stringify(p.data ?? '');
      if (
        action === 'database.modifyDocument' &&
        p.collectionName === 'registrations' &&
        text.includes('promotedAt') &&
        res.data?.updated === 1
      ) {
        process.kill(process.pid, 'SIGKILL');
      }
      return res;
    };
  }
  const stop = () => void local.close().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.stdout.write(`${JSON.stringify({ url: local.url })}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
