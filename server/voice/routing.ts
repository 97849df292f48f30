/**
 * Where a new request goes and what it promises: the writer's grassroots union first, then its
 * brigade, then the branch, each with its own promised working days, chained into deadlines now, so
 * that every later read can tell (without reading settings or the calendar) whether it is overdue.
 */
import { PROMISE_DAYS, planDeadlines } from '../../domain/rules/voice-promise';
import { workCalendar } from '../../domain/rules/voice-working-days';
import type { MemberDoc } from '../member/repos/members';
import { trailOf } from '../member/views';
import type { ChainUnit } from './repos/requests';
import { loadSettings } from './repos/settings';

export interface Route {
  chain: ChainUnit[];
  deadlines: number[];
}

/** One request: the settings of the writer's units and the calendar, read together. */
export async function routeFor(member: MemberDoc, nowMs: number): Promise<Route> {
  const { units, calendar } = await loadSettings(member.unitPath);
  const names = trailOf(member);
  const chain: ChainUnit[] = member.unitPath
    .map((unitId, i) => ({
      unitId,
      name: names[i] ?? unitId,
      days: units.get(unitId)?.promiseDays ?? PROMISE_DAYS.default,
    }))
    .reverse();
  return {
    chain,
    deadlines: planDeadlines(
      nowMs,
      chain.map((c) => c.days),
      workCalendar(calendar),
    ),
  };
}

/** Deadlines again from `stage` on, starting now (a reopened request gets a fresh promise). */
export async function replan(chain: ChainUnit[], old: number[], stage: number, nowMs: number): Promise<number[]> {
  const { calendar } = await loadSettings([]);
  const fresh = planDeadlines(
    nowMs,
    chain.slice(stage).map((c) => c.days),
    workCalendar(calendar),
  );
  return [...old.slice(0, stage), ...fresh];
}
