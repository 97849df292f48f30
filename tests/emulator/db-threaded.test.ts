/**
 * The database on a thread of its own (emulator/db/threaded.ts, what `npm start` and the bench run)
 * through the real wx-server-sdk: the same conformance and error-string tests as the in-thread
 * engine, so the two can never answer differently. Each file keeps its own engine in its block: a
 * file's beforeAll installs its engine for the SDK, so two files in one block would share the last.
 */
process.env.TEST_DB_THREAD = '1';

for (const file of ['./db-conformance.test', './db-conformance-queries.test', './db-conformance-aggregate.test']) {
  describe('conformance, threaded', () => {
    require(file);
  });
}
describe('WeChat error strings, threaded', () => {
  require('./wechat-errors.test');
});
