/**
 * Issue 16, items 4 and 5 over the local server, written as the attacks: system actions called
 * without identity (a cross-origin `text/plain` POST, a loopback call without a persona, a Timer-
 * shaped event from a phone), a DNS-rebound Host, and input nested 5,000 deep. Each is refused,
 * writes nothing, and no answer carries a stack or a server path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { startServer, type RunningServer } from '../../emulator';
import { publicErrMsg } from '../../emulator/server';
import { COLLECTIONS } from '../../domain/collections';
import { personaList } from '../../demo/personas';
import { PERSONAS } from '../../demo/union';
import { startTestCloud, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
let server: RunningServer;
let h5Dir: string;

const snapshot = () => JSON.stringify(Object.keys(COLLECTIONS).map((c) => [c, cloud.dump(c)]));

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
  h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-h5-'));
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>t</title>');
  server = await startServer({ host: cloud.host, port: 0, h5Dir, personas: personaList });
});
afterAll(async () => {
  await server.close();
  await cloud.close();
  fs.rmSync(h5Dir, { recursive: true, force: true });
});

/** A raw request, so the test can set the headers a browser or a rebinding page would send. */
function request(p: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const url = new URL(server.url + p);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const NO_INTERNALS = /\bat .+:\d+|\/work\/|node_modules|\.ts:\d|\.js:\d/;

describe('system actions without identity', () => {
  it.each([
    ['quiz', 'markOverdue'],
    ['notice', 'drainQueue'],
  ])('%s.%s: a cross-origin text/plain POST never reaches the function', async (fn, action) => {
    const before = snapshot();
    const body = JSON.stringify({ action, input: {} });
    expect((await request(`/api/functions/${fn}`, body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect(
      (await request(`/api/functions/${fn}`, body, { 'content-type': 'text/plain', origin: 'https://evil.example' }))
        .status,
    ).toBe(403);
    expect((await request(`/api/functions/${fn}`, body, { ...json, origin: 'https://evil.example' })).status).toBe(403);
    expect((await request(`/api/functions/${fn}`, body, { ...json, origin: 'null' })).status).toBe(403);
    expect(snapshot()).toBe(before);
  });

  it.each([
    ['quiz', 'markOverdue', 'markOverdue'],
    ['notice', 'drainQueue', 'drain'],
  ])(
    '%s.%s: a loopback JSON call without a persona, or a Timer-shaped event from a phone, is FORBIDDEN',
    async (fn, action, trigger) => {
      const before = snapshot();
      const anon = await request(`/api/functions/${fn}`, JSON.stringify({ action, input: {} }), json);
      expect(JSON.parse(anon.text)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const timer = await request(`/api/functions/${fn}`, JSON.stringify({ Type: 'Timer', TriggerName: trigger }), {
        ...json,
        'x-dev-openid': PERSONAS.admin.openid,
      });
      expect(JSON.parse(timer.text)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(snapshot()).toBe(before);
      // The real timer still runs it.
      const fired = await cloud.host.fireTrigger(fn, trigger);
      expect(fired.ok && (fired.result as { ok: boolean }).ok).toBe(true);
    },
  );

  it('a DNS-rebound Host is refused before anything runs', async () => {
    const before = snapshot();
    const res = await request('/api/functions/member', JSON.stringify({ action: 'getMe', input: {} }), {
      ...json,
      host: 'evil.example:8787',
      'x-dev-openid': PERSONAS.admin.openid,
    });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain(PERSONAS.admin.name);
    expect(snapshot()).toBe(before);
  });

  it('the dev stand-ins take JSON only: a cross-site form cannot grant quota or upload', async () => {
    expect(
      (
        await request('/api/dev/subscribe', 'openid=o-worker-liu&templateIds=x', {
          'content-type': 'application/x-www-form-urlencoded',
        })
      ).status,
    ).toBe(415);
    expect((await request('/api/dev/upload', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
  });
});

describe('hostile input', () => {
  it('nested 5,000 deep: BAD_REQUEST, small, without a stack or a path', async () => {
    const before = snapshot();
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const actions: Record<string, string> = {
      member: 'getMe',
      quiz: 'getWrongBook',
      event: 'listOpen',
      notice: 'listMine',
      quizAdmin: 'listQuestions',
      eventAdmin: 'listEvents',
      training: 'getProgress',
      trainingAdmin: 'getRollup',
      voice: 'listMine',
      voiceAdmin: 'exportRequests',
    };
    for (const [fn, action] of Object.entries(actions)) {
      const res = await request(`/api/functions/${fn}`, `{"action":"${action}","input":${deep}}`, {
        ...json,
        'x-dev-openid': PERSONAS.worker.openid,
      });
      expect(res.text.length).toBeLessThan(64 * 1024);
      expect(res.text).not.toMatch(NO_INTERNALS);
      const env = JSON.parse(res.text);
      expect(env.ok).toBe(false);
      expect(env.error.code).toBe('BAD_REQUEST');
    }
    expect(snapshot()).toBe(before);
  });

  it('a 30,000-item array of bad values: the first 20 issues and their count', async () => {
    const before = snapshot();
    const res = await request(
      '/api/functions/notice',
      JSON.stringify({
        action: 'save',
        input: {
          title: 't',
          category: '通知',
          blocks: Array.from({ length: 30_000 }, () => ({})),
          audience: { units: ['u-branch'] },
        },
      }),
      {
        ...json,
        'x-dev-openid': PERSONAS.admin.openid,
      },
    );
    expect(res.text.length).toBeLessThan(64 * 1024);
    const env = JSON.parse(res.text);
    expect(env.error.code).toBe('BAD_REQUEST');
    expect(env.error.issues).toHaveLength(20);
    expect(env.error.issueCount).toBeGreaterThanOrEqual(30_000);
    expect(snapshot()).toBe(before);
  });

  it('a failed call’s WeChat message keeps its first line, never the stack or a server path', () => {
    expect(publicErrMsg('Error: kaput\n    at main (/work/app/dist/cloudfunctions/quiz/index.js:12:5)')).toBe(
      'Error: kaput',
    );
    expect(publicErrMsg("Cannot find module '/work/app/dist/cloudfunctions/x/index.js'")).not.toMatch(/\/work\//);
  });
});
