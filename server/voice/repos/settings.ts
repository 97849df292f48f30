/**
 * voice_settings: one document per union that has set anything (_id = unitId: promise days, reply
 * templates) and one `calendar` document (holidays an admin added). Unit settings and the calendar
 * come back in one read, because routing a new request needs both.
 */
import type { HolidayCalendar } from '../../../domain/rules/voice-working-days';
import { collection, command } from '../../lib/collection';
import { row, rows } from '../../lib/results';

export interface ReplyTemplate {
  id: string;
  title: string;
  text: string;
}

export interface UnitSettingsDoc {
  _id: string;
  promiseDays?: number;
  templates?: ReplyTemplate[];
  updatedAt: Date;
}

export interface CalendarDoc extends HolidayCalendar {
  _id: typeof CALENDAR_ID;
  updatedAt: Date;
}

export const CALENDAR_ID = 'calendar';

const settings = () => collection('voice_settings');

/** The settings of these units and the added holidays: one request. */
export async function loadSettings(
  unitIds: string[],
): Promise<{ units: Map<string, UnitSettingsDoc>; calendar: HolidayCalendar | null }> {
  const found = rows<UnitSettingsDoc | CalendarDoc>(
    await settings()
      .where({ _id: command().in([...unitIds, CALENDAR_ID]) })
      .limit(unitIds.length + 1)
      .get(),
  );
  const cal = found.find((d): d is CalendarDoc => d._id === CALENDAR_ID) ?? null;
  const units = new Map(found.filter((d): d is UnitSettingsDoc => d._id !== CALENDAR_ID).map((d) => [d._id, d]));
  return { units, calendar: cal ? { holidays: cal.holidays ?? [], workdays: cal.workdays ?? [] } : null };
}

export async function findUnitSettings(unitId: string): Promise<UnitSettingsDoc | null> {
  return row<UnitSettingsDoc>(await settings().doc(unitId).get());
}

export async function saveUnitSettings(doc: UnitSettingsDoc): Promise<void> {
  const { _id, ...data } = doc;
  await settings().doc(_id).set({ data });
}

export async function saveCalendar(cal: HolidayCalendar, now: Date): Promise<void> {
  await settings()
    .doc(CALENDAR_ID)
    .set({ data: { holidays: [...cal.holidays], workdays: [...cal.workdays], updatedAt: now } });
}
