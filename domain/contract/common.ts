import { z } from 'zod';
import type { UnitLevel } from '../rules/unit-tree';

/** Document ids: ours are short and URL-safe; refusing anything else keeps odd keys out of queries. */
export const zId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '无效的编号');

/** Free text typed by a person: trimmed, non-empty, bounded. */
export const zText = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过${max}个字`);

/** Optional free text; empty string counts as absent. */
export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** Page-based paging for lists an organizer scrolls. */
export const zPage = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

/** Epoch milliseconds on the wire: dates travel as numbers, never as strings a phone parses. */
export const zMillis = z.number().int().min(0).max(8_640_000_000_000);

export const zEmpty = z.object({}).strict();

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A unit an organizer may pick (audiences, quotas, filters), listed as a tree by parent and level. */
export interface UnitOption {
  id: string;
  name: string;
  parentId: string | null;
  level: UnitLevel;
}
