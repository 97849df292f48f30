import type { Answer, AnswerValue, FormField } from '../contract/event-model';

/**
 * An event's custom sign-up form: which answers are acceptable, and how a member's earlier answers
 * fill a new form. The page checks as the member types; the server decides.
 */
export const MAX_FIELDS = 20;
export const MAX_OPTIONS = 20;
export const MAX_TEXT_ANSWER = 200;
export const MAX_NUMBER_ANSWER = 1_000_000_000;
/** Cloud file IDs (`cloud://env.bucket/path`) are well under this. */
export const MAX_FILE_ID = 512;

export interface FormProblem {
  /** Field id (answers) or `fields.<i>` (organizer's form). */
  path: string;
  message: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isBlank = (v: AnswerValue | undefined): boolean => v === undefined || (typeof v === 'string' && v.trim() === '');

/** Why one answer does not fit its field, or null. */
export function answerProblem(field: FormField, value: AnswerValue | undefined): string | null {
  if (isBlank(value)) return field.required ? `请填写“${field.label}”` : null;
  switch (field.type) {
    case 'text':
      return typeof value === 'string' && value.trim().length <= MAX_TEXT_ANSWER
        ? null
        : `“${field.label}”不能超过${MAX_TEXT_ANSWER}个字`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_NUMBER_ANSWER
        ? null
        : `“${field.label}”须为数字`;
    case 'choice':
      return typeof value === 'string' && (field.options ?? []).includes(value)
        ? null
        : `请从选项中选择“${field.label}”`;
    case 'date':
      return typeof value === 'string' && isValidDate(value) ? null : `“${field.label}”须为有效日期`;
    case 'image':
      return typeof value === 'string' && value.startsWith('cloud://') && value.length <= MAX_FILE_ID
        ? null
        : `请上传“${field.label}”的图片`;
  }
}

/**
 * Checks a member's answers against the form and returns them normalised (trimmed text, blanks
 * dropped, in the form's order), or the problems.
 */
export function checkAnswers(
  fields: readonly FormField[],
  answers: readonly Answer[],
): { ok: true; answers: Answer[] } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const byId = new Map<string, AnswerValue>();
  for (const a of answers) {
    if (!fields.some((f) => f.id === a.fieldId)) problems.push({ path: a.fieldId, message: '表单中没有这一项' });
    else if (byId.has(a.fieldId)) problems.push({ path: a.fieldId, message: '同一项只能回答一次' });
    byId.set(a.fieldId, a.value);
  }
  const normalised: Answer[] = [];
  for (const f of fields) {
    const value = byId.get(f.id);
    const problem = answerProblem(f, value);
    if (problem) problems.push({ path: f.id, message: problem });
    else if (!isBlank(value))
      normalised.push({ fieldId: f.id, value: typeof value === 'string' ? value.trim() : (value as number) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers: normalised };
}

/** Why an organizer's form cannot be used, or null. */
export function fieldsProblem(fields: readonly FormField[]): FormProblem | null {
  if (fields.length > MAX_FIELDS) return { path: 'fields', message: `最多${MAX_FIELDS}项` };
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const [i, f] of fields.entries()) {
    if (ids.has(f.id)) return { path: `fields.${i}.id`, message: '表单项编号重复' };
    ids.add(f.id);
    const label = f.label.trim();
    if (labels.has(label)) return { path: `fields.${i}.label`, message: `表单项“${label}”重复` };
    labels.add(label);
    if (f.type === 'choice') {
      const options = f.options ?? [];
      if (options.length < 2) return { path: `fields.${i}.options`, message: `“${label}”至少需要两个选项` };
      if (new Set(options).size !== options.length)
        return { path: `fields.${i}.options`, message: `“${label}”的选项重复` };
    } else if (f.options && f.options.length) {
      return { path: `fields.${i}.options`, message: '只有单选项可以设置选项' };
    }
  }
  return null;
}

/** An answer given earlier, with the question it answered (for prefilling a new form). */
export interface PastAnswer {
  label: string;
  type: FormField['type'];
  value: AnswerValue;
}

/**
 * Prefills a form from earlier answers, newest first: a field takes the latest answer to a question
 * with the same label and type that is still a valid answer here (a choice must still be an option).
 */
export function prefillAnswers(fields: readonly FormField[], pastNewestFirst: readonly PastAnswer[]): Answer[] {
  const out: Answer[] = [];
  for (const f of fields) {
    const hit = pastNewestFirst.find(
      (p) =>
        p.label.trim() === f.label.trim() &&
        p.type === f.type &&
        answerProblem({ ...f, required: true }, p.value) === null,
    );
    if (hit) out.push({ fieldId: f.id, value: hit.value });
  }
  return out;
}
