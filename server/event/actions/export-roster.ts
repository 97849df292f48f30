import { chinaStamp } from '../../../domain/rules/china-time';
import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import type { LeafCount } from '../repos/admin-roster';
import { AppError } from '../../../domain/errors';
import { contactsOf } from '../repos/admin-contacts';
import { logExport } from '../repos/admin-export-log';
import { allForExport } from '../repos/admin-roster';
import { linePositions } from '../repos/waitlist';
import { findEvent } from '../repos/events';
import { loadUnits } from '../../member/repos/units';
import { accessTo, assertUnitWithin } from '../authority';
import { rollUp } from '../roster/counts';
import type { ExportRow } from '../roster/columns';
import { buildRosterWorkbook } from '../roster/workbook';
import { putExport, tempUrls } from '../../lib/storage';

/** The download link lasts an hour: long enough to open it, short for a file of personal data. */
const LINK_SECONDS = 3600;

const stamp = (d: Date): string => chinaStamp(d.getTime()).replace(/[-:]/g, '').replace(' ', '-');

/**
 * Every confirmed and waitlisted registration in scope, as an Excel file in cloud storage, with a
 * temporary link. Phone and ID numbers are masked unless `full`; every export is logged with who,
 * when and whether it was full. Requests: member, event, units, the rows (1 per 1000), contact
 * details (1 per 1000), the log.
 */
export const exportRoster: Handler<typeof eventAdminContract.exportRoster> = async ({ eventId, unitId, full }, ctx) => {
  const member = ctx.member;
  const now = ctx.now;
  const [event, units] = await Promise.all([findEvent(eventId), loadUnits()]);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  const access = await accessTo(member, event, async () => units);
  if (unitId) assertUnitWithin(access, units, unitId);
  const underUnit = unitId ?? access.underUnit;

  const regs = await allForExport({ eventId, underUnit });
  const [contacts, line] = await Promise.all([contactsOf(regs.map((r) => r.openid)), linePositions(eventId)]);
  const rowOf = (r: (typeof regs)[number]): ExportRow => ({
    reg: r,
    contact: contacts.get(r.openid),
    position: r.state === 'waitlisted' ? (line.get(r._id) ?? null) : null,
  });
  const confirmed = regs.filter((r) => r.state === 'confirmed').map(rowOf);
  const waitlisted = regs
    .filter((r) => r.state === 'waitlisted')
    .map(rowOf)
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
  const checkedIn = confirmed
    .filter((r) => r.reg.checkedInAt)
    .sort((a, b) => new Date(a.reg.checkedInAt!).getTime() - new Date(b.reg.checkedInAt!).getTime());
  const notCheckedIn = confirmed.filter((r) => !r.reg.checkedInAt);

  // Unit counts from the rows in hand (pending ones are not exported, so not counted here).
  const leaves: LeafCount[] = regs.map((r) => ({
    unitId: r.unitId,
    unitPath: r.unitPath ?? [],
    state: r.state,
    checkedIn: Boolean(r.checkedInAt),
    n: 1,
  }));
  const content = await buildRosterWorkbook(
    event,
    { confirmed, waitlisted, checkedIn, notCheckedIn },
    rollUp(leaves, units, underUnit),
    full,
    now,
  );

  const fileName = `${event.title}-报名名单-${stamp(now)}.xlsx`;
  // Under the organizer's own path, a name nobody can guess, deleted a day later.
  const fileID = await putExport(member._id, 'events', content, now);
  await logExport({
    eventId,
    eventTitle: event.title,
    by: member._id,
    byName: member.name,
    byUnitId: member.unitId,
    at: now,
    full,
    unitId: underUnit,
    rows: regs.length,
    fileID,
  });
  const url = (await tempUrls([fileID], LINK_SECONDS)).get(fileID);
  if (!url) throw new AppError('INTERNAL', '文件已生成，但下载链接获取失败，请重试');
  return {
    url,
    fileName,
    expiresAt: now.getTime() + LINK_SECONDS * 1000,
    full,
    counts: {
      confirmed: confirmed.length,
      waitlisted: waitlisted.length,
      checkedIn: checkedIn.length,
      notCheckedIn: notCheckedIn.length,
    },
  };
};
