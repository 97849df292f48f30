/**
 * The one place the WeChat cloud environment id is read for the mini-program build.
 * `npm run deploy` builds with UNION_CLOUD_ENV from deploy.config.json; a hand build can pass it too
 * (or edit DEFAULT_CLOUD_ENV). Cloud functions use cloud.DYNAMIC_CURRENT_ENV, so they need no setting.
 */
const DEFAULT_CLOUD_ENV = 'your-env-id';

export const CLOUD_ENV = process.env.UNION_CLOUD_ENV ?? DEFAULT_CLOUD_ENV;
