import type { Audience } from '../../domain/rules/audience';
import { allAimed, type AimedMember } from './repos/audience';
import { allReaders } from './repos/reads';

/**
 * Aimed members who have not read the notice: every aimed member minus every reader, each read in
 * pages of a thousand (about 20 requests for 10,000 members: an organizer's report, not a member's page).
 */
export async function unreadOf(notice: Audience & { _id: string }): Promise<AimedMember[]> {
  const [aimed, readers] = await Promise.all([allAimed(notice), allReaders(notice._id)]);
  return aimed.filter((m) => !readers.has(m._id));
}
