/**
 * Every collection of the cloud database, declared once, with the indexes its queries need.
 *
 * Read by the local cloud's setup step (which creates the tables and SQLite indexes) and by
 * `scripts/print-db-setup.ts`, which prints what to create by hand in the real WeChat environment
 * (collections, indexes, and the permission rule: every collection is closed to clients, because
 * the mini-program only ever talks to cloud functions).
 */
export interface IndexSpec {
  /** Index name as created in the cloud console. */
  name: string;
  /** Field paths (dotted for nested fields) with sort direction. */
  keys: Record<string, 1 | -1>;
  /** A unique index refuses a second document with the same key values. */
  unique?: boolean;
}

export interface CollectionSpec {
  /** What the collection holds, for whoever sets up the environment. */
  description: string;
  indexes: IndexSpec[];
}

/** Client permission rule applied to every collection in the real environment. */
export const CLIENT_PERMISSION = 'ADMINONLY' as const;

export const COLLECTIONS = {
  units: {
    description: 'Org tree: branch company → brigade → grassroots union',
    indexes: [
      { name: 'parent', keys: { parentId: 1 } },
      { name: 'code', keys: { code: 1 }, unique: true },
    ],
  },
  members: {
    description: 'One document per WeChat user (_id = OPENID): profile, unit, role, status',
    indexes: [
      { name: 'unit_status', keys: { unitId: 1, status: 1 } },
      { name: 'path', keys: { unitPath: 1 } },
      { name: 'employee', keys: { employeeNo: 1 } },
    ],
  },
  messages: {
    description: 'In-app messages to one member (waitlist promotion, review result, reminders)',
    indexes: [{ name: 'to_time', keys: { openid: 1, createdAt: -1 } }],
  },
  subscriptions: {
    description: 'Subscription-message quota per member and template (_id = `${openid}_${kind}`): one accept = one send',
    indexes: [{ name: 'openid', keys: { openid: 1 } }],
  },
} satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
