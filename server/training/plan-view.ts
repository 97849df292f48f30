import type { PlanView } from '../../domain/contract/training-admin-model';
import { ms } from '../lib/time';
import type { PlanDoc } from './repos/docs';

export const planView = (p: PlanDoc): PlanView => ({
  year: p.year,
  unitId: p.unitId,
  unitName: p.unitName,
  deadline: ms(p.deadline),
  rows: p.rows,
  note: p.note,
  updatedAt: ms(p.updatedAt),
  updatedByName: p.updatedByName,
});
