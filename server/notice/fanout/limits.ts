/**
 * Sizes and times of the send queue, chosen against the function's 3 s timeout (config.json, WeChat's
 * default): a drain run stops taking work after DRAIN_BUDGET_MS, and one page (PAGE_SIZE members,
 * SEND_CONCURRENCY sends in flight) takes under a second at a 20 ms database round trip, so a run ends
 * before the timeout; the rest is done by the next run it starts.
 * A lease is longer than the timeout, so a page is never worked twice at once, and a page whose run
 * died is retried 15 s later.
 */
export const PAGE_SIZE = 100;
export const SEND_CONCURRENCY = 20;
export const DRAIN_BUDGET_MS = 1_000;
/** How long a publish spends queueing before it hands the rest of a large audience to the drain. */
export const PUBLISH_ENQUEUE_MS = 1_000;
export const LEASE_MS = 15_000;
/** Pages a run reads per query; it claims them one by one. */
export const CLAIM_BATCH = 5;
/** Scheduled notices a run puts live at most (the next run takes the rest). */
export const DUE_BATCH = 10;
/** How long a run waits for its re-invocation to be on its way before returning. */
export const KICK_GRACE_MS = 150;
/** Members read per request when building the queue. */
export const AUDIENCE_READ = 1000;
