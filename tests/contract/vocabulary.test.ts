/**
 * One action vocabulary across areas: a name starts with its verb, reads are `get*` (one thing) or
 * `list*` (many), and everything else says what it does. A noun alone (`detail`, `member`, `rollup`)
 * is refused here, so a reader of `call('event', …)` knows from the name whether it changes anything.
 */
import { contracts, type Area } from '../../domain/contract';

/** The closed list. Adding a verb is a decision: add it here, with the action that needs it. */
const VERBS = [
  // reads
  'get',
  'list',
  'preview',
  'verify',
  // writes
  'accept',
  'add',
  'adopt',
  'answer',
  'assign',
  'cancel',
  'check',
  'claim',
  'close',
  'create',
  'deliver',
  'dispute',
  'drain',
  'draw',
  'export',
  'fill',
  'finish',
  'import',
  'mark',
  'merge',
  'move',
  'open',
  'publish',
  'rate',
  'read',
  'record',
  'register',
  'remind',
  'remove',
  'rename',
  'reopen',
  'reply',
  'resolve',
  'restore',
  'resume',
  'retire',
  'review',
  'save',
  'set',
  'sign',
  'start',
  'submit',
  'sweep',
  'update',
  'withdraw',
] as const;

const names = (Object.keys(contracts) as Area[]).flatMap((area) =>
  Object.keys(contracts[area]).map((name) => ({ area, name, verb: /^[a-z]+/.exec(name)?.[0] ?? '' })),
);

it.each(names)('$area.$name starts with a verb of the vocabulary', ({ verb }) => {
  expect(VERBS).toContain(verb);
});

it('keeps every verb in use, so the list stays the vocabulary and not a wish list', () => {
  const used = new Set(names.map((n) => n.verb));
  expect(VERBS.filter((v) => !used.has(v))).toEqual([]);
});
