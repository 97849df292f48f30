/**
 * The organizer editor's working copy: a new event starts valid once named and placed, an event
 * read back from the server round-trips to the same draft, and bad input is named before any call.
 */
import { blankForm, formOf, nextFieldId, toDraft, type FormState } from '../../src/packages/event-admin/edit/form';
import { zEventDraft, type AdminEvent } from '../../domain/contract/event';

const UNITS = [
  { id: 'u-brigade-1', name: '采油一大队', level: 2 as const, parentId: 'u-branch' },
  { id: 'u-grass-1', name: '采油一队工会', level: 3 as const, parentId: 'u-brigade-1' },
];
const NOW = Date.UTC(2026, 5, 1, 2, 17); // 10:17 in Beijing

const named = (f: FormState): FormState => ({ ...f, title: '夏送清凉', place: '职工之家' });

describe('a new event', () => {
  it('aims at the organizer’s own unit and passes the contract once named and placed', () => {
    const form = blankForm(UNITS, NOW);
    expect(form.audienceUnits).toEqual(['u-brigade-1']);
    expect(form.times.signupOpensAt).toEqual({ date: '2026-06-01', time: '11:00' });
    expect(toDraft(form)).toEqual({ problem: '请填写活动名称' });
    const out = toDraft(named(form));
    if (!('draft' in out)) throw new Error(out.problem);
    expect(zEventDraft.safeParse(out.draft).success).toBe(true);
  });

  it('names what is wrong before calling the server', () => {
    const f = named(blankForm(UNITS, NOW));
    expect(toDraft({ ...f, capacity: '0' })).toEqual({ problem: '名额须为正整数' });
    expect(toDraft({ ...f, waitlistSize: 'x' })).toEqual({ problem: '候补人数须为正整数' });
    expect(toDraft({ ...f, audienceUnits: [] })).toEqual({ problem: '请选择活动面向的单位' });
    expect(toDraft({ ...f, times: { ...f.times, endsAt: f.times.signupOpensAt } })).toEqual({
      problem: '结束时间须晚于开始时间',
    });
    const choice = { id: 'f1', label: '尺码', type: 'choice' as const, required: true, options: 'L', hint: '' };
    expect(toDraft({ ...f, fields: [choice] })).toEqual({ problem: '“尺码”至少需要两个选项' });
  });

  it('splits choice options typed one per line or with commas', () => {
    const f = named(blankForm(UNITS, NOW));
    const out = toDraft({
      ...f,
      unlimited: true,
      waitlistOn: false,
      fields: [
        { id: 'f1', label: '尺码', type: 'choice', required: true, options: 'M\nL，XL、 XXL', hint: ' 按平时尺码 ' },
      ],
    });
    if (!('draft' in out)) throw new Error(out.problem);
    expect(out.draft).toMatchObject({
      capacity: null,
      waitlistSize: 0,
      fields: [{ id: 'f1', options: ['M', 'L', 'XL', 'XXL'], hint: '按平时尺码' }],
    });
  });

  it('gives new questions ids that never clash', () => {
    expect(nextFieldId([{ id: 'f1' }, { id: 'f3' }] as FormState['fields'])).toBe('f2');
  });
});

describe('an event read back', () => {
  it('becomes the same draft again', () => {
    const e: AdminEvent = {
      id: 'ev1',
      kind: 'winter_warmth',
      title: '冬送温暖',
      description: '说明',
      place: '活动室',
      startsAt: Date.UTC(2026, 11, 20, 2),
      endsAt: Date.UTC(2026, 11, 20, 8),
      signupOpensAt: Date.UTC(2026, 11, 1, 0),
      signupClosesAt: Date.UTC(2026, 11, 15, 10),
      cancelDeadline: Date.UTC(2026, 11, 18, 10),
      capacity: 30,
      waitlistSize: 10,
      needsReview: false,
      audienceUnits: ['u-brigade-1'],
      audienceRoles: ['worker', 'cadre'],
      fields: [{ id: 'f1', label: '家庭人口', type: 'number', required: true }],
      oncePerKindPerYear: true,
      unitQuotas: [{ unitId: 'u-grass-1', limit: 5 }],
      studyHours: null,
      status: 'published',
      phase: 'open',
      ownerUnitId: 'u-brigade-1',
      seats: { confirmed: 3, pending: 0, waitlisted: 0, placesLeft: 27, promotions: 0 },
      locked: true,
    };
    const out = toDraft(formOf(e));
    if (!('draft' in out)) throw new Error(out.problem);
    const { id: _i, status: _s, phase: _p, ownerUnitId: _o, seats: _seats, locked: _l, ...draft } = e;
    expect(out.draft).toEqual(draft);
  });
});
