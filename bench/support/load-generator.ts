/**
 * The phones of a rush, in a process of their own. The local cloud is one Node process that runs
 * the functions, the database engine and the HTTP server; a load generator in that same process
 * would spend the server's only thread on building 1,000 requests and parsing 1,000 answers, which
 * no phone does to a real cloud. So the rush benchmarks fork this file (tsx as a loader), hand it
 * the calls, and get back each call's answer and timings, measured where the phones are.
 *
 *   const phones = await startLoadGenerator(port, 256);
 *   const { answers, wallMs } = await phones.rush([{ fn: 'event', openid, event }, ...]);
 */
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { functionClient, type CallResult } from './http';

export interface PlannedCall {
  fn: string;
  openid: string;
  event: unknown;
}

export interface RushAnswer<T> {
  openid: string;
  res: CallResult<T> | null;
  /** The transport failure, when the HTTP call itself failed. */
  failed?: string;
}

export interface LoadGenerator {
  /** Issues every call at once (the socket pool bounds what is in flight) and waits for all. */
  rush<T>(calls: PlannedCall[]): Promise<{ answers: RushAnswer<T>[]; wallMs: number }>;
  close(): void;
}

type Request = { id: number; calls: PlannedCall[] };
type Reply = { id: number; answers: RushAnswer<unknown>[]; wallMs: number };

export async function startLoadGenerator(port: number, sockets: number): Promise<LoadGenerator> {
  const child: ChildProcess = fork(__filename, [String(port), String(sockets)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`load generator exited (${code}) before it was ready`)));
  });
  let next = 0;
  const pending = new Map<number, (r: Reply) => void>();
  child.on('message', (m) => {
    const reply = m as Reply;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  return {
    rush<T>(calls: PlannedCall[]) {
      return new Promise<{ answers: RushAnswer<T>[]; wallMs: number }>((resolve) => {
        const id = ++next;
        pending.set(id, (r) => resolve({ answers: r.answers as RushAnswer<T>[], wallMs: r.wallMs }));
        child.send({ id, calls } satisfies Request);
      });
    },
    close: () => child.kill(),
  };
}

/** The child: one HTTP client, one rush at a time, as the parent asks. */
function serve(port: number, sockets: number): void {
  const client = functionClient(port, sockets);
  process.on('message', async (m) => {
    const { id, calls } = m as Request;
    const started = performance.now();
    const answers = await Promise.all(
      calls.map(async ({ fn, openid, event }): Promise<RushAnswer<unknown>> => {
        try {
          return { openid, res: await client.call(fn, openid, event) };
        } catch (e) {
          return { openid, res: null, failed: String(e instanceof Error ? e.message : e) };
        }
      }),
    );
    process.send?.({ id, answers, wallMs: performance.now() - started } satisfies Reply);
  });
  process.on('disconnect', () => {
    client.close();
    process.exit(0);
  });
  process.send?.('ready');
}

if (require.main === module) serve(Number(process.argv[2]), Number(process.argv[3]));
