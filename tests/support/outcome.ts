/** What an action answered: read its code, or assert a refusal. One pair for every suite. */

export interface Outcome {
  ok: boolean;
  error?: { code: string; message?: string; issues?: { path: (string | number)[] }[] };
}

/** The code an action refused with, or 'OK'. */
export async function codeOf(p: Promise<Outcome>): Promise<string> {
  const env = await p;
  return env.ok ? 'OK' : env.error!.code;
}

/**
 * Fails unless the action was refused with `code` (and, given `path`, an issue at that input path);
 * returns the refusal's message: `expectError(await cloud.call(...), 'FORBIDDEN')`.
 */
export function expectError(env: Outcome, code: string, path?: string): string {
  expect(env.ok).toBe(false);
  expect(env.error?.code).toBe(code);
  if (path) expect(env.error?.issues?.map((i) => i.path.join('.'))).toContain(path);
  return env.error?.message ?? '';
}
