import { chinaStamp } from '../../../domain/rules/china-time';
/**
 * The columns of an exported roster and what each cell holds. Phone and ID numbers (the member's
 * own and any form answer that asks for one) are masked with the one masking rule every screen
 * uses, unless the organizer asked for full personal data (which the export log records).
 */
import type { FormField } from '../../../domain/contract/event-model';
import { REGISTRATION_STATE_LABELS } from '../../../domain/contract/event-model';
import { maskIdNumber, maskPhone } from '../../../domain/rules/masking';
import type { Contact } from '../repos/admin-contacts';
import type { RegistrationDoc } from '../repos/docs';

export interface ExportRow {
  reg: RegistrationDoc;
  contact: Contact | undefined;
  /** 1-based place in the waitlist (waitlisted only). */
  position: number | null;
}

export interface Column {
  header: string;
  width: number;
  value: (row: ExportRow, index: number) => string | number;
}

/** Form questions that collect a phone or an ID number are personal data too. */
const PHONE_LABEL = /手机|电话|联系方式/;
const ID_LABEL = /身份证|证件号/;

/** `2026-09-01 14:05` in China time, or empty. */
export const stampOrEmpty = (d: Date | null | undefined): string => (d ? chinaStamp(new Date(d).getTime()) : '');

function answerText(field: FormField, reg: RegistrationDoc, full: boolean): string {
  const a = (reg.answers ?? []).find((x) => x.fieldId === field.id);
  if (!a || a.value === '') return '';
  if (field.type === 'image') return '已上传';
  const text = String(a.value);
  if (full) return text;
  if (ID_LABEL.test(field.label)) return maskIdNumber(text);
  if (PHONE_LABEL.test(field.label)) return maskPhone(text);
  return text;
}

export function columnsFor(fields: readonly FormField[], full: boolean, withPosition: boolean): Column[] {
  const phone = (r: ExportRow) => r.contact?.phone ?? '';
  const idNumber = (r: ExportRow) => r.contact?.idNumber ?? '';
  const columns: Column[] = [
    { header: '序号', width: 6, value: (_r, i) => i + 1 },
    { header: '姓名', width: 10, value: (r) => r.reg.name },
    { header: '工号', width: 12, value: (r) => r.reg.employeeNo },
    { header: '单位', width: 18, value: (r) => r.reg.unitName },
    { header: '手机号', width: 14, value: (r) => (full ? phone(r) : maskPhone(phone(r))) },
    { header: '身份证号', width: 20, value: (r) => (full ? idNumber(r) : maskIdNumber(idNumber(r))) },
    { header: '状态', width: 8, value: (r) => REGISTRATION_STATE_LABELS[r.reg.state] },
  ];
  if (withPosition) columns.push({ header: '候补顺位', width: 8, value: (r) => r.position ?? '' });
  columns.push(
    { header: '报名时间', width: 17, value: (r) => stampOrEmpty(r.reg.signedUpAt) },
    { header: '签到时间', width: 17, value: (r) => stampOrEmpty(r.reg.checkedInAt) },
  );
  for (const f of fields)
    columns.push({
      header: f.label,
      width: Math.max(10, Math.min(30, f.label.length * 2 + 4)),
      value: (r) => answerText(f, r.reg, full),
    });
  return columns;
}
