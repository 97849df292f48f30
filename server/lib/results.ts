/**
 * The SDK's typings declare get()/count()/update() results as unions with callback-style `void`
 * and `string`; on the server with promises they are always objects. These read them, typed.
 */
export const rows = <T>(res: unknown): T[] => (res as { data: T[] }).data;
export const row = <T>(res: unknown): T | null => (res as { data?: T | null }).data ?? null;
export const totalOf = (res: unknown): number => (res as { total: number }).total;
export const updatedOf = (res: unknown): number => (res as { stats: { updated: number } }).stats.updated;
export const removedOf = (res: unknown): number => (res as { stats: { removed: number } }).stats.removed;
export const listOf = <T>(res: unknown): T[] => (res as { list: T[] }).list;
export const idOf = (res: unknown): string => (res as { _id: string })._id;
