/**
 * The study hours an item is worth, as organizers set them on a paper, a 培训/会议 event, a lesson or
 * an accepted 心得. Its own small file so the event and quiz contracts can use it without the rest
 * of the training contract.
 */
import { z } from 'zod';
import { MAX_ITEM_HOURS, STUDY_SUBJECTS } from '../rules/training-subjects';

export const zHours = (max: number) =>
  z
    .number()
    .min(0)
    .max(max, `不能超过${max}学时`)
    .refine((h) => Number.isInteger(h * 2), '学时以0.5为单位');

export const zStudyCredit = z
  .object({
    subject: z.enum(STUDY_SUBJECTS),
    hours: zHours(MAX_ITEM_HOURS).refine((h) => h > 0, '学时必须大于0'),
  })
  .strict();
