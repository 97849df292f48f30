/** The notice area's pure rules: visibility, roll-up, subscriptions, reminders, dates, content. */
import { compareForList, goLiveAt, isEditable, isVisibleTo, noticeState } from '../../domain/rules/notice-visibility';
import { readPercent, rollUp, type RollupUnit } from '../../domain/rules/notice-rollup';
import { acceptedKinds, kindsToRequest, needsResubscribe } from '../../domain/rules/notice-subscriptions';
import { reminderRound, tooSoon } from '../../domain/rules/notice-reminders';
import { chinaTime, fromPickerParts, listDate, pickerParts } from '../../domain/rules/china-time';
import { thingValue } from '../../domain/rules/notice-delivery';
import { bodyProblem, excerptOf, paragraphsOf } from '../../domain/rules/notice-content';
import { TEMPLATES } from '../../domain/templates';

const NOW = Date.UTC(2026, 10, 24, 2, 0); // 2026-11-24 10:00 in China

describe('visibility', () => {
  it.each([
    [{ status: 'draft' as const, publishAt: null }, 'draft'],
    [{ status: 'draft' as const, publishAt: NOW - 1 }, 'draft'],
    [{ status: 'published' as const, publishAt: NOW + 60_000 }, 'scheduled'],
    [{ status: 'published' as const, publishAt: NOW }, 'live'],
    [{ status: 'withdrawn' as const, publishAt: NOW - 1 }, 'withdrawn'],
  ])('%j is %s', (n, state) => expect(noticeState(n, NOW)).toBe(state));

  const notice = {
    status: 'published' as const,
    publishAt: NOW - 1,
    audienceUnits: ['u-brigade-1'],
    audienceRoles: ['worker' as const],
  };
  it('shows a live notice to its units’ subtree and roles only', () => {
    expect(isVisibleTo(notice, { unitPath: ['u-branch', 'u-brigade-1', 'u-grass-1'], role: 'worker' }, NOW)).toBe(true);
    expect(isVisibleTo(notice, { unitPath: ['u-branch', 'u-brigade-2', 'u-grass-3'], role: 'worker' }, NOW)).toBe(
      false,
    );
    expect(isVisibleTo(notice, { unitPath: ['u-branch', 'u-brigade-1'], role: 'cadre' }, NOW)).toBe(false);
    expect(
      isVisibleTo({ ...notice, publishAt: NOW + 1 }, { unitPath: ['u-branch', 'u-brigade-1'], role: 'worker' }, NOW),
    ).toBe(false);
  });

  it('allows edits until the notice goes out', () => {
    expect(isEditable({ status: 'draft', publishAt: null }, NOW)).toBe(true);
    expect(isEditable({ status: 'published', publishAt: NOW + 1 }, NOW)).toBe(true);
    expect(isEditable({ status: 'published', publishAt: NOW }, NOW)).toBe(false);
  });

  it('publishes a past schedule now and keeps a future one', () => {
    expect(goLiveAt(null, NOW)).toBe(NOW);
    expect(goLiveAt(NOW - 5, NOW)).toBe(NOW);
    expect(goLiveAt(NOW + 5, NOW)).toBe(NOW + 5);
  });

  it('orders pinned first, then newest', () => {
    const list = [
      { id: 'a', pinned: false, publishAt: 3 },
      { id: 'b', pinned: true, publishAt: 1 },
      { id: 'c', pinned: false, publishAt: 5 },
      { id: 'd', pinned: true, publishAt: 2 },
    ].sort(compareForList);
    expect(list.map((x) => x.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('roll-up', () => {
  const units: RollupUnit[] = [
    { id: 'b', name: '分公司', parentId: null, level: 1 },
    { id: 'g1', name: '一大队', parentId: 'b', level: 2 },
    { id: 'g2', name: '二大队', parentId: 'b', level: 2 },
    { id: 'x1', name: '一队', parentId: 'g1', level: 3 },
    { id: 'x2', name: '二队', parentId: 'g1', level: 3 },
    { id: 'x3', name: '三队', parentId: 'g2', level: 3 },
  ];

  it('sums each unit’s subtree, in tree order, skipping empty branches', () => {
    const rows = rollUp(units, { g1: { aimed: 1, read: 0 }, x1: { aimed: 10, read: 4 }, x2: { aimed: 5, read: 5 } }, [
      'b',
    ]);
    expect(rows.map((r) => [r.unitId, r.depth, r.aimed, r.read])).toEqual([
      ['b', 0, 16, 9],
      ['g1', 1, 16, 9],
      ['x1', 2, 10, 4],
      ['x2', 2, 5, 5],
    ]);
  });

  it('counts a root inside another root once', () => {
    const rows = rollUp(units, { x1: { aimed: 2, read: 1 }, x3: { aimed: 3, read: 3 } }, ['g1', 'x1', 'x3']);
    expect(rows.filter((r) => r.depth === 0).map((r) => r.unitId)).toEqual(['g1', 'x3']);
    expect(rows.reduce((s, r) => (r.depth === 0 ? s + r.aimed : s), 0)).toBe(5);
  });

  it('rounds percentages down and never passes 100', () => {
    expect(readPercent({ aimed: 3, read: 2 })).toBe(66);
    expect(readPercent({ aimed: 0, read: 0 })).toBe(0);
    expect(readPercent({ aimed: 2, read: 3 })).toBe(100);
  });
});

describe('subscriptions', () => {
  it('asks for at most three kinds, those with the least quota left first', () => {
    const ask = kindsToRequest(['notice', 'waitlist_promoted', 'review_result', 'voice_reply'], {
      notice: 3,
      waitlist_promoted: 0,
      review_result: 0,
      voice_reply: 1,
    });
    expect(ask).toEqual(['waitlist_promoted', 'review_result', 'voice_reply']);
  });

  it('counts only accepts from the dialog’s answer', () => {
    const answer = {
      [TEMPLATES.notice.templateId]: 'accept',
      [TEMPLATES.waitlist_promoted.templateId]: 'reject',
      [TEMPLATES.review_result.templateId]: 'acceptWithAudio',
      errMsg: 'requestSubscribeMessage:ok',
    };
    expect(acceptedKinds(['notice', 'waitlist_promoted', 'review_result'], answer)).toEqual([
      'notice',
      'review_result',
    ]);
  });

  it('asks to subscribe again when nothing is left', () => {
    expect(needsResubscribe(0)).toBe(true);
    expect(needsResubscribe(1)).toBe(false);
  });
});

describe('reminder rounds', () => {
  it.each([
    [1, 0, 'start'],
    [2, 1, 'start'],
    [1, 1, 'resume'],
    [3, 1, 'stale'],
    [0, 0, 'stale'],
    [1, 2, 'stale'],
  ])('round %i when %i were sent: %s', (requested, current, decision) =>
    expect(reminderRound(requested, current)).toBe(decision),
  );

  it('spaces rounds out', () => {
    expect(tooSoon(null, NOW)).toBe(false);
    expect(tooSoon(NOW - 60_000, NOW)).toBe(true);
    expect(tooSoon(NOW - 11 * 60_000, NOW)).toBe(false);
  });
});

describe('dates in China time', () => {
  it('formats subscription-message times whatever the server zone', () => {
    expect(chinaTime(NOW)).toBe('2026年11月24日 10:00');
    expect(chinaTime(Date.UTC(2026, 11, 31, 16, 5))).toBe('2027年1月1日 00:05');
  });

  it('says today, yesterday, a date, or a date with the year', () => {
    expect(listDate(NOW - 60_000, NOW)).toBe('今天 09:59');
    expect(listDate(NOW - 86_400_000, NOW)).toBe('昨天');
    expect(listDate(Date.UTC(2026, 10, 1, 4), NOW)).toBe('11月1日');
    expect(listDate(Date.UTC(2025, 10, 1, 4), NOW)).toBe('2025年11月1日');
  });

  it('round-trips picker values', () => {
    const parts = pickerParts(NOW);
    expect(parts).toEqual({ date: '2026-11-24', time: '10:00' });
    expect(fromPickerParts(parts.date, parts.time)).toBe(NOW);
    expect(fromPickerParts('2026-13', '10:00')).toBeNull();
  });
});

describe('content', () => {
  it('splits pasted text into paragraphs at blank lines', () => {
    expect(paragraphsOf('第一段\n第一段第二行\n\n  \n第二段\n')).toEqual([
      { type: 'p', text: '第一段\n第一段第二行' },
      { type: 'p', text: '第二段' },
    ]);
  });

  it('needs a paragraph and bounds images', () => {
    expect(bodyProblem([{ type: 'img', fileID: 'cloud://e.b/x.png' }])).toMatch(/至少/);
    expect(bodyProblem([{ type: 'p', text: '好' }])).toBeNull();
    expect(
      bodyProblem([
        { type: 'p', text: '好' },
        ...Array.from({ length: 10 }, () => ({ type: 'img' as const, fileID: 'cloud://e.b/x.png' })),
      ]),
    ).toMatch(/图片/);
  });

  it('excerpts the first paragraph and cuts template values by characters', () => {
    expect(
      excerptOf(
        [
          { type: 'img', fileID: 'cloud://e.b/x' },
          { type: 'p', text: '一二三四五' },
        ],
        3,
      ),
    ).toBe('一二三…');
    expect(thingValue('关于做好冬季安全生产和职工防寒保暖工作的通知')).toHaveLength(20);
    expect([...thingValue('关于做好冬季安全生产和职工防寒保暖工作的通知')].length).toBe(20);
    expect(thingValue('  短  标题 ')).toBe('短 标题');
  });
});
