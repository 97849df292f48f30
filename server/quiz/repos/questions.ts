/** The question bank. Only the quiz area reads it on the member path (practice from the bank). */
import type { QuestionType } from '../../../domain/contract/quiz';
import { collection, command } from '../../lib/collection';
import { listOf, rows } from '../../lib/results';
import type { QuestionDoc } from './docs';

const PAGE = 1000;

export interface BankScope {
  /** Banks of these units (the caller's unit path: a unit's bank is shared with its subtree); null = every bank. */
  ownerUnitIds: string[] | null;
}

function scopeFilter(scope: BankScope): Record<string, unknown> {
  return scope.ownerUnitIds ? { ownerUnitId: command().in(scope.ownerUnitIds) } : {};
}

/** Active questions of some categories and types, paged through (a paper's pool). */
export async function listActiveQuestions(
  scope: BankScope,
  categories: string[],
  types: QuestionType[],
): Promise<QuestionDoc[]> {
  const _ = command();
  const out: QuestionDoc[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = rows<QuestionDoc>(
      await collection('quiz_questions')
        .where({ status: 'active', category: _.in(categories), type: _.in(types), ...scopeFilter(scope) })
        .orderBy('_id', 'asc')
        .skip(skip)
        .limit(PAGE)
        .get(),
    );
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

/** Questions by id (a fixed paper), in one request per 500 ids. */
export async function findQuestions(ids: string[]): Promise<QuestionDoc[]> {
  const out: QuestionDoc[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    out.push(
      ...rows<QuestionDoc>(
        await collection('quiz_questions')
          .where({ _id: command().in(chunk) })
          .limit(chunk.length)
          .get(),
      ),
    );
  }
  return out;
}

/** One random active question for practice, optionally of a category and none of `excludeIds`. */
export async function sampleQuestion(
  scope: BankScope,
  category: string | undefined,
  excludeIds: readonly string[],
): Promise<QuestionDoc | null> {
  const _ = command();
  const match: Record<string, unknown> = { status: 'active', ...scopeFilter(scope) };
  if (category) match.category = category;
  if (excludeIds.length) match._id = _.nin([...excludeIds]);
  const found = listOf<QuestionDoc>(
    await collection('quiz_questions').aggregate().match(match).sample({ size: 1 }).end(),
  );
  return found[0] ?? null;
}

/** Categories of the active bank in scope, for practice by category. */
export async function bankCategories(scope: BankScope): Promise<string[]> {
  const groups = listOf<{ _id: string }>(
    await collection('quiz_questions')
      .aggregate()
      .match({ status: 'active', ...scopeFilter(scope) })
      .group({ _id: '$category' })
      .limit(100)
      .end(),
  );
  return groups.map((g) => g._id).filter((c) => typeof c === 'string');
}
