/**
 * Database requests per action: every action of every area's contract, measured by a typical call
 * in bench/scenarios/<area>.ts (the dispatcher's member read counts). Actions a scenario does not
 * call are listed as "not measured".
 */
import fs from 'node:fs';
import path from 'node:path';
import { contracts, type Area } from '../domain/contract';
import { startTestCloud } from '../tests/support/cloud';
import { PERSONAS } from '../demo/union';
import { atMost, errorFigure, info, messageOf, notMeasured, type Benchmark, type Figure } from './figure';
import { createKit, type Measurement, type Scenario } from './scenarios/kit';

/** Budgets from the area issues (member read included). Actions not listed are reported without a goal. */
export const DB_REQUEST_GOALS: Readonly<Record<string, number>> = {
  'member.getHome': 6,
  'quiz.start': 4,
  'quiz.saveAnswer': 2,
  'quiz.submit': 4,
  'event.signUp': 4,
  'event.cancel': 5,
  'notice.open': 2,
  // 职工心声 (issue 21): the writer's submit and list, the organizer's queue.
  'voice.submit': 4,
  'voice.listMine': 4,
  'voice.listQueue': 4,
  // 我的学时 (issue 20): two calls, each the member read and one round of three reads.
  'training.getProgress': 4,
  'training.listOpenNow': 4,
};

function loadScenario(area: string): Scenario | undefined {
  const file = path.join(__dirname, 'scenarios', `${area}.ts`);
  if (!fs.existsSync(file)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(file) as { scenario?: Scenario };
  if (typeof mod.scenario !== 'function') throw new Error(`bench/scenarios/${area}.ts exports no scenario`);
  return mod.scenario;
}

function goalText(key: string): string | undefined {
  const g = DB_REQUEST_GOALS[key];
  return g === undefined ? undefined : `≤ ${g}`;
}

function figureOf(key: string, m: Measurement | undefined, failure: string | undefined, from = ''): Figure {
  const label = `db requests: ${key}${from}`;
  const goal = DB_REQUEST_GOALS[key];
  if (!m) {
    if (failure) return errorFigure(label, `scenario stopped before this call: ${failure}`, goalText(key));
    return notMeasured(label, 'no scenario call', goalText(key));
  }
  const worst = Math.max(...m.dbRequests);
  const n = m.dbRequests.length;
  const same = m.dbRequests.every((v) => v === worst);
  const note =
    n === 1
      ? undefined
      : same
        ? `each of ${n} calls`
        : `max of ${n} calls (${m.dbRequests.slice(0, 8).join(', ')}${n > 8 ? ', …' : ''})`;
  return goal === undefined ? info(label, worst, 'requests', note) : atMost(label, worst, 'requests', goal, note);
}

export const bench: Benchmark = async () => {
  const figures: Figure[] = [];
  for (const area of Object.keys(contracts) as Area[]) {
    const actions = Object.keys(contracts[area]);
    const measurements = new Map<string, Measurement>();
    let failure: string | undefined;
    const scenario = loadScenario(area);
    if (!scenario) {
      for (const a of actions)
        figures.push(
          notMeasured(`db requests: ${area}.${a}`, `no bench/scenarios/${area}.ts`, goalText(`${area}.${a}`)),
        );
      continue;
    }
    // The member function's documented bootstrap names the demo admin (as scripts/local.ts does).
    const cloud = await startTestCloud({
      seed: true,
      functionEnv: { member: { ADMIN_OPENIDS: PERSONAS.admin.openid } },
    });
    try {
      await scenario(createKit(cloud, measurements));
    } catch (e) {
      failure = messageOf(e);
      console.error(`[db-requests] ${area}:`, e);
    } finally {
      await cloud.close();
    }
    for (const a of actions) figures.push(figureOf(`${area}.${a}`, measurements.get(`${area}.${a}`), failure));
    // Calls into other areas (e.g. member.getHome measured in a quiz scenario) are not lost.
    for (const [key, m] of measurements)
      if (m.area !== area) figures.push(figureOf(key, m, undefined, ` (in the ${area} scenario)`));
  }
  return figures;
};
