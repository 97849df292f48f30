/**
 * The database on a thread of its own (emulator/db/threaded.ts, what `npm start` and the bench run)
 * through the real wx-server-sdk: the same conformance and error-string tests as the in-thread
 * engine, so the two can never answer differently. Each file keeps its own engine in its block.
 */
process.env.TEST_DB_THREAD = '1';

describe('conformance, threaded', () => {
  require('./db-conformance.test');
});
describe('WeChat error strings, threaded', () => {
  require('./wechat-errors.test');
});
