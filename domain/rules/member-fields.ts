/**
 * What a member's name, employee number and phone must look like. One rule for the registration
 * form, the server's input schemas and the roster import, so a row the form would refuse is refused
 * by the import with the same words.
 */
import { cleanCode, cleanName, cleanPhone } from './sheet-text';

/** Mainland mobile: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** Employee numbers as the enterprise issues them: letters, digits and '-' (also safe as a document id). */
export const EMPLOYEE_NO_PATTERN = /^[A-Z0-9-]{3,20}$/;

/** Chinese names, minority names with '·', and Latin names with spaces. */
export const NAME_PATTERN = /^[\u3400-\u9fffA-Za-z·• ]{1,20}$/;

/**
 * One way to store each field, whether it was typed into the form or into a roster in Excel
 * (domain/rules/sheet-text): a roster row and the member's own registration must compare equal.
 * 工号: full width folded, dashes as '-', no spaces, upper case (`ｑｈ－001` → QH-001).
 */
export const normaliseEmployeeNo = (value: string): string => cleanCode(value);

/** Names: no padding inside (`王　芳` → 王芳) unless Latin (`Li  Ming` → Li Ming); minority names joined by '·'. */
export const normaliseName = (value: string): string => cleanName(value);

/** Phones arrive as numbers, with spaces and dashes, or with +86 in front: keep the 11 digits. */
export const normalisePhone = (value: string): string => cleanPhone(value);

export const FIELD_MESSAGES = {
  nameMissing: '请填写姓名',
  nameBad: '姓名只能包含汉字、字母和·，最多20个字',
  employeeNoMissing: '请填写工号',
  employeeNoBad: '工号应为3到20位字母、数字或“-”',
  phoneMissing: '请填写手机号',
  phoneBad: '手机号应为11位大陆手机号',
} as const;

/** The problem with a name, or null when it is fine (expects a normalised value). */
export function nameProblem(name: string): string | null {
  if (!name) return FIELD_MESSAGES.nameMissing;
  return NAME_PATTERN.test(name) ? null : FIELD_MESSAGES.nameBad;
}

export function employeeNoProblem(employeeNo: string): string | null {
  if (!employeeNo) return FIELD_MESSAGES.employeeNoMissing;
  return EMPLOYEE_NO_PATTERN.test(employeeNo) ? null : FIELD_MESSAGES.employeeNoBad;
}

export function phoneProblem(phone: string): string | null {
  if (!phone) return FIELD_MESSAGES.phoneMissing;
  return MOBILE_PATTERN.test(phone) ? null : FIELD_MESSAGES.phoneBad;
}
