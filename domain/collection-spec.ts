/** The shape of a collection's declaration in domain/collections.ts. */
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

/** Keeps the literal collection names as keys while typing every entry as a CollectionSpec. */
export const defineCollections = <K extends string>(specs: Record<K, CollectionSpec>): Record<K, CollectionSpec> =>
  specs;
