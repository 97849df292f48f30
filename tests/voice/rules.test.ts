/** 职工心声's pure rules: China working days, the promise and escalation, topics, small groups, survey sheets. */
import { escalationsDue, planDeadlines, waitingState } from '../../domain/rules/voice-promise';
import { addWorkingDays, deadlineDay, workCalendar } from '../../domain/rules/voice-working-days';
import { topTopics } from '../../domain/rules/voice-topics';
import { suppressedGroups } from '../../domain/rules/voice-small-groups';
import { checkAnswers, surveyProblem, type SurveyQuestion } from '../../domain/rules/voice-survey';
import { rollup, share } from '../../domain/rules/voice-rollup';
import { chinaAt } from '../support/time';

const cal = workCalendar(null);
const due = (from: string, n: number, c = cal) => deadlineDay(addWorkingDays(chinaAt(from), n, c));

describe('China working days', () => {
  it.each([
    ['an ordinary Monday', '2026-11-02 09:00', 3, '2026-11-05'],
    ['Friday evening: the weekend does not count', '2026-11-06 20:00', 1, '2026-11-09'],
    ['before Spring Festival 2026 (Feb 15-23 off, Sat Feb 14 and 28 worked)', '2026-02-13 10:00', 3, '2026-02-25'],
    ['the make-up Saturday counts', '2026-02-12 10:00', 2, '2026-02-14'],
    ['across National Day 2026 (Oct 1-7 off, Sat Oct 10 worked)', '2026-09-30 10:00', 3, '2026-10-10'],
    ['New Year 2026 (Jan 1-3 off, Sun Jan 4 worked)', '2025-12-31 10:00', 1, '2026-01-04'],
  ])('%s', (_what, from, n, day) => {
    expect(due(from, n)).toBe(day);
  });

  it('a deadline ends at China midnight, whatever the server zone', () => {
    expect(addWorkingDays(chinaAt('2026-11-02 23:59'), 1, cal)).toBe(chinaAt('2026-11-04 00:00'));
  });

  it('an admin’s added year counts (2027 New Year, say)', () => {
    const with2027 = workCalendar({ holidays: ['2027-01-01'], workdays: [] });
    expect(due('2026-12-31 10:00', 1)).toBe('2027-01-01');
    expect(due('2026-12-31 10:00', 1, with2027)).toBe('2027-01-04');
  });
});

describe('promise and escalation', () => {
  const deadlines = planDeadlines(chinaAt('2026-09-30 10:00'), [3, 3, 3], cal);

  it('chains each union’s days from the previous deadline', () => {
    expect(deadlines.map(deadlineDay)).toEqual(['2026-10-10', '2026-10-14', '2026-10-19']);
  });

  it('escalates once per deadline passed, dated at the deadline, never past the top, never once answered', () => {
    expect(escalationsDue({ stage: 0, deadlines, awaiting: true }, chinaAt('2026-10-10 23:59'))).toEqual([]);
    expect(escalationsDue({ stage: 0, deadlines, awaiting: true }, chinaAt('2026-10-20 08:00'))).toEqual([
      { stage: 1, at: deadlines[0] },
      { stage: 2, at: deadlines[1] },
    ]);
    expect(escalationsDue({ stage: 2, deadlines, awaiting: true }, chinaAt('2027-01-01 08:00'))).toEqual([]);
    expect(escalationsDue({ stage: 0, deadlines, awaiting: false }, chinaAt('2026-10-20 08:00'))).toEqual([]);
  });

  it('on time, due today, overdue', () => {
    expect(waitingState(deadlines[0], chinaAt('2026-10-09 12:00'))).toBe('on_time');
    expect(waitingState(deadlines[0], chinaAt('2026-10-10 00:00'))).toBe('due_today');
    expect(waitingState(deadlines[0], chinaAt('2026-10-11 00:00'))).toBe('overdue');
  });

  it('on-time share counts answered and past-promise requests', () => {
    const base = {
      unitPath: ['b', 'g'],
      kind: 'appeal',
      category: '其他',
      promisedBy: 100,
      dueAt: null,
      adopted: false,
    } as const;
    const r = rollup(
      [
        { ...base, status: 'answered', firstReplyAt: 50, onTime: true, rating: 'satisfied' },
        { ...base, status: 'rated', firstReplyAt: 150, onTime: false, rating: 'unsatisfied' },
        { ...base, status: 'submitted', firstReplyAt: null, onTime: null, rating: null, dueAt: 100 },
        {
          ...base,
          unitPath: ['b', 'h'],
          status: 'submitted',
          firstReplyAt: null,
          onTime: null,
          rating: null,
          promisedBy: 500,
          dueAt: 500,
        },
      ],
      200,
    );
    expect(share(r.all.onTime, r.all.due)).toBe(0.333);
    expect(share(r.all.satisfied, r.all.rated)).toBe(0.5);
    expect(r.all.overdue).toBe(1);
    expect(r.byUnit.get('g')?.total).toBe(3);
    expect(r.byUnit.get('b')?.total).toBe(4);
  });
});

