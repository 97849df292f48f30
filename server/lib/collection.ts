import type { CollectionName } from '../../domain/collections';
import { db } from './cloud';

/**
 * The only way to reach a collection. Names are checked against domain/collections.ts, so a typo
 * is a compile error rather than a -502005 at rush hour. Only repositories call this.
 */
export const collection = (name: CollectionName) => db().collection(name);

export const command = () => db().command;
