/**
 * China time, whatever the zone of the server (UTC on WeChat's cloud): the edges of a day, a month
 * and a year fall at midnight in Beijing, which is 16:00 UTC the day before.
 */
import {
  chinaDayAt,
  chinaDayKey,
  chinaMonthRange,
  chinaStamp,
  chinaYear,
  chinaYearRange,
  fromPickerParts,
  listDate,
  pickerParts,
} from '../../domain/rules/china-time';

const utc = (iso: string) => Date.parse(`${iso}Z`);

describe('china time', () => {
  it('a month runs from Beijing midnight of its first day to Beijing midnight of the next month', () => {
    expect(chinaMonthRange('2026-11')).toEqual({ from: utc('2026-10-31T16:00:00'), to: utc('2026-11-30T16:00:00') });
    // December rolls into the next year.
    expect(chinaMonthRange('2026-12').to).toBe(utc('2026-12-31T16:00:00'));
  });

  it('an instant late on a UTC evening is already the next day, month and year in China', () => {
    const newYear = utc('2026-12-31T16:30:00');
    expect(chinaDayKey(newYear)).toBe('2027-01-01');
    expect(chinaYear(newYear)).toBe(2027);
    expect(newYear).toBeGreaterThanOrEqual(chinaYearRange(2027).from);
    expect(newYear).toBeLessThan(chinaMonthRange('2027-01').to);
    expect(chinaStamp(newYear)).toBe('2027-01-01 00:30');
  });

  it('picker parts read back to the same instant, and malformed parts read as nothing', () => {
    const at = utc('2026-11-24T01:30:00');
    const { date, time } = pickerParts(at);
    expect({ date, time }).toEqual({ date: '2026-11-24', time: '09:30' });
    expect(fromPickerParts(date, time)).toBe(at);
    expect(fromPickerParts('2026/11/24', '09:30')).toBeNull();
    expect(fromPickerParts('2026-11-24', '9:30')).toBeNull();
  });

  it('"in a week at 18:00" counts days by the Beijing calendar, even from a UTC evening', () => {
    const lateUtc = utc('2026-11-24T17:00:00'); // already 01:00 on the 25th in Beijing
    expect(chinaDayAt(lateUtc, 0, 9)).toBe(utc('2026-11-25T01:00:00'));
    expect(chinaDayAt(lateUtc, 7, 18)).toBe(utc('2026-12-02T10:00:00'));
    expect(chinaDayAt(lateUtc, -1, 0)).toBe(utc('2026-11-23T16:00:00'));
  });

  it('list dates say today and yesterday by the Beijing calendar', () => {
    const now = utc('2026-11-24T02:00:00'); // 10:00 in Beijing
    expect(listDate(utc('2026-11-23T17:00:00'), now)).toBe('今天 01:00');
    expect(listDate(utc('2026-11-23T15:00:00'), now)).toBe('昨天');
    expect(listDate(utc('2026-03-01T02:00:00'), now)).toBe('3月1日');
    expect(listDate(utc('2025-03-01T02:00:00'), now)).toBe('2025年3月1日');
  });
});
