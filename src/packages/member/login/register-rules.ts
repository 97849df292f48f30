import {
  employeeNoProblem,
  nameProblem,
  normaliseEmployeeNo,
  normaliseName,
  normalisePhone,
  phoneProblem,
} from '@domain/rules/member-fields';
import { isApiError, messageOf } from '../../../api';

export type ProfileField = 'name' | 'employeeNo' | 'phone' | 'unitId';
export type Errors = Partial<Record<ProfileField, string>>;

/** What the form holds: the unit is null until one is picked. */
export interface RegisterFormState {
  name: string;
  employeeNo: string;
  phone: string;
  unitId: string | null;
}

const FIELDS: ProfileField[] = ['name', 'employeeNo', 'phone', 'unitId'];

/** The form's own check, with the same rules (and words) the server uses. */
export function check(form: RegisterFormState): Errors {
  const errors: Errors = {};
  const name = nameProblem(normaliseName(form.name));
  const no = employeeNoProblem(normaliseEmployeeNo(form.employeeNo));
  const phone = phoneProblem(normalisePhone(form.phone));
  if (name) errors.name = name;
  if (no) errors.employeeNo = no;
  if (phone) errors.phone = phone;
  if (!form.unitId) errors.unitId = '请选择所在单位';
  return errors;
}

/** The server's per-field issues (BAD_REQUEST) on the fields they name; anything else is for the whole form. */
export function errorsFrom(e: unknown): { fields: Errors; form?: string } {
  if (!isApiError(e) || !e.issues?.length) return { fields: {}, form: messageOf(e) };
  const fields: Errors = {};
  const rest: string[] = [];
  for (const issue of e.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && (FIELDS as string[]).includes(key)) fields[key as ProfileField] ??= issue.message;
    else rest.push(issue.message);
  }
  return { fields, form: rest.length ? rest.join('；') : Object.keys(fields).length ? undefined : e.message };
}

/** What register and disputeNumber take: the server names a missing unit. */
export const profileOf = (form: RegisterFormState) => ({
  name: form.name,
  employeeNo: form.employeeNo,
  phone: form.phone,
  unitId: form.unitId ?? '',
});
