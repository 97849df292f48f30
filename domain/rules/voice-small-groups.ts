/**
 * Small-group suppression for anonymous surveys: no breakdown of a group with fewer than five
 * answers, or one person's answer could be read off a unit's row. Hiding one small unit is not
 * enough when the total is shown (total minus the other units gives it back), so while the hidden
 * units together hold fewer than five answers, the next smallest shown unit is hidden too.
 */
export const MIN_GROUP = 5;

export interface GroupCount {
  id: string;
  n: number;
}

/** The ids of the groups whose breakdown must not be shown. */
export function suppressedGroups(groups: readonly GroupCount[], min = MIN_GROUP): Set<string> {
  const hidden = new Set(groups.filter((g) => g.n > 0 && g.n < min).map((g) => g.id));
  const hiddenTotal = () => groups.filter((g) => hidden.has(g.id)).reduce((s, g) => s + g.n, 0);
  const shown = groups
    .filter((g) => g.n > 0 && !hidden.has(g.id))
    .sort((a, b) => a.n - b.n || a.id.localeCompare(b.id));
  while (hidden.size > 0 && hiddenTotal() < min && shown.length > 0) hidden.add(shown.shift()!.id);
  return hidden;
}

/** Whether the whole survey (all answers together) may be broken down at all. */
export const totalShown = (total: number, min = MIN_GROUP): boolean => total >= min;
