/**
 * Anonymous means anonymous to every organizer: this walks every organizer-level action of the voice
 * areas (the contract's list, so a new one is caught) over an anonymous request in each of its states,
 * and the Excel export, and checks that nothing returned carries the writer's openid, name, number,
 * phone, or the stored keys that link the request to them. The writer still hears of replies and rates.
 */
import ExcelJS from 'exceljs';
import { contracts } from '../../domain/contract';
import type { ActionSpec } from '../../domain/contract/define';
import { roleAtLeast } from '../../domain/roles';
import { demoMembers } from '../../demo/union';
import { cloudForFile, setClock } from '../support/cloud';
import { GRASS_ORGANIZER, storedMessages, pngBytes, submitRequest, waitForVerdicts } from './support';
import { ADMIN, ORGANIZER } from '../support/personas';
import { chinaAt } from '../support/time';

// A member with nothing named anywhere in the demo's voice data (grassroots union 采油一队).
const writer = demoMembers()[8];
const AREAS = ['voice', 'voiceAdmin'] as const;
const organizerActions = AREAS.flatMap((area) =>
  Object.entries(contracts[area] as Record<string, ActionSpec>)
    .filter(([, spec]) => spec.access !== 'system' && spec.access !== 'anyone' && roleAtLeast(spec.access, 'organizer'))
    .map(([name]) => `${area}.${name}`),
);

const cloud = cloudForFile();
const called = new Set<string>();
const outputs: string[] = [];

async function asOrganizer(
  openid: string,
  area: (typeof AREAS)[number],
  action: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const env = (await cloud.raw(openid, area, { action, input })) as {
    ok: boolean;
    data?: Record<string, unknown>;
    error?: unknown;
  };
  called.add(`${area}.${action}`);
  outputs.push(JSON.stringify(env));
  if (!env.ok) throw new Error(`${area}.${action}: ${JSON.stringify(env.error)}`);
  return env.data!;
}

