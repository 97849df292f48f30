import cloud = require('wx-server-sdk');

/**
 * The SDK, initialised once per function instance. DYNAMIC_CURRENT_ENV makes the function use the
 * environment it is deployed in, so no env id is baked into server code.
 * `import x = require()` keeps the SDK's own module object (not a copy), which is what WeChat runs.
 */
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export { cloud };

export type Database = ReturnType<typeof cloud.database>;
let database: Database | undefined;

/** The database, opened so that doc(id).get() of a missing id returns null data instead of throwing. */
export function db(): Database {
  database ??= cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0]);
  return database;
}
