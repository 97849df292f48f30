/**
 * The one place the WeChat cloud environment id is set for the mini-program.
 * Either edit DEFAULT_CLOUD_ENV or build with UNION_CLOUD_ENV=<your-env-id>. Cloud functions use
 * cloud.DYNAMIC_CURRENT_ENV, so they need no setting.
 */
const DEFAULT_CLOUD_ENV = 'your-env-id';

export const CLOUD_ENV = process.env.UNION_CLOUD_ENV ?? DEFAULT_CLOUD_ENV;
