import { benefitYear, claimIdOf, eligibilityProblem, quotaUnitOf, quotasProblem } from '../../domain/rules/eligibility';
import {
  canCancelAt,
  eventSpanText,
  eventTimeText,
  scheduleProblem,
  signupPhase,
} from '../../domain/rules/event-window';
import { checkAnswers, fieldsProblem, prefillAnswers } from '../../domain/rules/event-form';
import type { FormField } from '../../domain/contract/event-model';

const H = 3_600_000;

describe('sign-up window', () => {
  const e = {
    status: 'published' as const,
    signupOpensAt: 10 * H,
    signupClosesAt: 20 * H,
    endsAt: 40 * H,
    cancelDeadline: 30 * H,
  };
  it.each([
    [5 * H, 'not_open'],
    [10 * H, 'open'],
    [20 * H - 1, 'open'],
    [20 * H, 'closed'],
    [40 * H, 'ended'],
  ])('at %d the phase is %s', (now, phase) => {
    expect(signupPhase(e, now)).toBe(phase);
  });
  it('is closed for good once the organizer closes it, and hidden as a draft', () => {
    expect(signupPhase({ ...e, status: 'closed' }, 15 * H)).toBe('closed');
    expect(signupPhase({ ...e, status: 'draft' }, 15 * H)).toBe('draft');
  });
  it('lets members cancel until the deadline', () => {
    expect(canCancelAt(e, 30 * H - 1)).toBe(true);
    expect(canCancelAt(e, 30 * H)).toBe(false);
  });
  it('checks a schedule', () => {
    const ok = { startsAt: 30 * H, endsAt: 32 * H, signupOpensAt: 0, signupClosesAt: 20 * H, cancelDeadline: 25 * H };
    expect(scheduleProblem(ok)).toBeNull();
    expect(scheduleProblem({ ...ok, endsAt: 29 * H })?.path).toBe('endsAt');
    expect(scheduleProblem({ ...ok, signupClosesAt: 0 })?.path).toBe('signupClosesAt');
    expect(scheduleProblem({ ...ok, cancelDeadline: 33 * H })?.path).toBe('cancelDeadline');
  });
  it('shows times in China time whatever the machine zone', () => {
    const at = Date.UTC(2026, 6, 15, 1, 0); // 09:00 in Beijing
    expect(eventTimeText(at)).toBe('7月15日 09:00');
    expect(eventSpanText(at, at + 2.5 * H)).toBe('7月15日 09:00–11:30');
    expect(eventSpanText(at, at + 24 * H)).toBe('7月15日 09:00 至 7月16日 09:00');
  });
});

describe('eligibility', () => {
  const event = { audienceUnits: ['u-brigade-1'], audienceRoles: ['worker' as const] };
  it('admits verified members of the audience only', () => {
    expect(
      eligibilityProblem(event, {
        status: 'verified',
        role: 'worker',
        unitPath: ['u-branch', 'u-brigade-1', 'u-grass-1'],
      }),
    ).toBeNull();
    expect(
      eligibilityProblem(event, { status: 'pending', role: 'worker', unitPath: ['u-branch', 'u-brigade-1'] })?.code,
    ).toBe('UNAUTHENTICATED');
    // Outside the audience: as if the event did not exist.
    expect(
      eligibilityProblem(event, { status: 'verified', role: 'worker', unitPath: ['u-branch', 'u-brigade-2'] })?.code,
    ).toBe('NOT_FOUND');
    expect(
      eligibilityProblem(event, { status: 'verified', role: 'cadre', unitPath: ['u-branch', 'u-brigade-1'] })?.code,
    ).toBe('NOT_FOUND');
  });
  it('counts a benefit in the China-time year of the event', () => {
    expect(benefitYear(Date.UTC(2026, 11, 31, 17, 0))).toBe(2027); // 01:00 on 1 January in Beijing
    expect(claimIdOf('autumn_aid', 2026, 'o-x')).toBe('autumn_aid_2026_o-x');
  });
  it('finds the quota a member counts against', () => {
    const quotas = [
      { unitId: 'u-brigade-1', limit: 3 },
      { unitId: 'u-grass-3', limit: 2 },
    ];
    expect(quotaUnitOf(quotas, ['u-branch', 'u-brigade-1', 'u-grass-2'])).toBe('u-brigade-1');
    expect(quotaUnitOf(quotas, ['u-branch', 'u-brigade-2', 'u-grass-3'])).toBe('u-grass-3');
    expect(quotaUnitOf(quotas, ['u-branch', 'u-brigade-2', 'u-grass-4'])).toBeNull();
  });
  it('refuses nested, duplicate, oversized or out-of-audience quotas', () => {
    const paths: Record<string, string[]> = { a: ['a'], b: ['a', 'b'], c: ['a', 'c'], d: ['a', 'b', 'd'] };
    const pathOf = (id: string) => paths[id] ?? null;
    expect(
      quotasProblem(
        [
          { unitId: 'b', limit: 1 },
          { unitId: 'c', limit: 1 },
        ],
        5,
        ['a'],
        pathOf,
      ),
    ).toBeNull();
    expect(
      quotasProblem(
        [
          { unitId: 'b', limit: 1 },
          { unitId: 'd', limit: 1 },
        ],
        5,
        ['a'],
        pathOf,
      )?.message,
    ).toMatch('相互包含');
    expect(
      quotasProblem(
        [
          { unitId: 'b', limit: 1 },
          { unitId: 'b', limit: 1 },
        ],
        5,
        ['a'],
        pathOf,
      )?.path,
    ).toBe('unitQuotas.1.unitId');
    expect(quotasProblem([{ unitId: 'b', limit: 9 }], 5, ['a'], pathOf)?.path).toBe('unitQuotas.0.limit');
    expect(quotasProblem([{ unitId: 'c', limit: 1 }], 5, ['b'], pathOf)?.path).toBe('unitQuotas.0.unitId');
    expect(quotasProblem([{ unitId: 'zz', limit: 1 }], 5, ['a'], pathOf)?.path).toBe('unitQuotas.0.unitId');
  });
});

