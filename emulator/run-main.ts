import { performance } from 'perf_hooks';
import type { Invocation } from './context';
import { WxErrCode, describeThrown } from './errors';
import { failure, type InvokeOutcome } from './invoke-result';
import type { LoadedFunction } from './loader';

/** WeChat's limit on a function's result: 1 MB of JSON. */
export const RESULT_LIMIT_BYTES = 1024 * 1024;

/**
 * WeChat passes event and result as JSON: Dates become strings, undefined and functions vanish.
 * A value nested too deep for V8's JSON.stringify (a few thousand levels) still reaches a function
 * on WeChat, whose runtime parses the event text (JSON.parse has no such limit): it is copied by
 * the same rules iteratively, so the function meets it as it would in production.
 */
export function jsonRoundTrip(value: unknown): unknown {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (e) {
    if (e instanceof RangeError) return jsonCopyDeep(value);
    throw e;
  }
  return json === undefined ? null : (JSON.parse(json) as unknown);
}

/** JSON.parse(JSON.stringify(value)) without recursion. */
function jsonCopyDeep(value: unknown): unknown {
  const plain = (v: unknown): unknown => {
    const j =
      v && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function'
        ? (v as { toJSON: () => unknown }).toJSON()
        : v;
    if (typeof j === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
    if (typeof j === 'number' && !Number.isFinite(j)) return null;
    return j;
  };
  const skip = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  let root: unknown = null;
  const stack: { src: unknown; put: (v: unknown) => void }[] = [{ src: plain(value), put: (v) => (root = v) }];
  while (stack.length > 0) {
    const { src, put } = stack.pop()!;
    if (src === null || typeof src !== 'object') {
      put(src);
      continue;
    }
    if (Array.isArray(src)) {
      const out: unknown[] = new Array(src.length).fill(null);
      put(out);
      src.forEach((v, i) => {
        const p = plain(v);
        if (!skip(p)) stack.push({ src: p, put: (x) => (out[i] = x) });
      });
      continue;
    }
    const out: Record<string, unknown> = {};
    put(out);
    for (const [k, v] of Object.entries(src)) {
      const p = plain(v);
      if (!skip(p))
        stack.push({
          src: p,
          put: (x) => Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true }),
        });
    }
  }
  return root;
}

/**
 * Runs `main(event, context)` once under WeChat's rules: the config.json timeout (-504003), a thrown
 * error (-504002, with its stack as WeChat shows it), the 1 MB result limit (-604001), and the JSON
 * round trip of the result.
 *
 * The timeout runs on the wall clock minus the time the local database engine spent evaluating
 * requests meanwhile (`engineBusyMs`): that work stands in for the database service's, which on
 * WeChat runs elsewhere and in parallel, and here blocks the whole process. Round trips and waits
 * for held documents count, as on WeChat.
 *
 * On timeout the call is marked abandoned and its result ignored. WeChat would freeze the container;
 * Node cannot stop the JavaScript, so the emulated APIs refuse further work from it (database writes
 * already in flight may still land).
 */
export async function runMain(
  inv: Invocation,
  fn: LoadedFunction,
  payload: unknown,
  env: string,
  engineBusyMs: () => number = () => 0,
): Promise<InvokeOutcome> {
  const seconds = fn.config.timeout;
  const limitMs = seconds * 1000;
  // The SCF context object WeChat passes as main's second argument (the fields code tends to read).
  const context = {
    request_id: inv.requestId,
    function_name: fn.name,
    function_version: '$LATEST',
    namespace: env,
    memory_limit_in_mb: 256,
    time_limit_in_ms: seconds * 1000,
    callbackWaitsForEmptyEventLoop: false,
  };
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  const busyAtStart = engineBusyMs();
  const timedOut = new Promise<InvokeOutcome>((resolve) => {
    const check = () => {
      const charged = performance.now() - started - (engineBusyMs() - busyAtStart);
      if (charged < limitMs) {
        timer = setTimeout(check, limitMs - charged);
        return;
      }
      inv.abandoned = true;
      resolve(failure(WxErrCode.FUNCTION_TIMEOUT, `Invoking task timed out after ${seconds} seconds`));
    };
    timer = setTimeout(check, limitMs);
  });
  const ran = (async (): Promise<InvokeOutcome> => {
    try {
      return serialiseResult(await fn.main(payload, context));
    } catch (e) {
      return failure(WxErrCode.FUNCTION_EXECUTE_FAIL, describeThrown(e));
    }
  })();
  try {
    return await Promise.race([ran, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function serialiseResult(result: unknown): InvokeOutcome {
  let json: string | undefined;
  try {
    json = JSON.stringify(result);
  } catch (e) {
    return failure(WxErrCode.FUNCTION_EXECUTE_FAIL, describeThrown(e));
  }
  // A function that returns nothing answers null.
  if (json === undefined) return { ok: true, result: null };
  const bytes = Buffer.byteLength(json);
  if (bytes > RESULT_LIMIT_BYTES) {
    return failure(WxErrCode.RESULT_SIZE_EXCEEDED, `cloudfunction result size exceed limit (1MB): ${bytes} bytes`);
  }
  return { ok: true, result: JSON.parse(json) as unknown };
}
