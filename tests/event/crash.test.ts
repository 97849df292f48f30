/**
 * A promotion survives a crash: the server (a child process running the local product on a
 * file-backed database) is killed right after a cancel's promotion commits and before anything
 * else happens. After a restart, the promoted member is told exactly once: one in-app message and
 * one subscription message, whoever reads first and however often.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PERSONAS } from '../../demo/union';
import { templateIdOf } from '../../domain/templates';
import { eventInput } from './support';

jest.setTimeout(120_000);

const admin = PERSONAS.admin.openid;
const worker = PERSONAS.worker.openid;
const worker2 = PERSONAS.worker2.openid;
const SERVER = path.join(__dirname, 'crash', 'server.ts');

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

function start(dataDir: string, mode: 'crash' | 'normal'): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, dataDir, mode], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url, exited });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

async function call(
  url: string,
  openid: string,
  fn: string,
  action: string,
  input: unknown,
): Promise<{ ok: boolean; data?: any; error?: { code: string } }> {
  const res = await fetch(`${url}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body: JSON.stringify({ action, input }),
  });
  return (await res.json()) as { ok: boolean; data?: any; error?: { code: string } };
}

async function ok(url: string, openid: string, fn: string, action: string, input: unknown): Promise<any> {
  const env = await call(url, openid, fn, action, input);
  if (!env.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(env.error)}`);
  return env.data;
}

let dataDir: string;
let running: Running | undefined;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-crash-'));
});

afterAll(async () => {
  if (running && running.child.exitCode === null) {
    running.child.kill('SIGTERM');
    await running.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('tells a member promoted just before a crash exactly once after the restart', async () => {
  running = await start(dataDir, 'crash');
  const { url } = running;
  const created = await ok(
    url,
    admin,
    'event',
    'create',
    eventInput({ capacity: 1, waitlistSize: 1, title: '崩溃测试' }),
  );
  const eventId: string = created.id;
  await ok(url, admin, 'event', 'publish', { eventId });
  expect((await ok(url, worker, 'event', 'signUp', { eventId, answers: [] })).state).toBe('confirmed');
  expect((await ok(url, worker2, 'event', 'signUp', { eventId, answers: [] })).state).toBe('waitlisted');
  // worker2 allows one promotion message (WeChat's side, then ours).
  await fetch(`${url}/api/dev/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid: worker2, templateIds: [templateIdOf('waitlist_promoted')] }),
  });
  await ok(url, worker2, 'notice', 'recordSubscriptions', { accepted: ['waitlist_promoted'] });

  // The cancel promotes worker2, and the server dies the moment that promotion is committed.
  await expect(call(url, worker, 'event', 'cancel', { eventId })).rejects.toThrow();
  expect(await running.exited).toBeNull();

  running = await start(dataDir, 'normal');
  const after = running.url;
  // Nothing was sent before the crash.
  expect(await (await fetch(`${after}/api/dev/outbox?touser=${worker2}`)).json()).toHaveLength(0);

  // The promoted member's next read delivers what the promotion promised; later reads add nothing.
  const detail = await ok(after, worker2, 'event', 'getEvent', { eventId });
  expect(detail.registration).toMatchObject({ state: 'confirmed' });
  await ok(after, admin, 'event', 'listRegistrations', { eventId, page: 1, pageSize: 20 });
  await ok(after, worker2, 'event', 'getEvent', { eventId });
  await ok(after, worker2, 'event', 'listMine', {});

  const messages = await ok(after, worker2, 'member', 'listMessages', { page: 1, pageSize: 50 });
  const promoted = messages.items.filter((m: { kind: string }) => m.kind === 'waitlist_promoted');
  expect(promoted).toHaveLength(1);
  const sends = (await (await fetch(`${after}/api/dev/outbox?touser=${worker2}`)).json()) as { templateId: string }[];
  expect(sends.filter((s) => s.templateId === templateIdOf('waitlist_promoted'))).toHaveLength(1);
  // The cancel itself stood: worker's place went to worker2, once.
  expect((await ok(after, worker, 'event', 'getEvent', { eventId })).registration).toMatchObject({
    state: 'cancelled',
  });
  const editor = await ok(after, admin, 'event', 'getEditor', { eventId });
  expect(editor.event.seats).toMatchObject({ confirmed: 1, waitlisted: 0, promotions: 1 });
});
