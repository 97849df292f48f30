/**
 * The load generator's HTTP client: keep-alive sockets to 127.0.0.1 only, a bounded pool (256 by
 * default) so thousands of concurrent calls queue in the client as they would behind a gateway.
 * Each call's latency runs from the moment it is issued (queueing for a socket included) to the
 * last byte of the response: what a member in the rush waits.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Envelope } from '../../domain/contract/envelope';

export interface CallResult<T = unknown> {
  status: number;
  envelope: Envelope<T>;
  ms: number;
  /**
   * When the request got its socket and was written (performance.now()): when it reached the
   * server, as far as the client can tell. Arrival order for first-come-first-served checks.
   */
  sentAt: number;
  /** Database requests the server counted (x-db-requests). */
  dbRequests: number;
}

export interface FunctionClient {
  call<T = unknown>(fn: string, openid: string, event: unknown): Promise<CallResult<T>>;
  /** Calls sent a second time after the connection was reset (see RETRYABLE). */
  retries(): number;
  close(): void;
}

/** A keep-alive socket the server closed just as the client reused it: safe to send again once. */
const RETRYABLE = new Set(['ECONNRESET', 'EPIPE']);

export function functionClient(port: number, maxSockets = 256): FunctionClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  let retries = 0;

  function send<T>(fn: string, openid: string, body: Buffer, started: number): Promise<CallResult<T>> {
    return new Promise((resolve, reject) => {
      let sentAt = NaN;
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/functions/${encodeURIComponent(fn)}`,
          agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-dev-openid': openid },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve({
                status: res.statusCode ?? 0,
                envelope: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<T>,
                ms: performance.now() - started,
                sentAt,
                dbRequests: Number(res.headers['x-db-requests'] ?? NaN),
              });
            } catch (e) {
              reject(e);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('socket', () => {
        sentAt = performance.now();
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  return {
    async call<T>(fn: string, openid: string, event: unknown): Promise<CallResult<T>> {
      const body = Buffer.from(JSON.stringify(event));
      const started = performance.now();
      try {
        return await send<T>(fn, openid, body, started);
      } catch (e) {
        // Every action the rushes call is idempotent (signUp, start, saveAnswer, submit), so one resend is safe.
        if (!RETRYABLE.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
        retries += 1;
        return send<T>(fn, openid, body, started);
      }
    },
    retries: () => retries,
    close: () => agent.destroy(),
  };
}
