/**
 * Reminding unread members goes in rounds. The organizer's page sends the round it means to start
 * (the report's current round + 1); a retried request for the same round resumes it without sending
 * twice, and a request built from a stale report is refused rather than starting a surprise round.
 */
export type RoundDecision = 'start' | 'resume' | 'stale';

export function reminderRound(requested: number, current: number): RoundDecision {
  if (requested === current + 1) return 'start';
  if (requested === current && current > 0) return 'resume';
  return 'stale';
}

/** Rounds are at least this far apart, so a double tap or an impatient organizer cannot spam members. */
export const MIN_MINUTES_BETWEEN_ROUNDS = 10;

export function tooSoon(lastRemindAt: number | null, now: number): boolean {
  return lastRemindAt !== null && now - lastRemindAt < MIN_MINUTES_BETWEEN_ROUNDS * 60_000;
}
