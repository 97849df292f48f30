/**
 * The one way hours enter a member's ledger. Every source (a passed paper, a check-in at a 培训 /
 * 会议, a finished lesson, an accepted 心得) calls this with the item it was earned from; the key
 * `${source}:${refId}` makes a second call for the same item change nothing, so callers may call it
 * again whenever they are unsure the first one landed (a replayed submit, a second scan).
 */
import { chinaYear } from '../../domain/rules/china-time';
import { ledgerKeyOf, type StudyCredit, type StudySource } from '../../domain/rules/training-subjects';
import { addEntry, type Learner } from './repos/ledgers';

export type { Learner };

export interface Earned {
  source: StudySource;
  /** The paper, event, lesson or 心得 id. */
  refId: string;
  title: string;
  credit: StudyCredit;
  /** When it was earned: the year of the ledger it goes to (China time). */
  at: Date;
  proof: string;
}

/**
 * True when this call added the hours; false when the item was counted before. `likelyCounted`
 * (a replayed call) checks the ledger first, which is cheaper when it was.
 */
export async function creditHours(
  who: Learner,
  earned: Earned,
  now: Date = new Date(),
  likelyCounted = false,
): Promise<boolean> {
  if (!(earned.credit.hours > 0)) return false;
  return addEntry(
    chinaYear(earned.at.getTime()),
    who,
    {
      key: ledgerKeyOf(earned.source, earned.refId),
      source: earned.source,
      refId: earned.refId,
      title: earned.title,
      subject: earned.credit.subject,
      hours: earned.credit.hours,
      at: earned.at,
      proof: earned.proof,
    },
    now,
    likelyCounted,
  );
}
