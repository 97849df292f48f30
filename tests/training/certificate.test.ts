/**
 * The certificate of hours: drawn from the ledger, with a short code that anyone can check through
 * verifyCertificate (masked name, unit, year, hours as issued). Drawing it again without new hours
 * keeps the code; new hours give a new code, and the old one still says what it said.
 */
import { PERSONAS } from '../../demo/union';
import { normaliseCode } from '../../domain/rules/training-certificate';
import { cloudForFile } from '../support/cloud';
import { storedLedger, publishLesson, readLesson } from './support';
import { THIS_YEAR } from '../support/time';
import { expectError } from '../support/outcome';

const { admin, worker } = PERSONAS;
/** A demo member with no hours this year. */
const NEWBIE = 'o-demo-10133';

const cloud = cloudForFile();

test('no hours, no certificate', async () => {
  expect(storedLedger(cloud, NEWBIE)).toBeUndefined();
  expectError(await cloud.call(NEWBIE, 'training', 'getCertificate', { year: THIS_YEAR }), 'NOT_FOUND');
});

test('a certificate’s code verifies for anyone, with the name masked', async () => {
  const lessonId = await publishLesson(cloud, admin.openid, { credit: { subject: 'policy', hours: 2 } });
  await readLesson(cloud, worker.openid, lessonId);
  const total = storedLedger(cloud, worker.openid)!.total;
  const cert = await cloud.ok(worker.openid, 'training', 'getCertificate', { year: THIS_YEAR });
  expect(cert).toMatchObject({
    year: THIS_YEAR,
    memberName: '刘芳',
    unitName: '采油一队工会',
    total,
    unionName: '青河油田第一分公司工会',
  });
  expect(cert.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  expect((await cloud.ok(worker.openid, 'training', 'getCertificate', { year: THIS_YEAR })).code).toBe(cert.code);

  // Anyone: a caller who is not a member at all, typing the code loosely.
  const checked = await cloud.ok('o-passer-by', 'training', 'verifyCertificate', {
    code: ` ${cert.code.toLowerCase().replace('-', ' ')} `,
  });
  expect(checked).toEqual({
    code: cert.code,
    year: THIS_YEAR,
    maskedName: '刘*',
    unitName: '采油一队工会',
    total,
    hours: cert.hours,
    completed: cert.completed,
    issuedAt: cert.issuedAt,
    unionName: cert.unionName,
  });
  expect(JSON.stringify(checked)).not.toContain(worker.openid);

  // More hours: a new code with the new total; the old code still verifies what it certified.
  const more = await publishLesson(cloud, admin.openid, { title: '再学一课', credit: { subject: 'law', hours: 1 } });
  await readLesson(cloud, worker.openid, more);
  const next = await cloud.ok(worker.openid, 'training', 'getCertificate', { year: THIS_YEAR });
  expect(next.code).not.toBe(cert.code);
  expect(next.total).toBe(total + 1);
  expect((await cloud.ok('o-passer-by', 'training', 'verifyCertificate', { code: cert.code })).total).toBe(total);
  expect((await cloud.ok('o-passer-by', 'training', 'verifyCertificate', { code: next.code })).total).toBe(total + 1);
});

test('an unknown or malformed code is NOT_FOUND, and writes nothing', async () => {
  const before = cloud.dump('training_certificates').length;
  expectError(await cloud.call('o-passer-by', 'training', 'verifyCertificate', { code: 'ABCD-EFGH' }), 'NOT_FOUND');
  expectError(await cloud.call('o-passer-by', 'training', 'verifyCertificate', { code: '0000-1111' }), 'NOT_FOUND');
  expect(normaliseCode('abcd efgh')).toBe('ABCDEFGH');
  expect(normaliseCode('ABCD-EFG0')).toBeNull();
  expect(cloud.dump('training_certificates')).toHaveLength(before);
});
