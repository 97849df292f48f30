import fc from 'fast-check';
import {
  drawQuestions,
  normaliseQuotas,
  optionOrder,
  quotaShortfalls,
  sample,
  shuffle,
  type Drawable,
  type RandomInt,
} from '../../domain/rules/draw';
import type { Quota } from '../../domain/contract/quiz';

/** A small deterministic generator (mulberry32) so property failures replay. */
function seeded(seed: number): RandomInt {
  let a = seed >>> 0;
  return (max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

const POOL: Drawable[] = [];
for (const category of ['法律法规', '日常业务']) {
  for (const type of ['single', 'multiple', 'judge'] as const) {
    for (let i = 0; i < 12; i++) POOL.push({ id: `${category}-${type}-${i}`, category, type, difficulty: (i % 3) + 1 });
  }
}

it('shuffle is a permutation and sample takes distinct items', () => {
  fc.assert(
    fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.integer(), (items, seed) => {
      const s = shuffle(items, seeded(seed));
      expect([...s].sort()).toEqual([...items].sort());
      const k = Math.floor(items.length / 2);
      const picked = sample(
        items.map((_, i) => i),
        k,
        seeded(seed),
      );
      expect(new Set(picked).size).toBe(k);
    }),
  );
});

it('normaliseQuotas merges duplicates and puts difficulty-specific quotas first', () => {
  const q: Quota[] = [
    { category: 'A', type: 'single', count: 2 },
    { category: 'A', type: 'single', count: 1, difficulty: 3 },
    { category: 'A', type: 'single', count: 3 },
  ];
  expect(normaliseQuotas(q)).toEqual([
    { category: 'A', type: 'single', count: 1, difficulty: 3 },
    { category: 'A', type: 'single', count: 5 },
  ]);
});

it('shortfalls: what the pool cannot fill, a general quota getting what specific ones leave', () => {
  expect(quotaShortfalls(POOL, [{ category: '法律法规', type: 'single', count: 12 }])).toEqual([]);
  expect(quotaShortfalls(POOL, [{ category: '法律法规', type: 'single', count: 13 }])).toEqual([
    { quota: { category: '法律法规', type: 'single', count: 13 }, available: 12 },
  ]);
  expect(
    quotaShortfalls(POOL, [
      { category: '法律法规', type: 'single', count: 4, difficulty: 1 },
      { category: '法律法规', type: 'single', count: 9 },
    ]),
  ).toEqual([{ quota: { category: '法律法规', type: 'single', count: 9 }, available: 8 }]);
  expect(quotaShortfalls(POOL, [{ category: '心理疏导', type: 'judge', count: 1 }])[0].available).toBe(0);
});

it('a random draw meets every quota exactly with distinct questions, for any seed', () => {
  const quotas: Quota[] = [
    { category: '法律法规', type: 'single', count: 3, difficulty: 2 },
    { category: '法律法规', type: 'single', count: 5 },
    { category: '日常业务', type: 'judge', count: 4 },
  ];
  fc.assert(
    fc.property(fc.integer(), fc.boolean(), (seed, shuffled) => {
      const drawn = drawQuestions(POOL, { mode: 'random', quotas }, shuffled, seeded(seed))!;
      expect(drawn).toHaveLength(12);
      expect(new Set(drawn.map((d) => d.id)).size).toBe(12);
      expect(
        drawn.filter((d) => d.category === '法律法规' && d.type === 'single' && d.difficulty === 2).length,
      ).toBeGreaterThanOrEqual(3);
      expect(drawn.filter((d) => d.category === '法律法规' && d.type === 'single')).toHaveLength(8);
      expect(drawn.filter((d) => d.category === '日常业务' && d.type === 'judge')).toHaveLength(4);
    }),
  );
});

it('a draw the pool cannot satisfy returns null; a fixed list keeps its order unless shuffled', () => {
  expect(
    drawQuestions(
      POOL,
      { mode: 'random', quotas: [{ category: '法律法规', type: 'multiple', count: 20 }] },
      true,
      seeded(1),
    ),
  ).toBeNull();
  expect(drawQuestions(POOL, { mode: 'fixed', questionIds: ['nope'] }, true, seeded(1))).toBeNull();
  const ids = [POOL[5].id, POOL[0].id, POOL[30].id];
  expect(drawQuestions(POOL, { mode: 'fixed', questionIds: ids }, false, seeded(1))!.map((d) => d.id)).toEqual(ids);
  const orders = new Set(
    [1, 2, 3, 4, 5, 6, 7, 8].map((s) =>
      drawQuestions(POOL, { mode: 'fixed', questionIds: ids }, true, seeded(s))!
        .map((d) => d.id)
        .join(),
    ),
  );
  expect(orders.size).toBeGreaterThan(1);
});

it('option order: shuffled for choice questions, 正确 before 错误 for true/false', () => {
  expect(optionOrder(2, 'judge', true, seeded(3))).toEqual([0, 1]);
  expect(optionOrder(4, 'single', false, seeded(3))).toEqual([0, 1, 2, 3]);
  const seen = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => optionOrder(4, 'multiple', true, seeded(s)).join()));
  expect(seen.size).toBeGreaterThan(3);
});