async function xlsxText(fileID: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(cloud.host.storage.read(fileID)! as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
  return cells.join('\n');
}

it('no organizer action or export ever returns who wrote an anonymous request', async () => {
  setClock(chinaAt('2026-12-01 09:00'));
  const a = await submitRequest(
    cloud,
    writer.openid,
    { kind: 'suggestion', anonymous: true, text: '班组长分配夜班不公平，建议公开排班规则。' },
    [pngBytes()],
  );
  const b = await submitRequest(cloud, writer.openid, { anonymous: true, text: '建议公开夜班排班规则，轮流安排。' });
  await waitForVerdicts(cloud, a.id);
  // Overdue: it escalates to the brigade, whose organizers are told.
  setClock(chinaAt('2026-12-07 09:00'));
  const O = GRASS_ORGANIZER;
  for (const filter of ['open', 'overdue', 'answered', 'closed', 'all'])
    await asOrganizer(ORGANIZER, 'voice', 'listQueue', { filter });
  await asOrganizer(O, 'voice', 'listQueue', { unitId: 'u-grass-1' });
  await asOrganizer(O, 'voice', 'getRequest', { id: a.id });
  await asOrganizer(O, 'voice', 'accept', { id: a.id });
  await asOrganizer(O, 'voice', 'assign', { id: a.id, to: ORGANIZER });
  await asOrganizer(O, 'voice', 'merge', { id: b.id, into: a.id });
  await asOrganizer(ORGANIZER, 'voice', 'reply', { id: a.id, text: '已要求各班组公开排班规则。' });
  await asOrganizer(O, 'voice', 'adopt', { id: a.id });
  await cloud.ok(writer.openid, 'voice', 'rate', { id: a.id, rating: 'basic' });
  await asOrganizer(O, 'voice', 'getRequest', { id: a.id });
  await asOrganizer(O, 'voice', 'close', { id: a.id, reason: '已办结' });
  await asOrganizer(O, 'voice', 'getSettings', {});
  await asOrganizer(O, 'voice', 'saveSettings', { promiseDays: 3 });
  const t = (await asOrganizer(O, 'voice', 'saveTemplate', { title: '模板', text: '您好' })) as {
    templates: { id: string }[];
  };
  await asOrganizer(O, 'voice', 'removeTemplate', { id: t.templates[t.templates.length - 1].id });
  for (const who of [O, ORGANIZER, ADMIN]) await asOrganizer(who, 'voice', 'getDashboard', {});
  await asOrganizer(ADMIN, 'voice', 'getCalendar', {});
  await asOrganizer(ADMIN, 'voice', 'saveCalendar', { holidays: [], workdays: [] });
  const exported = (await asOrganizer(ORGANIZER, 'voiceAdmin', 'exportRequests', {})) as {
    fileID: string;
    rows: number;
  };
  expect(exported.rows).toBeGreaterThan(0);
  const sheet = await xlsxText(exported.fileID);
  expect(sheet).toContain('班组长分配夜班不公平');
  expect(sheet).toContain('匿名职工');
  outputs.push(sheet);
  // Surveys (an anonymous one, answered by the same member).
  const { id: sid } = (await asOrganizer(ORGANIZER, 'voice', 'saveSurvey', {
    title: '排班调研',
    anonymous: true,
    closesAt: chinaAt('2026-12-30 18:00'),
    audience: { units: ['u-grass-1'], roles: [] },
    questions: [{ id: 'q1', type: 'text', stem: '您对排班的意见', options: [] }],
  })) as { id: string };
  await asOrganizer(ORGANIZER, 'voice', 'getSurveyEditor', { id: sid });
  await asOrganizer(ORGANIZER, 'voice', 'publishSurvey', { id: sid });
  await cloud.ok(writer.openid, 'voice', 'answerSurvey', { id: sid, answers: [{ q: 'q1', text: '希望轮流排夜班' }] });
  await asOrganizer(ORGANIZER, 'voice', 'listManagedSurveys', {});
  await asOrganizer(ORGANIZER, 'voice', 'getSurveyResults', { id: sid });
  await asOrganizer(ORGANIZER, 'voice', 'closeSurvey', { id: sid });
  const surveyFile = (await asOrganizer(ORGANIZER, 'voiceAdmin', 'exportSurvey', { id: sid })) as {
    fileID: string;
  };
  outputs.push(await xlsxText(surveyFile.fileID));
  // What organizers were told (escalation notices) is organizer-facing too.
  for (const o of [O, ORGANIZER, ADMIN]) outputs.push(JSON.stringify(storedMessages(cloud, o)));
  expect(
    storedMessages(cloud, ORGANIZER).some((m) => m.kind === 'voice_escalated' && m.body.includes('班组长分配夜班')),
  ).toBe(true);

  expect([...called].sort()).toEqual([...organizerActions].sort());
  const stored = cloud
    .dump<{ _id: string; writerKey: string; sealedWriter: string }>('voice_requests')
    .filter((d) => d._id === a.id || d._id === b.id);
  const secrets = [
    writer.openid,
    writer.name,
    writer.employeeNo,
    writer.phone,
    ...stored.flatMap((d) => [d.writerKey, d.sealedWriter]),
  ];
  expect(secrets.every((s) => s.length >= 2)).toBe(true);
  const all = outputs.join('\n');
  for (const s of secrets) expect(all).not.toContain(s);
});

it('the anonymous writer still hears of the reply and was able to rate it', async () => {
  const told = storedMessages(cloud, writer.openid).filter((m) => m.kind === 'voice_reply');
  expect(told.some((m) => m.body.includes('已要求各班组公开排班规则'))).toBe(true);
  const mine = await cloud.ok(writer.openid, 'voice', 'listMine', {});
  expect(mine.items.filter((i) => i.anonymous)).toHaveLength(2);
});
