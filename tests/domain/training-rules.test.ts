/** The pure rules behind study hours: what a member owes from layered plans, and where they stand. */
import {
  inheritedRows,
  looseningProblems,
  normalisePlanRows,
  requirementOf,
  type PlanTerms,
} from '../../domain/rules/training-plan';
import { addStanding, completionOf, emptyTotals, standingOf } from '../../domain/rules/training-progress';
import { codeFromBytes, formatCode, normaliseCode } from '../../domain/rules/training-certificate';
import { zeroHours, type HoursBySubject } from '../../domain/rules/training-subjects';

const h = (x: Partial<HoursBySubject>): HoursBySubject => ({ ...zeroHours(), ...x });
const branch: PlanTerms = {
  unitId: 'b',
  unitLevel: 1,
  deadline: 1000,
  rows: [{ role: 'cadre', level: 3, hours: h({ law: 8, policy: 4 }) }],
};
const brigade: PlanTerms = {
  unitId: 'g',
  unitLevel: 2,
  deadline: 900,
  rows: [{ role: 'cadre', level: 3, hours: h({ law: 10, policy: 4, counselling: 2 }) }],
};

describe('requirementOf', () => {
  it.each([
    ['no plan', [], 'cadre', 3, h({}), null],
    ['the branch alone', [branch], 'cadre', 3, h({ law: 8, policy: 4 }), 1000],
    [
      'tightened below: the most of each, the earliest deadline',
      [branch, brigade],
      'cadre',
      3,
      h({ law: 10, policy: 4, counselling: 2 }),
      900,
    ],
    ['an audience no row names owes nothing', [branch, brigade], 'worker', 3, h({}), 900],
    [
      'admins count as organizers',
      [{ ...branch, rows: [{ role: 'organizer', level: 1, hours: h({ business: 3 }) }] }],
      'admin',
      1,
      h({ business: 3 }),
      1000,
    ],
  ] as const)('%s', (_name, plans, role, level, hours, deadline) => {
    const r = requirementOf(plans as unknown as PlanTerms[], role, level);
    expect(r.hours).toEqual(hours);
    expect(r.deadline).toBe(deadline);
  });
});

describe('looseningProblems', () => {
  it('names every hour below the inherited one and a later deadline', () => {
    const problems = looseningProblems([branch], {
      unitLevel: 2,
      deadline: 1001,
      rows: [{ role: 'cadre', level: 3, hours: h({ law: 7, policy: 4 }) }],
    });
    expect(problems.map((p) => p.path)).toEqual([['deadline'], ['rows', 0, 'hours', 'law']]);
  });
  it('accepts a plan that only tightens', () => {
    expect(looseningProblems([branch], { unitLevel: 2, deadline: 900, rows: brigade.rows })).toEqual([]);
  });
  it('offers the rows the subtree can hold, at the inherited floor', () => {
    const rows = inheritedRows([branch], 2);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.role === 'cadre' && r.level === 3)?.hours).toEqual(h({ law: 8, policy: 4 }));
    expect(normalisePlanRows([{ role: 'cadre', level: 1, hours: h({ law: 1 }) }, ...brigade.rows], 2)).toEqual(
      brigade.rows,
    );
  });
});

describe('standingOf', () => {
  it('counts hours per subject up to what is required; extra in one subject does not make up another', () => {
    const s = standingOf(h({ law: 8, policy: 4 }), h({ law: 12, counselling: 3 }));
    expect(s).toMatchObject({ required: 12, counted: 8, earned: 15, left: 4, done: false });
    expect(completionOf(s)).toBeCloseTo(8 / 12);
    const t = emptyTotals();
    addStanding(t, s);
    addStanding(t, standingOf(h({}), h({})));
    expect(t).toEqual({ members: 2, done: 1, required: 12, counted: 8, left: h({ policy: 4 }) });
  });
});

describe('certificate codes', () => {
  it('are eight characters without look-alikes, read back however they are typed', () => {
    const code = codeFromBytes([0, 1, 2, 3, 29, 30, 31, 255]);
    expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{8}$/);
    expect(normaliseCode(formatCode(code).toLowerCase())).toBe(code);
    expect(normaliseCode('IOU1-0LL0')).toBeNull();
  });
});
