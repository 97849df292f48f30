import { isPassed, isRightChoice, markPaper, markQuestion, maxScoreOf, roundScore } from '../../domain/rules/scoring';

describe('markQuestion', () => {
  const single = { type: 'single' as const, correct: ['b'], points: 2 };
  const judge = { type: 'judge' as const, correct: ['t'], points: 1 };
  const multiple = { type: 'multiple' as const, correct: ['a', 'c', 'd'], points: 6 };

  it.each([
    ['single right', single, ['b'], false, { earned: 2, right: true }],
    ['single wrong', single, ['a'], false, { earned: 0, right: false }],
    ['single two picked', single, ['a', 'b'], false, { earned: 0, right: false }],
    ['single blank', single, [], false, { earned: 0, right: false }],
    ['judge right', judge, ['t'], false, { earned: 1, right: true }],
    ['judge wrong', judge, ['f'], false, { earned: 0, right: false }],
    ['multiple all, any order', multiple, ['d', 'a', 'c'], false, { earned: 6, right: true }],
    ['multiple duplicate tokens still the set', multiple, ['d', 'a', 'c', 'a'], false, { earned: 6, right: true }],
    ['multiple missing one, all-or-nothing', multiple, ['a', 'c'], false, { earned: 0, right: false }],
    ['multiple missing one, partial credit', multiple, ['a', 'c'], true, { earned: 4, right: false }],
    ['multiple one of three, partial credit', multiple, ['d'], true, { earned: 2, right: false }],
    ['multiple with a wrong one, partial credit', multiple, ['a', 'c', 'b'], true, { earned: 0, right: false }],
    ['multiple blank, partial credit', multiple, [], true, { earned: 0, right: false }],
    ['partial credit never applies to single choice', single, ['b', 'x'], true, { earned: 0, right: false }],
  ])('%s', (_name, q, chosen, partial, expected) => {
    expect(markQuestion(q, chosen, partial)).toEqual(expected);
  });

  it('partial credit keeps one decimal', () => {
    expect(markQuestion({ type: 'multiple', correct: ['a', 'b', 'c'], points: 5 }, ['a'], true).earned).toBe(1.7);
  });
});

describe('markPaper', () => {
  it('sums points, counts right answers and treats missing answers as blank', () => {
    const qs = [
      { type: 'single' as const, correct: ['a'], points: 1.5 },
      { type: 'multiple' as const, correct: ['a', 'b'], points: 3 },
      { type: 'judge' as const, correct: ['t'], points: 1.2 },
    ];
    expect(markPaper(qs, [['a'], ['a']], true)).toEqual({
      score: 3,
      correctCount: 1,
      marks: [
        { earned: 1.5, right: true },
        { earned: 1.5, right: false },
        { earned: 0, right: false },
      ],
    });
  });

  it('keeps sums free of float noise', () => {
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(maxScoreOf([0.1, 0.2, 0.7])).toBe(1);
  });
});

it('passes at the pass mark, not below', () => {
  expect(isPassed(60, 60)).toBe(true);
  expect(isPassed(59.9, 60)).toBe(false);
  expect(isRightChoice([], [])).toBe(true);
});