describe('the sign-up form', () => {
  const fields: FormField[] = [
    { id: 'f1', label: '子女姓名', type: 'text', required: true },
    { id: 'f2', label: '年级', type: 'choice', required: true, options: ['小学', '初中'] },
    { id: 'f3', label: '入学日期', type: 'date', required: false },
    { id: 'f4', label: '人数', type: 'number', required: false },
    { id: 'f5', label: '证明', type: 'image', required: false },
  ];
  it('accepts good answers, trimmed, in form order', () => {
    const out = checkAnswers(fields, [
      { fieldId: 'f2', value: '初中' },
      { fieldId: 'f1', value: ' 小明 ' },
      { fieldId: 'f3', value: '' },
    ]);
    expect(out).toEqual({
      ok: true,
      answers: [
        { fieldId: 'f1', value: '小明' },
        { fieldId: 'f2', value: '初中' },
      ],
    });
  });
  it.each([
    [[{ fieldId: 'f2', value: '初中' }], 'f1'],
    [
      [
        { fieldId: 'f1', value: 'a' },
        { fieldId: 'f2', value: '高中' },
      ],
      'f2',
    ],
    [
      [
        { fieldId: 'f1', value: 'a' },
        { fieldId: 'f2', value: '初中' },
        { fieldId: 'f3', value: '2026-02-30' },
      ],
      'f3',
    ],
    [
      [
        { fieldId: 'f1', value: 'a' },
        { fieldId: 'f2', value: '初中' },
        { fieldId: 'f4', value: '3' },
      ],
      'f4',
    ],
    [
      [
        { fieldId: 'f1', value: 'a' },
        { fieldId: 'f2', value: '初中' },
        { fieldId: 'f5', value: 'https://x/y.jpg' },
      ],
      'f5',
    ],
    [
      [
        { fieldId: 'f1', value: 'a' },
        { fieldId: 'f2', value: '初中' },
        { fieldId: 'f9', value: 'x' },
      ],
      'f9',
    ],
  ])('refuses %j at %s', (answers, path) => {
    const out = checkAnswers(fields, answers);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems.map((p) => p.path)).toContain(path);
  });
  it('checks an organizer’s form', () => {
    expect(fieldsProblem(fields)).toBeNull();
    expect(fieldsProblem([{ id: 'f1', label: 'a', type: 'text', required: true, options: ['x'] }])?.path).toBe(
      'fields.0.options',
    );
    expect(fieldsProblem([fields[0], { ...fields[0], id: 'f2' }])?.path).toBe('fields.1.label');
  });
  it('pre-fills from the newest matching answer that is still valid', () => {
    const past = [
      { label: '年级', type: 'choice' as const, value: '高中' },
      { label: '子女姓名', type: 'text' as const, value: '小红' },
      { label: '年级', type: 'choice' as const, value: '小学' },
      { label: '子女姓名', type: 'text' as const, value: '小明' },
      { label: '人数', type: 'text' as const, value: '3' },
    ];
    expect(prefillAnswers(fields, past)).toEqual([
      { fieldId: 'f1', value: '小红' },
      { fieldId: 'f2', value: '小学' },
    ]);
  });
});
