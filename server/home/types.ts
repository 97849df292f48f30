import type { MemberDoc } from '../member/repos/members';

/** Each area's part of the home page: at most 2 database requests each, so home stays ≤ 6 + the member read. */
export type HomePart<T> = (member: MemberDoc, now: Date) => Promise<T>;
