import fs from 'fs';
import os from 'os';
import path from 'path';
import { openEngine, openThreadedEngine, type DbEngine } from '../../emulator/db';

/**
 * The engine a database conformance test runs on: in-thread by default, or on a thread of its own
 * (as `npm start` and the bench run it) when TEST_DB_THREAD=1, which tests/emulator/db-threaded.test.ts
 * sets before running the same tests again.
 */
export function openTestEngine(): DbEngine {
  if (process.env.TEST_DB_THREAD !== '1') return openEngine({ file: ':memory:' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-db-thread-'));
  return openThreadedEngine({ file: path.join(dir, 'cloud.sqlite') });
}