describe('topics', () => {
  it('counts requests per word, keeps the longer word, drops filler', () => {
    const t = topTopics([
      '希望食堂夜班供应热饭',
      '夜班下班食堂关门了',
      '食堂饭菜太咸',
      '通勤车时间太早',
      '希望增开通勤车',
    ]);
    expect(t.slice(0, 3)).toEqual([
      { word: '食堂', count: 3 },
      { word: '通勤车', count: 2 },
      { word: '夜班', count: 2 },
    ]);
    expect(t.map((x) => x.word)).not.toContain('希望');
  });
});

describe('small groups', () => {
  it('hides groups under 5 and, while the hidden total is under 5, the next smallest', () => {
    expect(
      [
        ...suppressedGroups([
          { id: 'a', n: 7 },
          { id: 'b', n: 6 },
          { id: 'c', n: 2 },
          { id: 'd', n: 5 },
        ]),
      ].sort(),
    ).toEqual(['c', 'd']);
    expect(
      [
        ...suppressedGroups([
          { id: 'a', n: 7 },
          { id: 'b', n: 3 },
          { id: 'c', n: 2 },
        ]),
      ].sort(),
    ).toEqual(['b', 'c']);
    expect([
      ...suppressedGroups([
        { id: 'a', n: 7 },
        { id: 'b', n: 5 },
        { id: 'c', n: 0 },
      ]),
    ]).toEqual([]);
  });
});

describe('survey sheets', () => {
  const qs: SurveyQuestion[] = [
    { id: 'a', type: 'single', stem: '单选', options: ['x', 'y'], required: true },
    { id: 'b', type: 'rating', stem: '评分', options: [], required: true },
    { id: 'c', type: 'text', stem: '简答', options: [], required: false },
  ];
  it('checks a sheet against the questions', () => {
    expect(surveyProblem(qs)).toBeNull();
    expect(surveyProblem([{ ...qs[1], options: ['多余'] }])).toMatch(/不需要选项/);
    expect(
      checkAnswers(qs, [
        { q: 'a', choices: [1] },
        { q: 'b', rating: 4 },
      ]),
    ).toEqual({
      ok: [
        { q: 'a', choices: [1] },
        { q: 'b', rating: 4 },
      ],
    });
    expect(
      checkAnswers(qs, [
        { q: 'a', choices: [0, 1] },
        { q: 'b', rating: 4 },
      ]),
    ).toEqual({ problem: '第1题只能选一项' });
    expect(checkAnswers(qs, [{ q: 'a', choices: [0] }])).toEqual({ problem: '请回答第2题' });
    expect(
      checkAnswers(qs, [
        { q: 'a', choices: [5] },
        { q: 'b', rating: 1 },
      ]),
    ).toEqual({ problem: '第1题的选项无效' });
    expect(checkAnswers(qs, [{ q: 'zz', choices: [0] }])).toEqual({ problem: '问卷已更新，请刷新后重新填写' });
  });
});
