/**
 * Study hours at a 20 ms database round trip (a slow day on WeChat's cloud): the organizer's rollup
 * of 2,000 members with a year of ledgers, and the member's 我的学时 page (progress + openNow) and a
 * lesson's finish, which must answer well inside WeChat's 3 s. Requests counted by the emulator,
 * times measured around each call.
 */
import { performance } from 'node:perf_hooks';
import { insertAll } from '../demo/db';
import { PERSONAS } from '../demo/union';
import { DEMO_LESSONS } from '../demo/training-lessons';
import type { Envelope } from '../domain/contract/envelope';
import type { Rollup } from '../domain/contract/training-admin';
import { chinaYear } from '../domain/rules/china-time';
import { STUDY_SUBJECTS, ledgerKeyOf } from '../domain/rules/training-subjects';
import { newLedger } from '../server/training/ledger-doc';
import type { MemberDoc } from '../server/member/repos/members';
import { startTestCloud, type TestCloud } from '../tests/support/cloud';
import { atMost, exactly, info, round, type Benchmark, type Figure } from './figure';
import { withClockAhead } from './support/clock';
import { createMembers } from './support/members';

const MEMBERS = 2000;
const RTT_MS = 20;
/** WeChat's default function timeout: what a member-facing call must stay well under. */
const MEMBER_LIMIT_MS = 3000;

async function timed<T>(
  cloud: TestCloud,
  openid: string,
  fn: string,
  action: string,
  input: unknown,
): Promise<{ data: T; requests: number; ms: number }> {
  const started = performance.now();
  const res = await cloud.host.invoke(fn, { action, input }, { openid, source: 'wx_client' });
  const ms = round(performance.now() - started);
  if (!res.ok) throw new Error(`${fn}.${action}: ${res.errCode} ${res.errMsg}`);
  const env = res.result as Envelope<T>;
  if (!env.ok) throw new Error(`${fn}.${action}: ${env.error.code} ${env.error.message}`);
  return { data: env.data, requests: res.dbRequests, ms };
}

/** A year of ledgers for the crowd: up to four entries each, one member in seven with none. */
async function ledgers(cloud: TestCloud, openids: string[]): Promise<number> {
  const year = chinaYear(Date.now());
  const now = new Date();
  const members = new Map((cloud.dump('members') as unknown as MemberDoc[]).map((m) => [m._id, m]));
  const docs = openids.flatMap((openid, i) => {
    if (i % 7 === 3) return [];
    const m = members.get(openid)!;
    const entries = Array.from({ length: 1 + (i % 4) }, (_, k) => ({
      key: ledgerKeyOf('lesson', `bench-${k}`),
      source: 'lesson' as const,
      refId: `bench-${k}`,
      title: `学习资料${k + 1}`,
      subject: STUDY_SUBJECTS[(i + k) % 4],
      hours: 0.5 * (1 + ((i + k) % 4)),
      at: now,
      proof: '学习5分0秒',
    }));
    return [newLedger(year, { openid, name: m.name, unitId: m.unitId, unitPath: m.unitPath }, entries, now)];
  });
  await insertAll(cloud.db, 'training_ledgers', docs);
  return docs.length;
}

export const bench: Benchmark = async () => {
  const cloud = await startTestCloud({ seed: true });
  const figures: Figure[] = [];
  try {
    const openids = await createMembers(cloud.db, 'trn', MEMBERS);
    const written = await ledgers(cloud, openids);
    console.log(`[training-rollup] ${MEMBERS} members, ${written} ledgers written`);
    const year = chinaYear(Date.now());
    // The emulator's own round-trip knob, raised once the functions are warm.
    const rtt = { set: (ms: number) => void (cloud.host.engine.roundTripMs = ms) };
    // A first call at 0 ms loads each function, so the timings below are warm calls.
    await timed(cloud, PERSONAS.admin.openid, 'trainingAdmin', 'getRollup', { year });
    await timed(cloud, PERSONAS.cadre.openid, 'training', 'getProgress', {});
    rtt.set(RTT_MS);

    const rollup = await timed<Rollup>(cloud, PERSONAS.admin.openid, 'trainingAdmin', 'getRollup', { year });
    const everyone = (cloud.dump('members') as unknown as MemberDoc[]).filter((m) => m.status === 'verified').length;
    figures.push(
      info(
        `training rollup of ${MEMBERS.toLocaleString('en-US')} members: db requests`,
        rollup.requests,
        'requests',
        'members in 3 pages, ledgers by id in parallel batches of 500',
      ),
      info(
        `training rollup of ${MEMBERS.toLocaleString('en-US')} members at ${RTT_MS} ms round trip`,
        rollup.ms,
        'ms',
        `the whole union (${rollup.data.total.members} members)`,
      ),
      exactly(
        'training rollup: members counted',
        rollup.data.total.members,
        'members',
        everyone,
        'every verified member, once',
      ),
    );

    const progress = await timed(cloud, PERSONAS.cadre.openid, 'training', 'getProgress', {});
    const openNow = await timed(cloud, PERSONAS.cadre.openid, 'training', 'listOpenNow', {});
    figures.push(
      atMost(
        '我的学时 page: db requests (progress + openNow, each)',
        Math.max(progress.requests, openNow.requests),
        'requests',
        4,
        `progress ${progress.requests}, openNow ${openNow.requests}; called in parallel`,
      ),
      atMost(
        `我的学时 page at ${RTT_MS} ms round trip (slower of the two calls)`,
        Math.max(progress.ms, openNow.ms),
        'ms',
        MEMBER_LIMIT_MS,
        `progress ${progress.ms} ms, openNow ${openNow.ms} ms`,
      ),
    );

    const lessonId = DEMO_LESSONS[2].id;
    const started = await timed<{ session: string; startedAt: number; finishableAt: number }>(
      cloud,
      PERSONAS.cadre.openid,
      'training',
      'startLesson',
      { lessonId },
    );
    const finish = await withClockAhead(started.data.finishableAt - started.data.startedAt + 1000, () =>
      timed<{ outcome: string }>(cloud, PERSONAS.cadre.openid, 'training', 'finishLesson', {
        lessonId,
        session: started.data.session,
      }),
    );
    figures.push(
      atMost(
        `finishLesson at ${RTT_MS} ms round trip`,
        finish.ms,
        'ms',
        MEMBER_LIMIT_MS,
        `${finish.requests} db requests, outcome ${finish.data.outcome}`,
      ),
      info(`startLesson at ${RTT_MS} ms round trip`, started.ms, 'ms', `${started.requests} db requests`),
    );
  } finally {
    await cloud.close();
  }
  return figures;
};
