/** The answering screen's save queue: nothing chosen is lost to a bad connection, newest choice wins. */
import { AnswerSaver, type Change, type SaveStatus } from '../../src/packages/study/paper-answer/saver';

function harness(fail: (call: number) => Error | null, isFinal = (e: unknown) => (e as Error).message === 'CLOSED') {
  const sent: [number, Change][] = [];
  const statuses: SaveStatus[] = [];
  const pauses: number[] = [];
  let calls = 0;
  const saver = new AnswerSaver({
    send: async (index, change) => {
      calls += 1;
      await Promise.resolve();
      const err = fail(calls);
      if (err) throw err;
      sent.push([index, change]);
    },
    isFinal,
    onStatus: (s) => statuses.push(s),
    sleep: async (ms) => {
      pauses.push(ms);
    },
  });
  const settle = async () => {
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
  };
  return { saver, sent, statuses, pauses, settle };
}

it('sends each choice and reports saved', async () => {
  const h = harness(() => null);
  h.saver.queue(0, { tokens: ['aaaaaa'] });
  await h.settle();
  expect(h.sent).toEqual([[0, { tokens: ['aaaaaa'] }]]);
  expect(h.statuses).toEqual(['saving', 'saved']);
  expect(h.saver.waiting).toBe(0);
});

it('retries a failed save with growing pauses, showing retrying, until it lands', async () => {
  const h = harness((n) => (n <= 3 ? new Error('offline') : null));
  h.saver.queue(2, { tokens: ['bbbbbb'] });
  await h.settle();
  expect(h.sent).toEqual([[2, { tokens: ['bbbbbb'] }]]);
  expect(h.pauses).toEqual([1000, 2000, 4000]);
  expect(h.statuses).toContain('retrying');
  expect(h.statuses[h.statuses.length - 1]).toBe('saved');
});

it('the newest choice for a question wins; a review mark joins it', async () => {
  const h = harness(() => null);
  h.saver.queue(1, { tokens: ['a11111'] });
  h.saver.queue(1, { tokens: ['b22222', 'c33333'] });
  h.saver.queue(1, { flagged: true });
  await h.settle();
  const last = h.sent[h.sent.length - 1];
  expect(last).toEqual([1, { tokens: ['b22222', 'c33333'], flagged: true }]);
});

it('unsent choices are handed to the submit; a final refusal stops the queue', async () => {
  const h = harness(() => new Error('CLOSED'));
  h.saver.queue(0, { tokens: ['aaaaaa'] });
  h.saver.queue(3, { flagged: true });
  h.saver.queue(4, { tokens: ['dddddd'] });
  await h.settle();
  expect(h.statuses[h.statuses.length - 1]).toBe('closed');
  expect(h.saver.unsaved()).toEqual([
    { index: 0, tokens: ['aaaaaa'] },
    { index: 4, tokens: ['dddddd'] },
  ]);
  h.saver.queue(5, { tokens: ['eeeeee'] });
  await h.settle();
  expect(h.sent).toEqual([]);
});
