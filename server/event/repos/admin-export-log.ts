/** Every roster export is logged: who, when, what, and whether personal data left unmasked. */
import { collection } from '../../lib/collection';

export interface ExportLogDoc {
  eventId: string;
  eventTitle: string;
  /** The organizer's openid, name and unit at the time. */
  by: string;
  byName: string;
  byUnitId: string;
  at: Date;
  /** Phone and ID numbers exported unmasked. */
  full: boolean;
  /** The subtree exported (null = the whole event). */
  unitId: string | null;
  rows: number;
  fileID: string;
}

export async function logExport(doc: ExportLogDoc): Promise<void> {
  await collection('export_log').add({ data: doc });
}
