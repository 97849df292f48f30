/** Members' contact details for an export (registrations keep only name, number and unit). */
import { collection, command } from '../../lib/collection';
import { rows } from '../../lib/results';
import type { MemberDoc } from '../../member/repos/members';

export type Contact = Pick<MemberDoc, '_id' | 'phone' | 'idNumber'>;

/** In batches of 1000 ids (one request each). */
export async function contactsOf(openids: string[]): Promise<Map<string, Contact>> {
  const _ = command();
  const out = new Map<string, Contact>();
  const unique = [...new Set(openids)];
  for (let i = 0; i < unique.length; i += 1000) {
    const batch = unique.slice(i, i + 1000);
    const found = rows<Contact>(
      await collection('members')
        .where({ _id: _.in(batch) })
        .field({ phone: true, idNumber: true })
        .limit(1000)
        .get(),
    );
    for (const c of found) out.set(c._id, c);
  }
  return out;
}
