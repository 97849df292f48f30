import { QUESTION_TYPES } from '@domain/contract/quiz-model';
import type { ChipOption, ChipSkin } from '../../components/Chips';
import { typeLabel } from '../../utils/quiz-format';

/** The quiz organizer's chips: grey pills, filled red when chosen. */
export const QA_CHIPS: ChipSkin = { list: 'quiz-admin-chips', chip: 'quiz-admin-chip', on: 'quiz-admin-chip--on' };

/** The question types as chips, named as the bank names them. */
export const TYPE_OPTIONS: ChipOption<(typeof QUESTION_TYPES)[number]>[] = QUESTION_TYPES.map((t) => ({
  id: t,
  name: typeLabel(t),
}));
